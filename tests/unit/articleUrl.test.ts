/** Page identity: one key per article whatever URL variant the reader arrived by. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { canonicalUrl } from '../../src/analysis/article/metadata.ts';
import { normalizePageUrl } from '../../src/analysis/article/pageIdentity.ts';

const KEY = 'https://news.example/2024/03/mill-vote';

test('tracking parameters, fragments, www., trailing slash and scheme do not make a different page', () => {
  for (const variant of [
    'https://news.example/2024/03/mill-vote',
    'https://www.news.example/2024/03/mill-vote/',
    'http://news.example/2024/03/mill-vote',
    'https://NEWS.example/2024/03/mill-vote#comments',
    'https://news.example/2024/03/mill-vote?utm_source=feed&utm_medium=rss&utm_campaign=x',
    'https://news.example/2024/03/mill-vote?fbclid=abc123',
    'https://news.example/2024/03/mill-vote/?gclid=xyz&utm_content=top#top',
  ]) {
    assert.equal(normalizePageUrl(variant), KEY, variant);
  }
});

test('parameters that select content stay, in a stable order', () => {
  assert.equal(normalizePageUrl('https://news.example/story?page=2&id=7&utm_term=a'), 'https://news.example/story?id=7&page=2');
  assert.equal(normalizePageUrl('https://news.example/story?id=7&page=2'), normalizePageUrl('https://www.news.example/story/?page=2&id=7'));
  assert.notEqual(normalizePageUrl('https://news.example/story?id=7'), normalizePageUrl('https://news.example/story?id=8'));
});

test('non-web URLs and garbage pass through without throwing', () => {
  assert.equal(normalizePageUrl('file:///tmp/page.html#x'), 'file:///tmp/page.html');
  assert.equal(normalizePageUrl('  not a url '), 'not a url');
});

test('the canonical link wins over the address the page was opened at, resolved against it', () => {
  const withCanonical = parseHTML('<html><head><link rel="canonical" href="/2024/03/mill-vote"></head><body></body></html>').document as unknown as Document;
  const url = canonicalUrl(withCanonical, 'https://www.news.example/amp/mill?utm_source=x');
  assert.equal(url, 'https://www.news.example/2024/03/mill-vote');
  assert.equal(normalizePageUrl(url!), KEY);
  const withOg = parseHTML('<html><head><meta property="og:url" content="https://news.example/2024/03/mill-vote/"></head><body></body></html>').document as unknown as Document;
  assert.equal(normalizePageUrl(canonicalUrl(withOg, 'https://m.news.example/x')!), KEY);
  const bare = parseHTML('<html><head></head><body></body></html>').document as unknown as Document;
  assert.equal(canonicalUrl(bare, 'https://news.example/a?utm_source=x'), 'https://news.example/a?utm_source=x');
});

test('a page may claim a canonical URL only on its own site', async () => {
  const { pageKeyFor, sameSite } = await import('../../src/analysis/article/pageIdentity.ts');
  assert.equal(pageKeyFor('https://m.news.example/story?utm_source=x', 'https://www.news.example/story'), 'https://news.example/story');
  assert.equal(pageKeyFor('https://evil.example/copy', 'https://news.example/story'), 'https://evil.example/copy');
  assert.equal(pageKeyFor('https://news.example/story', null), 'https://news.example/story');
  assert.equal(sameSite('https://edition.news.example/a', 'https://news.example/b'), true);
  assert.equal(sameSite('https://news.example.evil.test/a', 'https://news.example/b'), false);
  assert.equal(sameSite('https://evilnews.example/a', 'https://news.example/b'), false);
});
