import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDateLine, isLabel, isPointer } from '../../src/analysis/article/textPatterns.ts';

// The patterns match lower-cased text (no `i` flag: cheaper to compile on every page); these
// check that case in the page's text still makes no difference where it should not.

test('labels are found whatever their case', () => {
  for (const label of ['Advertisement', 'ADVERTISEMENT', 'Story continues below', 'PUBLICITÉ', 'Read More']) assert.ok(isLabel(label), label);
  assert.ok(!isLabel('Advertisers left the platform after the vote'));
});

test('pointers and calls to action are found whatever their case', () => {
  assert.ok(isPointer('READ MORE: Harbour reopens', true));
  assert.ok(!isPointer('Read more: Harbour reopens', false), 'a pointer carries a link');
  assert.ok(isPointer('Subscribe to our newsletter', false));
  assert.ok(!isPointer('Subscribers were told on Monday that prices would rise by a third next year, the company said in a letter.', false));
});

test('date lines, with and without a name beside them, in any case', () => {
  assert.ok(isDateLine('Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 9:00 AM'));
  assert.ok(isDateLine('POSTED: FRI 6:45 PM, FEB 16, 2018'));
  assert.ok(isDateLine('Jane Doe 2019-11-20 17:27'));
  assert.ok(isDateLine('Émile Zola 2019-11-20 17:27'), 'a non-ASCII capital initial counts as a name');
  assert.ok(isDateLine('segunda-feira, 22 de janeiro de 2018 às 0:13'));
  assert.ok(!isDateLine('the vote on 2019-11-20 was delayed again by the council'));
});
