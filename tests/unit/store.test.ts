import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { AnnotationStore } from '../../src/store/annotationStore.ts';
import type { AnnotationDraft } from '../../src/store/annotation.ts';
import { NewsmarkDatabase } from '../../src/store/database.ts';

let store: AnnotationStore;
let db: NewsmarkDatabase;
let clock = 1_000;
let ids = 0;

const draft = (over: Partial<AnnotationDraft> = {}): AnnotationDraft => ({
  pageKey: 'https://news.example/a', url: 'https://news.example/a?utm_source=x', pageTitle: 'Harbour board meets',
  siteName: 'News Example', kind: 'note', quote: 'the northern quay', prefix: 'agreed that ', suffix: ' would reopen',
  start: 10, end: 27, note: 'check dates', tags: [], person: null, claimType: null, ...over,
});

beforeEach(async () => {
  db = new NewsmarkDatabase();
  await db.delete();
  db = new NewsmarkDatabase();
  store = new AnnotationStore(db, () => ++clock, () => `id-${++ids}`);
});

test('the database is named newsmark', () => {
  assert.equal(db.name, 'newsmark');
});

test('save, list by page, update and delete', async () => {
  const a = await store.save(draft());
  await store.save(draft({ pageKey: 'https://news.example/b', quote: 'other', start: 0, end: 5 }));
  assert.deepEqual((await store.forPage('https://news.example/a')).map((x) => x.id), [a.id]);
  const edited = await store.update(a.id, 'new note');
  assert.equal(edited.note, 'new note');
  assert.ok(edited.updatedAt > a.updatedAt);
  const removed = await store.delete(a.id);
  assert.equal(removed.id, a.id);
  assert.deepEqual(await store.forPage('https://news.example/a'), []);
  await store.restore(removed);
  assert.equal((await store.forPage('https://news.example/a'))[0]?.note, 'new note');
});

test('an empty quote range is refused', async () => {
  await assert.rejects(store.save(draft({ start: 5, end: 5 })), /non-empty/);
});

test('search is newest first and matches quote, note, title, site and person', async () => {
  await store.save(draft({ note: 'first' }));
  await store.save(draft({ note: 'second', person: 'Elena Varga' }));
  assert.deepEqual((await store.search('')).map((a) => a.note), ['second', 'first']);
  assert.deepEqual((await store.search('varga')).map((a) => a.note), ['second']);
  assert.deepEqual((await store.search('harbour first')).map((a) => a.note), ['first']);
  assert.deepEqual(await store.search('nothing like this'), []);
});

test('export then import into an empty database gives the same annotations; twice adds nothing', async () => {
  await store.save(draft({ note: 'keep me' }));
  const json = await store.exportJson();
  await db.annotations.clear();
  assert.deepEqual(await store.importJson(json), { added: 1, skipped: 0 });
  assert.deepEqual(await store.importJson(json), { added: 0, skipped: 1 });
  assert.equal((await store.search('keep')).length, 1);
});

test('a malformed or foreign file is rejected with a message and changes nothing', async () => {
  await store.save(draft());
  await assert.rejects(store.importJson('not json'), /not JSON/);
  await assert.rejects(store.importJson('{"format":"other"}'), /Not a Newsmark backup/);
  const bad = JSON.stringify({ format: 'newsmark-backup', version: 1, annotations: [{ id: 'x' }] });
  await assert.rejects(store.importJson(bad), /Not a Newsmark backup/);
  assert.equal((await store.search('')).length, 1);
});
