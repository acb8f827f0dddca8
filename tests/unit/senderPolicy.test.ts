import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayAsk } from '../../src/background/senderPolicy.ts';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const contentScript = { id: ID, url: 'https://news.example/story' };
const otherExtension = { id: 'zzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzz/x.html' };

test('extension pages may ask anything', () => {
  for (const type of ['annotations/search', 'annotations/delete', 'annotations/export', 'annotations/import', 'annotations/save'] as const) {
    assert.equal(mayAsk(type, popup, ID, ORIGIN), true, type);
  }
});

test('a content script may ask only for what its page needs', () => {
  for (const type of ['annotations/forPage', 'analysis/text', 'sanctions/match', 'people/savedPages', 'library/open', 'notes/open', 'notes/edit'] as const) {
    assert.equal(mayAsk(type, contentScript, ID, ORIGIN), true, type);
  }
  for (const type of ['annotations/search', 'annotations/delete', 'annotations/update', 'annotations/restore', 'annotations/export', 'annotations/import', 'annotations/save', 'notes/get', 'notes/close'] as const) {
    assert.equal(mayAsk(type, contentScript, ID, ORIGIN), false, type);
  }
});

test('another extension, or a sender without our id, may ask nothing', () => {
  assert.equal(mayAsk('annotations/forPage', otherExtension, ID, ORIGIN), false);
  assert.equal(mayAsk('annotations/forPage', { url: 'https://news.example/' }, ID, ORIGIN), false);
  assert.equal(mayAsk('annotations/search', { id: ID, url: `https://evil.example/${ORIGIN}` }, ID, ORIGIN), false);
});

test('a content script may touch only its own site’s annotations; extension pages any', async () => {
  const { mayTouchPage } = await import('../../src/background/senderPolicy.ts');
  assert.equal(mayTouchPage(contentScript, 'https://news.example/story', ORIGIN), true);
  assert.equal(mayTouchPage(contentScript, 'https://other.example/story', ORIGIN), false);
  assert.equal(mayTouchPage({ id: ID }, 'https://news.example/story', ORIGIN), false);
  assert.equal(mayTouchPage(popup, 'https://other.example/story', ORIGIN), true);
});
