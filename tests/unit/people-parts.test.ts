// The recognizer's parts: tokenizer offsets, mention grouping, model format.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromBase64, toBase64 } from '../../src/nlp/people/base64.ts';
import { groupMentions, type Mention } from '../../src/nlp/people/group.ts';
import { loadPeopleModel } from '../../src/nlp/people/index.ts';
import { prepareDoc, tagDoc, type Scorer } from '../../src/nlp/people/tagger.ts';
import { tokenize } from '../../src/nlp/people/tokenize.ts';

const texts = (s: string): string[] => tokenize(s).tokens.map((t) => t.text);

test('tokenizer: possessives, abbreviations, initials, punctuation, exact offsets', () => {
  const s = 'Mr. O\'Hara’s dog met J. Smith (of the U.S.) and Lee\'s cat... "Yes," said al-Rashid.';
  const r = tokenize(s);
  for (const t of r.tokens) assert.equal(s.slice(t.start, t.end), t.text);
  assert.deepEqual(texts(s), ['Mr.', "O'Hara", '’s', 'dog', 'met', 'J.', 'Smith', '(', 'of', 'the', 'U.S.', ')', 'and',
    'Lee', "'s", 'cat', '...', '"', 'Yes', ',', '"', 'said', 'al-Rashid', '.']);
});

test('tokenizer: sentences split at full stops and line breaks, not after abbreviations', () => {
  const r = tokenize('Dr. Ana Lind spoke. Then she left!\nHEADLINE HERE\n1. Kai Berg 10.52');
  const sents = r.sentences.map(([a, b]) => r.tokens.slice(a, b).map((t) => t.text).join(' '));
  assert.deepEqual(sents, ['Dr. Ana Lind spoke .', 'Then she left !', 'HEADLINE HERE', '1. Kai Berg 10.52']);
});

test('tokenizer: a slash between words separates them (photo credits)', () => {
  assert.deepEqual(texts('Photo: Ana Lind/Agency'), ['Photo', ':', 'Ana', 'Lind', '/', 'Agency']);
});

function m(text: string, start: number): Mention {
  return { start, end: start + text.length, text };
}

test('grouping: surname, family name first, ALL CAPS, initials', () => {
  const people = groupMentions([
    m('PUTIN', 0), m('Vladimir Putin', 10), m('Kim Jong Un', 30), m('Kim', 50), m('Putin', 60),
    m('J. Lind', 70), m('Johan Lind', 80),
  ]);
  assert.deepEqual(people.map((p) => [p.name, p.mentions.map((x) => x.text)]), [
    ['Vladimir Putin', ['PUTIN', 'Vladimir Putin', 'Putin']],
    ['Kim Jong Un', ['Kim Jong Un', 'Kim']],
    ['Johan Lind', ['J. Lind', 'Johan Lind']],
  ]);
});

test('grouping: a shared surname goes to the person mentioned most recently', () => {
  const people = groupMentions([m('Bill Amos', 0), m('Amos', 20), m('Hilda Amos', 40), m('Amos', 60)]);
  assert.deepEqual(people.map((p) => p.mentions.map((x) => x.start)), [[0, 20], [40, 60]]);
});

test('grouping: the canonical name prefers normal case over ALL CAPS', () => {
  const people = groupMentions([m('ANA LIND', 0), m('Ana Lind', 20)]);
  assert.equal(people[0]!.name, 'Ana Lind');
});

test('grouping: a name declined in Cyrillic is one person, named in its shortest form; a surname made from a first name is another', () => {
  const people = groupMentions([
    m('Андрея Рудькова', 0), m('Андрей Рудьков', 20), m('Андреем Рудьковым', 40), m('Рудькову', 60),
    m('Ольги Пановой', 80), m('Ольга Панова', 100), m('Иван', 120), m('Иванов', 130), m('Пётр Ильин', 140), m('Петра Ильина', 160),
  ]);
  assert.deepEqual(people.map((p) => [p.name, p.mentions.length]), [
    ['Андрей Рудьков', 4], ['Ольга Панова', 2], ['Иван', 1], ['Иванов', 1], ['Пётр Ильин', 2],
  ]);
});

test('base64 round trip', () => {
  for (const n of [0, 1, 2, 3, 4, 255, 1000]) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
    assert.deepEqual(fromBase64(toBase64(bytes)), bytes);
  }
});

test('model loads once and is small enough', () => {
  const t0 = performance.now();
  const a = loadPeopleModel();
  const b = loadPeopleModel();
  assert.equal(a, b, 'cached after the first call');
  assert.ok(a.model.weights.length > 0);
  assert.ok(performance.now() - t0 < 5000);
});

test('tagging: the per-word row cache (WordRows) tags exactly as summing every feature row does', () => {
  const { scorer, cache } = loadPeopleModel();
  const text = 'PUTIN MEETS XI IN BEIJING\nRussian President Vladimir Putin met Xi Jinping on Monday, the Kremlin said.\n' +
    'Kim Jong Un Returns To Pyongyang After Summit\nPark Min-jun, a Seoul analyst, said Putin and Kim spoke. Lee agreed.';
  const { tokens, sentences } = tokenize(text);
  const words = tokens.map((t) => cache.get(t.text));
  assert.ok(scorer.addWordRows, 'the runtime scorer uses the cache');
  const withoutCache: Scorer = { bits: scorer.bits, trans: scorer.trans, emit: scorer.emit };
  for (const passes of [1, 2] as const) {
    assert.deepEqual(tagDoc(prepareDoc(words, sentences), scorer, passes), tagDoc(prepareDoc(words, sentences), withoutCache, passes));
  }
});
