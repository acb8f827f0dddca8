import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import Dexie from 'dexie';
import { AnnotationStore } from '../../src/store/annotationStore.ts';
import type { AnnotationDraft } from '../../src/store/annotation.ts';
import { NewsmarkDatabase, SCHEMA_V1 } from '../../src/store/database.ts';

let store: AnnotationStore;
let db: NewsmarkDatabase;
let clock = 1_000;
let ids = 0;

const draft = (over: Partial<AnnotationDraft> = {}): AnnotationDraft => ({
  pageKey: 'https://news.example/a', url: 'https://news.example/a?utm_source=x', pageTitle: 'Harbour board meets',
  siteName: 'News Example', kind: 'note', quote: 'the northern quay', prefix: 'agreed that ', suffix: ' would reopen',
  start: 10, end: 27, codePointStart: 10, codePointEnd: 27, note: 'check dates', tags: [], person: null, claimType: null, ...over,
});

const notes = async (filter = {}) => (await store.search(filter)).items.map((a) => a.note);

beforeEach(async () => {
  await Dexie.delete('newsmark');
  db = new NewsmarkDatabase();
  store = new AnnotationStore(db, () => ++clock, () => `id-${++ids}`);
});

test('the database is named newsmark', () => {
  assert.equal(db.name, 'newsmark');
});

test('save, list by page, update with tags, delete and restore', async () => {
  const a = await store.save(draft());
  await store.save(draft({ pageKey: 'https://news.example/b', quote: 'other', start: 0, end: 5 }));
  assert.deepEqual((await store.forPage('https://news.example/a')).map((x) => x.id), [a.id]);
  const edited = await store.update(a.id, 'new note', ['ports', 'grain']);
  assert.equal(edited.note, 'new note');
  assert.deepEqual(edited.tags, ['ports', 'grain']);
  assert.ok(edited.updatedAt > a.updatedAt);
  const removed = await store.delete(a.id);
  assert.deepEqual(await store.forPage('https://news.example/a'), []);
  assert.deepEqual(await notes({ query: 'new note' }), []);
  await store.restore(removed);
  assert.equal((await store.forPage('https://news.example/a'))[0]?.note, 'new note');
  assert.deepEqual(await notes({ query: 'grain' }), ['new note']);
});

test('an empty quote range is refused', async () => {
  await assert.rejects(store.save(draft({ start: 5, end: 5 })), /non-empty/);
});

test('search is newest first over quote, note, title, site, person and tags; filters narrow it', async () => {
  await store.save(draft({ note: 'first', siteName: 'Coast Daily' }));
  await store.save(draft({ note: 'second', person: 'Elena Varga', kind: 'person', tags: ['ministers'] }));
  await store.save(draft({ note: 'third', kind: 'claim', claimType: 'imposed' }));
  assert.deepEqual(await notes(), ['third', 'second', 'first']);
  assert.deepEqual(await notes({ query: 'varga' }), ['second']);
  assert.deepEqual(await notes({ query: 'MINISTERS' }), ['second']);
  assert.deepEqual(await notes({ query: 'harbour first' }), ['first']);
  assert.deepEqual(await notes({ kind: 'claim' }), ['third']);
  assert.deepEqual(await notes({ person: 'Elena Varga' }), ['second']);
  assert.deepEqual(await notes({ site: 'Coast Daily' }), ['first']);
  assert.deepEqual(await notes({ from: 1_000_000_000 }), []);
  const page = await store.search({}, 2);
  assert.equal(page.items.length, 2);
  assert.equal(page.total, 3);
  assert.deepEqual(page.sites, ['Coast Daily', 'News Example']);
  assert.deepEqual(page.people, ['Elena Varga']);
});

test('pages remember their people for context across articles', async () => {
  await store.save(draft(), { pagePeople: ['Elena Varga', 'Tomas Reinholt'] });
  await store.save(draft({ pageKey: 'https://news.example/b', pageTitle: 'Ferry line sold' }), { pagePeople: ['Elena Varga'] });
  const pages = await store.pagesMentioning('Elena Varga', 'https://news.example/a');
  assert.deepEqual(pages.map((p) => p.title), ['Ferry line sold']);
  assert.equal((await store.pagesMentioning('Tomas Reinholt')).length, 1);
});

test('backup export then import into an empty database gives the same annotations; twice adds nothing', async () => {
  await store.save(draft({ note: 'keep me', tags: ['a'] }));
  const before = await db.annotations.toArray();
  const json = await store.export('backup');
  await Dexie.delete('newsmark');
  db = new NewsmarkDatabase();
  store = new AnnotationStore(db);
  assert.deepEqual(await store.importFile(json), { added: 1, skipped: 0 });
  assert.deepEqual(await store.importFile(json), { added: 0, skipped: 1 });
  assert.deepEqual(await db.annotations.toArray(), before);
});

test('W3C JSON-LD export has the standard shape and imports back losslessly', async () => {
  await store.save(draft({ note: 'a note', tags: ['t1'], quote: 'emoji 😀 here', start: 3, end: 17, codePointStart: 3, codePointEnd: 16 }));
  const before = await db.annotations.toArray();
  const doc = JSON.parse(await store.export('w3c'));
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  const item = doc.first.items[0];
  assert.equal(item.type, 'Annotation');
  assert.equal(item.motivation, 'commenting');
  assert.deepEqual(item.body, [
    { type: 'TextualBody', value: 'a note', format: 'text/plain', purpose: 'commenting' },
    { type: 'TextualBody', value: 't1', purpose: 'tagging' },
  ]);
  assert.equal(item.target.source, 'https://news.example/a?utm_source=x');
  assert.deepEqual(item.target.selector[1], { type: 'TextPositionSelector', start: 3, end: 16 });
  await db.annotations.clear();
  assert.deepEqual(await store.importFile(JSON.stringify(doc)), { added: 1, skipped: 0 });
  assert.deepEqual(await db.annotations.toArray(), before);
});

test('Markdown export groups by article with quotes as blockquotes', async () => {
  await store.save(draft({ note: 'look at *this*' }));
  await store.save(draft({ quote: 'second quote', note: '' }));
  const md = await store.export('markdown');
  assert.match(md, /^## \[Harbour board meets\]\(https:\/\/news\.example\/a\?utm_source=x\)$/m);
  assert.equal(md.match(/^## /gm)?.length, 1);
  assert.match(md, /^> the northern quay$/m);
  assert.match(md, /^> second quote$/m);
});

test('a file that repeats an annotation imports it once', async () => {
  const a = await store.save(draft({ note: 'once' }));
  const json = JSON.stringify({ format: 'newsmark-backup', version: 1, annotations: [a, a] });
  await db.annotations.clear();
  assert.deepEqual(await store.importFile(json), { added: 1, skipped: 1 });
});

test('deleting the last annotation of a page removes the page from cross-article counts; undo brings it back', async () => {
  const a = await store.save(draft(), { pagePeople: ['Elena Varga'] });
  assert.equal((await store.pagesMentioning('Elena Varga')).length, 1);
  const removed = await store.delete(a.id);
  assert.equal((await store.pagesMentioning('Elena Varga')).length, 0);
  await store.restore(removed);
  assert.equal((await db.pages.count()), 1);
});

test('a retried save with the same id, even overlapping the first, saves once and succeeds', async () => {
  const [first, second] = await Promise.all([store.save(draft({ note: 'retry' }), { id: 'fixed-id-123' }), store.save(draft({ note: 'retry' }), { id: 'fixed-id-123' })]);
  assert.equal(first.id, second.id);
  assert.equal((await store.search({ query: 'retry' })).total, 1);
});

test('a malformed or foreign file is rejected with a message and changes nothing', async () => {
  await store.save(draft());
  await assert.rejects(store.importFile('not json'), /not JSON/);
  await assert.rejects(store.importFile('{"format":"other"}'), /Not a Newsmark backup/);
  const bad = JSON.stringify({ format: 'newsmark-backup', version: 1, annotations: [{ id: 'x' }] });
  await assert.rejects(store.importFile(bad), /Not a Newsmark backup/);
  const badW3c = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { items: [{ id: 'u', type: 'Annotation' }] } });
  await assert.rejects(store.importFile(badW3c), /W3C/);
  assert.equal((await store.search({})).total, 1);
});

test('a database written by schema version 1 opens at the current version with nothing lost', async () => {
  const old = new Dexie('newsmark');
  old.version(1).stores(SCHEMA_V1);
  const v1 = { id: 'old-1', pageKey: 'https://news.example/a', url: 'https://news.example/a', pageTitle: 'Old page', siteName: 'News Example',
    kind: 'person', quote: 'Elena Varga', prefix: '', suffix: '', start: 0, end: 11, note: 'from v1', tags: ['kept'], person: 'Elena Varga', claimType: null, createdAt: 5, updatedAt: 6 };
  await old.table('annotations').add(v1);
  old.close();

  db = new NewsmarkDatabase();
  store = new AnnotationStore(db);
  const [upgraded] = await db.annotations.toArray();
  assert.deepEqual(upgraded, { ...v1, codePointStart: 0, codePointEnd: 11 });
  assert.equal(db.verno, 3);
  assert.deepEqual((await store.pagesMentioning('Elena Varga')).map((p) => p.title), ['Old page']);
});
