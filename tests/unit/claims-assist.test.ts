// The learned assist (src/nlp/claims/assist.ts): asked only where the rules found no measure, never
// over a rule that turned a measure word down, never in a health or disciplinary context. Sentences
// invented for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ASSIST_MODEL } from '../../src/nlp/claims/assist.generated.ts';
import { ASSIST_THRESHOLD, assistBucket, assistFeatures, assistProbability, assistRecognises } from '../../src/nlp/claims/assist.ts';
import { classifySentence, classifySentenceByRules, findSanctionsClaims } from '../../src/nlp/claims/index.ts';

test('features are the lowercased words and word pairs, digits folded, each once', () => {
  assert.deepEqual(assistFeatures('Banks froze $6 billion, banks said.'), [
    'bias', 'u:banks', 'b:banks_froze', 'u:froze', 'b:froze_$', 'u:$', 'b:$_0', 'u:0', 'b:0_billion', 'u:billion', 'b:billion_banks', 'b:banks_said', 'u:said',
  ]);
  const bucket = assistBucket('u:sanctions', ASSIST_MODEL.bits);
  assert.ok(Number.isInteger(bucket) && bucket >= 0 && bucket < 2 ** ASSIST_MODEL.bits);
});

test('the shipped model has one weight per bucket', () => {
  assert.equal(atob(ASSIST_MODEL.weights).length, 2 ** ASSIST_MODEL.bits);
  assert.ok(ASSIST_MODEL.scale > 0);
});

test('a claim in other words than the rules know is recognised by the assist, with a type and a reason', () => {
  // Pinned to the committed model: a retrained model may move these, which the test should then show.
  const sentences = [
    'The White House said it would restore the country\'s trade status, ending the last of the measures imposed after the crackdown.',
    'Officials said the restrictions on dealings with the junta would not be eased before the election.',
  ];
  for (const sentence of sentences) {
    assert.equal(classifySentenceByRules(sentence), null, `rules alone: ${sentence}`);
    const claim = classifySentence(sentence);
    assert.ok(claim, sentence);
    assert.equal(claim.type, 'lifted_or_eased', sentence);
    assert.match(claim.reason, /recognised by its wording/);
  }
});

// A model that says yes to everything: what stays out, stays out by the gates, whatever a model says.
const alwaysYes = (sentence: string): boolean => assistRecognises(sentence, () => 1);

test('the assist is asked only where no rule matched a measure, and then its yes is a claim', () => {
  const inOtherWords = 'The senator said he would press for penalties against any company that keeps buying oil from Caracas.';
  assert.equal(classifySentenceByRules(inOtherWords), null);
  assert.ok(classifySentence(inOtherWords, alwaysYes));
  // A rule's own claim is the rule's, with the rule's reason.
  const ruled = 'The European Union imposed sanctions on three generals on Monday.';
  assert.doesNotMatch(classifySentence(ruled, alwaysYes)!.reason, /recognised by its wording/);
});

test('the assist never overrides a rule that turned a measure word down', () => {
  // "sanctioned the merger" approves; "imposed sanctions" by a securities regulator is discipline: the
  // trigger matched and its context turned it down, so the rules decide.
  for (const sentence of [
    'The senator, whose committee sanctioned the merger, said he would press for penalties against any company that keeps buying oil from Caracas.',
    'The NASD said it had imposed sanctions on the brokerage and two of its officers for breaking its rules of fair practice.',
  ]) assert.equal(classifySentence(sentence, alwaysYes), null, sentence);
});

test('health bans, sport and discipline, and sentences without a word of the domain, stay out', () => {
  for (const sentence of [
    'The senator said he would press for penalties against any company that keeps buying oil from Caracas, despite the virus.',
    'The senator said he would press for penalties against any company that keeps buying oil from Caracas and against the clubs it sponsors.',
    'The senator said he would go after any company that keeps buying oil from Caracas.',
  ]) assert.equal(classifySentence(sentence, alwaysYes), null, sentence);
});

test('measures in lawmaking at home are bills; measures against someone or on a common target stay the assist\'s to judge', () => {
  for (const sentence of [
    'On Tuesday, four measures failed in the state Senate, including an amendment that would have raised the school-leaving age.',
    'Voters approved both ballot measures on housing, and the council said the new bills would take effect in March.',
  ]) assert.equal(classifySentence(sentence, alwaysYes), null, sentence);
  for (const sentence of [
    'Congress voted to widen the measures against Pretoria to cover gold and diamonds.',
    'The White House said the measures would stay in place until the prisoners were freed.',
    'Lawmakers said the measures imposed on Syria last year had failed to change the regime\'s course.',
  ]) assert.ok(classifySentence(sentence, alwaysYes), sentence);
});

test('the domain words are whole words: a name beginning "Ban" is none, banks are one', () => {
  assert.equal(classifySentence('Tehran warned Bonn that relations could suffer if it heeds the testimony of Banisadr, its sworn foe.', alwaysYes), null);
  assert.ok(classifySentence('Tehran warned that foreign banks handling its oil payments could be cut off.', alwaysYes));
});

test('"punish" is a word of the domain only with a state or firms as its object', () => {
  // Invented.
  assert.equal(classifySentence('Bishops condemned the killings and the failure of the police to punish those responsible.', alwaysYes), null);
  assert.ok(classifySentence('The senator wants to punish foreign companies that keep investing in Iran.', alwaysYes));
  assert.ok(classifySentence('The cabinet was split over whether to punish Pretoria.', alwaysYes));
});

test('ordinary sentences with a domain word are not claims', () => {
  const sentences = [
    'The city council passed a resolution to restrict parking in the old town during the festival.',
    'Exports of wine rose by a fifth last year as vineyards recovered from the frost.',
    'The bar on the corner reopened on Friday with a new menu and longer hours.',
    'The museum restricts photography in its galleries to protect the paintings.',
  ];
  for (const sentence of sentences) {
    assert.ok(assistProbability(sentence) <= ASSIST_THRESHOLD, `${assistProbability(sentence).toFixed(2)} ${sentence}`);
    assert.equal(classifySentence(sentence), null, sentence);
  }
});

test('an article of ordinary news has no claims from the assist', () => {
  const article = [
    'The harbour authority said on Monday that it would restrict access to the eastern quay while the cranes are replaced.',
    'Exporters of timber and paper said the works would delay shipments by a week.',
    'The mayor said the council had passed a resolution thanking the dock workers for their patience.',
    'Fishing boats will use the western basin until the end of the month.',
  ].join(' ');
  assert.deepEqual(findSanctionsClaims(article), []);
});

test('training is deterministic and learns what it is shown', async () => {
  const { trainAssist, quantise } = await import('../../scripts/claimsAssistTraining.ts');
  const claims = ['The bloc froze the assets of the generals.', 'Washington imposed new curbs on the regime.', 'The measures against the junta were eased.'];
  const others = ['The city froze bus fares for a year.', 'The club imposed a curfew on its players.', 'The museum eased its rules on photography.'];
  const examples = [...claims.map((text) => ({ text, label: true, type: 'imposed', batch: 'test' })), ...others.map((text) => ({ text, label: false, type: null, batch: 'test' }))];
  const first = trainAssist(examples), second = trainAssist(examples);
  assert.equal(quantise(first.weights).base64, quantise(second.weights).base64);
  for (const text of claims) assert.ok(first.probability(text) > 0.5, text);
  for (const text of others) assert.ok(first.probability(text) < 0.5, text);
});
