// Sentence segmentation on invented news-style text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/nlp/sentences.ts';

function split(text: string): string[] {
  return splitSentences(text).map(({ start, end }) => text.slice(start, end));
}

test('abbreviations and titles do not end a sentence', () => {
  assert.deepEqual(split('Mr. Alvarez met Gen. Okafor and Dr. Lind on Jan. 4 at the U.N. headquarters. The talks ran late.'), [
    'Mr. Alvarez met Gen. Okafor and Dr. Lind on Jan. 4 at the U.N. headquarters.',
    'The talks ran late.',
  ]);
});

test('dotted acronyms before lowercase or names stay inside; before a sentence opener they end it', () => {
  assert.deepEqual(split('The U.S. and E.U. envoys met. Talks moved to the U.S. The next round is in May.'), [
    'The U.S. and E.U. envoys met.',
    'Talks moved to the U.S.',
    'The next round is in May.',
  ]);
});

test('company suffixes end a sentence only before a typical opener', () => {
  assert.deepEqual(split('Shares of Brightwater Corp. rose. He sold Brightwater Corp. Holdings stock.'), [
    'Shares of Brightwater Corp. rose.',
    'He sold Brightwater Corp. Holdings stock.',
  ]);
});

test('initials and decimals', () => {
  assert.deepEqual(split('J. R. R. Tolkien sold 3.5 million copies. Growth was 2.75 pct.'), [
    'J. R. R. Tolkien sold 3.5 million copies.',
    'Growth was 2.75 pct.',
  ]);
});

test('a closing quote after the full stop belongs to the sentence', () => {
  assert.deepEqual(split('She said: "We will not back down." Then she left. \u201CIt is over.\u201D He nodded.'), [
    'She said: "We will not back down."',
    'Then she left.',
    '\u201CIt is over.\u201D',
    'He nodded.',
  ]);
});

test('question inside a quote followed by a lowercase tag stays one sentence', () => {
  assert.deepEqual(split('"Why now?" he asked. Nobody answered.'), ['"Why now?" he asked.', 'Nobody answered.']);
});

test('ellipses: lowercase continues, uppercase starts a new sentence', () => {
  assert.deepEqual(split('He paused... then went on. The crowd waited\u2026 Nobody moved.'), [
    'He paused... then went on.',
    'The crowd waited\u2026',
    'Nobody moved.',
  ]);
});

test('line breaks end headlines and captions; spans are trimmed', () => {
  const text = '  Harbour Talks Collapse \n\nPhoto: ministers at the table\nThe ministers left early.  ';
  assert.deepEqual(split(text), ['Harbour Talks Collapse', 'Photo: ministers at the table', 'The ministers left early.']);
  for (const { start, end } of splitSentences(text)) {
    assert.equal(text.slice(start, end), text.slice(start, end).trim());
  }
});

test('offsets are UTF-16 code units', () => {
  const text = 'Emoji \u{1F600} here. Next one.';
  const spans = splitSentences(text);
  assert.equal(spans.length, 2);
  assert.equal(text.slice(spans[1]!.start, spans[1]!.end), 'Next one.');
  assert.equal(spans[0]!.end, 'Emoji \u{1F600} here.'.length);
});

test('empty and whitespace-only input give no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n\n '), []);
});

test('a run of text without a boundary is cut into spans of at most MAX_SENTENCE_CHARS, at spaces, losing no word', () => {
  const run = `Council notes: ${Array.from({ length: 400 }, (_, i) => `the council said item ${i} would be reviewed`).join(', ')}`;
  const text = `Intro sentence. ${run}\nLast line.`;
  const spans = splitSentences(text);
  assert.equal(text.slice(spans[0]!.start, spans[0]!.end), 'Intro sentence.');
  const middle = spans.slice(1, -1);
  assert.ok(middle.length > 10);
  for (const span of spans) assert.ok(span.end - span.start <= MAX_SENTENCE_CHARS);
  assert.equal(middle.map((s) => text.slice(s.start, s.end)).join(' '), run, 'cut only at spaces, every word kept');
  assert.equal(text.slice(spans.at(-1)!.start, spans.at(-1)!.end), 'Last line.');
});
