import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../src/analysis/analyzeText.ts';
import { compactAnalysis, expandAnalysis } from '../../src/analysis/compactAnalysis.ts';

const text = [
  'Minister Elena Varga met Tomas Reinholt in Port Aldwin on Monday.',
  'The European Union imposed an asset freeze on two directors of the shipping firm, officials said.',
  'Varga said the travel ban on senior officials might be lifted if the talks succeed.',
].join('\n');

test('the compact answer carries no text and expands back to the full analysis', () => {
  const full = analyzeText(text);
  assert.ok(full.people.length >= 2 && full.claims.length >= 1, 'the fixture has people and claims');
  const compact = compactAnalysis(full);
  const wire = JSON.stringify(compact);
  for (const claim of full.claims) assert.ok(!wire.includes(claim.text), 'claim texts stay in the page');
  assert.deepEqual(expandAnalysis(text, JSON.parse(wire)), full);
});

test('an answer that does not fit the text is refused', () => {
  const compact = compactAnalysis(analyzeText(text));
  assert.throws(() => expandAnalysis(text.slice(0, 20), compact), /does not fit/);
  assert.throws(() => expandAnalysis(text, { people: [{ name: 'X', spans: [5, 2] }], claims: [] }), /does not fit/);
  assert.throws(() => expandAnalysis(text, { people: [{ name: 'X', spans: [0.5, 2] }], claims: [] }), /does not fit/);
});
