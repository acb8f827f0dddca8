import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import Dexie from 'dexie';
import { describeStorageError } from '../../src/background/storageErrors.ts';
import { AnnotationStore } from '../../src/store/annotationStore.ts';
import type { AnnotationDraft } from '../../src/store/annotation.ts';
import { NewsmarkDatabase } from '../../src/store/database.ts';

const draft = (note: string): AnnotationDraft => ({
  pageKey: 'https://news.example/a', url: 'https://news.example/a', pageTitle: 'A page', siteName: null, kind: 'note',
  quote: 'quay', prefix: '', suffix: '', start: 0, end: 4, codePointStart: 0, codePointEnd: 4, note, tags: [], person: null, claimType: null,
});

beforeEach(async () => {
  await Dexie.delete('newsmark');
});

test('quota exceeded: the reader gets a clear message and nothing already saved is lost', async () => {
  const db = new NewsmarkDatabase();
  const store = new AnnotationStore(db);
  await store.save(draft('kept'));
  const realAdd = db.annotations.add.bind(db.annotations);
  db.annotations.add = (() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))) as unknown as typeof db.annotations.add;
  const error = await store.save(draft('too much')).then(() => null, (e: unknown) => e);
  assert.ok(error);
  assert.match(describeStorageError(error), /no storage space left.*nothing already saved was lost/);
  db.annotations.add = realAdd;
  assert.deepEqual((await store.search({})).items.map((a) => a.note), ['kept']);
  assert.deepEqual((await db.pages.toArray()).length, 1);
});

test('a failed database open or upgrade gives a clear message, not a crash', () => {
  for (const error of [new Dexie.OpenFailedError('UpgradeError: upgrade failed'), new Dexie.VersionError('downgrade'), new Dexie.DatabaseClosedError('closed')]) {
    assert.match(describeStorageError(error), /could not open its database \(\w+\).*nothing already saved was lost/);
  }
});

test('a blocked upgrade waits for the old connection and then opens with nothing lost', async () => {
  const old = new Dexie('newsmark');
  old.version(1).stores({ annotations: 'id, pageKey, createdAt, updatedAt, kind, siteName, *tags' });
  await old.open();
  await old.table('annotations').add({ ...draft('from v1'), id: 'v1', createdAt: 1, updatedAt: 1 });
  // An old tab still holds version 1 open; Dexie closes it when the upgrade asks (versionchange).
  const store = new AnnotationStore(new NewsmarkDatabase());
  assert.deepEqual((await store.forPage('https://news.example/a')).map((a) => a.note), ['from v1']);
  assert.equal(old.isOpen(), false);
});

test('other errors keep their own message', () => {
  assert.equal(describeStorageError(new Error('That annotation no longer exists')), 'That annotation no longer exists');
});
