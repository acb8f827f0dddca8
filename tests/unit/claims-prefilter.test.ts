// The trigger rules' keyword gates (`needs`): a sentence without a rule's keywords skips its pattern,
// which is only sound if every match of the pattern contains them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTriggers, mayHaveTrigger, TRIGGER_RULES_FOR_TESTS, type MeasureKind } from '../../src/nlp/claims/triggers.ts';

const CASES: [string, MeasureKind][] = [
  ['Washington slapped sanctions on three shipping firms.', 'sanctions'],
  ['The council adopted restrictive measures against the regime.', 'sanctions'],
  ['The firm was charged under the Trading with the Enemy Act.', 'sanctions law'],
  ['The company was added to the Entity List last year.', 'sanctions law'],
  ['The arms embargo on the country has been in place since 2011.', 'embargo'],
  ['The EU ordered an asset freeze on the oligarch.', 'asset freeze'],
  ['Its assets abroad were frozen by the Treasury.', 'asset freeze'],
  ['Washington tightened export controls on advanced chips.', 'export controls'],
  ['The firm was barred by regulators from exporting the parts.', 'export controls'],
  ['The group was added to the U.S. list of foreign terrorist organizations.', 'terrorist designation'],
  ['The State Department blacklisted the militia.', 'terrorist designation'],
  ['Pyongyang test-fired ballistic missiles in violation of U.N. Security Council resolutions.', 'UN resolution breach'],
  ['Arab states kept up their economic boycott of the country.', 'trade boycott'],
  ['The men illegally sold weapons parts to Iran.', 'export controls'],
  ['Iraq exported oil under the U.N. oil-for-food programme.', 'oil-for-food'],
  ['The G7 price cap on Russian oil took effect.', 'sanctions'],
  ['Russian banks were cut off from SWIFT after the invasion.', 'sanctions'],
  ['The state pension fund must divest from companies doing business in Sudan under the new law.', 'divestment'],
  ['The ban on Russian oil imports takes effect on Friday.', 'embargo'],
  ['The travel ban on senior officials was extended.', 'embargo'],
];

test('each example sentence triggers its rule, and passes the combined gate', () => {
  for (const [sentence, kind] of CASES) {
    assert.ok(mayHaveTrigger(sentence), sentence);
    assert.ok(findTriggers(sentence).some((t) => t.kind === kind), `${kind}: ${sentence}`);
  }
});

test('every pattern match contains its rule\'s keywords', () => {
  for (const [sentence] of CASES) {
    for (const rule of TRIGGER_RULES_FOR_TESTS) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
        assert.ok(rule.needs.test(m[0]), `${rule.kind}: "${m[0]}" lacks ${rule.needs}`);
        if (m[0].length === 0) rule.pattern.lastIndex++;
      }
    }
  }
});

test('sentences without any keyword skip all patterns', () => {
  for (const s of ['The minister met farmers in the capital on Tuesday.', 'Shares of the bank rose 3 percent.', 'Urban voters were split.']) {
    assert.equal(mayHaveTrigger(s), false, s);
    assert.deepEqual(findTriggers(s), []);
  }
});
