import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBackgroundRequest, parsePageRequest, parsePortEnvelope } from '../../src/messages/index.ts';

test('well-formed requests pass validation', () => {
  assert.deepEqual(parseBackgroundRequest({ type: 'annotations/forPage', pageKey: 'https://a.example/' }), { type: 'annotations/forPage', pageKey: 'https://a.example/' });
  assert.deepEqual(parsePageRequest({ type: 'page/setHighlights', visible: false }), { type: 'page/setHighlights', visible: false });
});

test('unknown types, missing fields and wrong types are refused', () => {
  assert.equal(parseBackgroundRequest({ type: 'annotations/dropAll' }), null);
  assert.equal(parseBackgroundRequest({ type: 'annotations/delete' }), null);
  assert.equal(parseBackgroundRequest({ type: 'annotations/update', id: 'x', note: 42 }), null);
  assert.equal(parseBackgroundRequest('annotations/export'), null);
  assert.equal(parsePageRequest({ type: 'page/setHighlights', visible: 'yes' }), null);
});

test('a port envelope carries a numbered request, validated like any other', () => {
  assert.deepEqual(parsePortEnvelope({ id: 3, request: { type: 'annotations/forPage', pageKey: 'https://a.example/' } }), { id: 3, request: { type: 'annotations/forPage', pageKey: 'https://a.example/' } });
  // An invalid request keeps its number, so its sender hears why; an envelope without a usable number is dropped.
  assert.deepEqual(parsePortEnvelope({ id: 4, request: { type: 'annotations/dropAll' } }), { id: 4, request: null });
  assert.equal(parsePortEnvelope({ id: -1, request: { type: 'lists/status' } }), null);
  assert.equal(parsePortEnvelope({ id: 1.5, request: { type: 'lists/status' } }), null);
  assert.equal(parsePortEnvelope({ request: { type: 'lists/status' } }), null);
  assert.equal(parsePortEnvelope({ type: 'lists/status' }), null);
});

test('a draft with an unknown kind or claim type is refused', () => {
  const draft = { pageKey: 'k', url: 'u', pageTitle: 't', siteName: null, kind: 'note', quote: 'q', prefix: '', suffix: '', start: 0, end: 1, codePointStart: 0, codePointEnd: 1, note: '', tags: [], person: null, claimType: null };
  assert.ok(parseBackgroundRequest({ type: 'annotations/save', draft }));
  assert.equal(parseBackgroundRequest({ type: 'annotations/save', draft: { ...draft, kind: 'script' } }), null);
  assert.equal(parseBackgroundRequest({ type: 'annotations/save', draft: { ...draft, claimType: 'bogus' } }), null);
  assert.equal(parseBackgroundRequest({ type: 'annotations/save', draft: { ...draft, quote: '' } }), null);
});
