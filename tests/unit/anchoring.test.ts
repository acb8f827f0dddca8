import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorQuote } from '../../src/anchoring/anchorQuote.ts';
import { describeRange } from '../../src/anchoring/selectors.ts';

const original = [
  'The harbour board met on Tuesday to discuss the ferry timetable.',
  'Members agreed that the northern quay would reopen in April after repairs.',
  'A spokesperson said the cost of the repairs had not yet been published.',
].join('\n');
const quoteStart = original.indexOf('the northern quay would reopen');
const selectors = describeRange(original, quoteStart, quoteStart + 'the northern quay would reopen'.length);

test('describeRange stores the quote with 32 characters of context each side', () => {
  assert.equal(selectors.quote, 'the northern quay would reopen');
  assert.equal(selectors.prefix, original.slice(quoteStart - 32, quoteStart));
  assert.equal(selectors.suffix.length, 32);
});

test('an unchanged text anchors at the stored position', () => {
  assert.deepEqual(anchorQuote(original, selectors), { start: selectors.start, end: selectors.end, method: 'position' });
});

test('a sentence inserted before the quote: found by exact quote search', () => {
  const changed = `Breaking: a storm closed the port overnight.\n${original}`;
  const anchor = anchorQuote(changed, selectors)!;
  assert.equal(anchor.method, 'quote');
  assert.equal(changed.slice(anchor.start, anchor.end), selectors.quote);
});

test('a word edited inside the quote: found by fuzzy search', () => {
  const changed = original.replace('northern quay would reopen', 'northern quay will reopen');
  const anchor = anchorQuote(changed, selectors)!;
  assert.equal(anchor.method, 'fuzzy');
  assert.match(changed.slice(anchor.start, anchor.end), /northern quay will reopen/);
});

test('of several exact matches, the one with matching context wins', () => {
  const text = 'the quay reopened. Members agreed that the quay reopened in April. Later the quay reopened again.';
  const start = text.indexOf('the quay reopened in April');
  const sel = describeRange(text, start, start + 'the quay reopened'.length);
  const shifted = `Intro. ${text}`;
  const anchor = anchorQuote(shifted, { ...sel, start: 0, end: sel.quote.length })!;
  assert.equal(anchor.start, shifted.indexOf('the quay reopened in April'));
});

test('a removed paragraph leaves the annotation unanchored (an orphan), not misplaced', () => {
  const changed = original.split('\n').filter((line) => !line.includes('northern quay')).join('\n');
  assert.equal(anchorQuote(changed, selectors), null);
});

test('a quote whose passage is gone is not pinned on a look-alike elsewhere', () => {
  const text = 'The northern quay reopened in April. Ferries now dock there twice a day.';
  const sel = { quote: 'the southern pier', prefix: 'Engineers said ', suffix: ' would need new piles', start: 40, end: 57, codePointStart: 40, codePointEnd: 57 };
  assert.equal(anchorQuote(text, sel), null);
});
