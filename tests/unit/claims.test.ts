// Sanctions-claim finder on invented sentences: each type, hedging, attribution, hard negatives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifySentence, findSanctionsClaims, type ClaimType } from '../../src/nlp/claims/index.ts';

function typeOf(sentence: string): ClaimType | null {
  return classifySentence(sentence)?.type ?? null;
}

function expectTypes(cases: [string, ClaimType][]): void {
  for (const [sentence, type] of cases) assert.equal(typeOf(sentence), type, sentence);
}

function expectNoClaim(sentences: string[]): void {
  for (const sentence of sentences) assert.equal(classifySentence(sentence), null, sentence);
}

test('imposed: measures imposed, extended, in force, listings', () => {
  expectTypes([
    ['Washington slapped sanctions on three shipping firms accused of carrying Venezuelan crude.', 'imposed'],
    ['The European Union extended its asset freeze on the former president for another year.', 'imposed'],
    ['The arms embargo on the country has been in place since 2011.', 'imposed'],
    ['The group was added to the U.S. list of foreign terrorist organizations in 2021.', 'imposed'],
    ['Russian banks were cut off from SWIFT after the invasion.', 'imposed'],
    ['The ban on Russian oil imports takes effect on Friday.', 'imposed'],
    ['Libya has been under U.N. sanctions since 1992 over the bombing.', 'imposed'],
  ]);
});

test('threatened_or_called_for: threats, calls, drafts, predictions, denials of a threat', () => {
  expectTypes([
    ['The bloc is preparing a fresh package of sanctions targeting the banking sector, diplomats said.', 'threatened_or_called_for'],
    ['Lawmakers urged the White House to blacklist the drone maker.', 'threatened_or_called_for'],
    ['Sudan faces the threat of oil sanctions unless it disarms the militias.', 'threatened_or_called_for'],
    ['He denied that Washington had ever threatened sanctions over the dispute.', 'threatened_or_called_for'],
    ['The Treasury said it would sanction anyone who helps the regime evade the oil embargo.', 'threatened_or_called_for'],
  ]);
});

test('violation_or_evasion: breaches, evasion, illegal exports, compliance', () => {
  expectTypes([
    ['Prosecutors charged the trader with shipping aircraft parts to Iran in breach of the embargo.', 'violation_or_evasion'],
    ['A fleet of ageing tankers helps Moscow skirt the Western price cap on its oil.', 'violation_or_evasion'],
    ['The machine-tool maker illegally sold milling equipment to the Soviet Union.', 'violation_or_evasion'],
    ['Any shipment of weapons to Pyongyang would breach U.N. sanctions, officials warned.', 'violation_or_evasion'],
    ['The company said it was reviewing whether its shipments complied with export controls.', 'violation_or_evasion'],
    ['Both Japanese and Australian diplomats have warned that such missile transfer deals would violate U.N. Security Council resolutions.', 'violation_or_evasion'],
  ]);
});

test('lifted_or_eased: lifting, suspension, exemptions, unfreezing, calls to lift', () => {
  expectTypes([
    ['The United Nations suspended sanctions on the country after the suspects were handed over.', 'lifted_or_eased'],
    ['The Treasury issued a general licence allowing humanitarian shipments despite the sanctions.', 'lifted_or_eased'],
    ['Ministers agreed to unfreeze part of the central bank reserves held abroad.', 'lifted_or_eased'],
    ['The opposition leader called for an end to the embargo on the island.', 'lifted_or_eased'],
  ]);
});

test('impact: effects of measures', () => {
  expectTypes([
    ['Exporters say the sanctions have cut their sales to the region by half.', 'impact'],
    ['A former diplomat said the embargo had crippled the island\'s economy.', 'impact'],
    ['The airline had to abandon the route as a result of the sanctions.', 'impact'],
  ]);
});

test('other: opinions, opposition, law and policy descriptions', () => {
  expectTypes([
    ['Critics argue the sanctions have done little to change the regime\'s behaviour.', 'other'],
    ['Britain and West Germany oppose mandatory sanctions against the government.', 'other'],
    ['The Senate voted to override the veto of the sanctions bill.', 'other'],
  ]);
});

test('hedging: modals, allegation, conditionals, predictions; plain reports are not hedged', () => {
  assert.equal(classifySentence('The ministry may impose sanctions on the two banks.')?.hedged, true);
  assert.equal(classifySentence('The firm reportedly evaded the embargo through front companies.')?.hedged, true);
  assert.equal(classifySentence('Sanctions will be lifted if the prisoners are released.')?.hedged, true);
  assert.equal(classifySentence('The council is expected to extend the arms embargo.')?.hedged, true);
  assert.equal(classifySentence('The EU imposed sanctions on the two banks, officials said.')?.hedged, false);
  // A modal inside a purpose clause does not hedge the main claim.
  assert.equal(classifySentence('The EU imposed sanctions on the regime so that it could not buy weapons.')?.hedged, false);
});

test('attribution: subject + speech verb, trailing tag, according to; pronouns give null', () => {
  const cases: [string, string | null][] = [
    ['Both Japanese and Australian diplomats have warned that such missile transfer deals would violate U.N. Security Council resolutions.', 'Japanese and Australian diplomats'],
    ['The arms embargo will stay in place, the foreign ministry of Norway said on Monday.', 'the foreign ministry of Norway'],
    ['"We will ask them to lift the sanctions," said Okoro.', 'Okoro'],
    ['Sanctions have cost the economy billions, according to the National Statistics Office.', 'the National Statistics Office'],
    ['He said the sanctions would be lifted soon.', null],
    ['Says the governor voted against sanctions on the regime.', null],
  ];
  for (const [sentence, who] of cases) assert.equal(classifySentence(sentence)?.attribution ?? null, who, sentence);
});

test('reason is a short human explanation', () => {
  assert.equal(classifySentence('The EU froze the assets of eleven officials.')?.reason, 'asset freeze imposed by the EU');
  assert.match(classifySentence('Lawmakers called for sanctions on the ministry.')?.reason ?? '', /call for/);
});

test('negatives: "sanction" meaning approval', () => {
  expectNoClaim([
    'The committee sanctioned a ten percent rise in the club budget.',
    'The sale of the subsidiary was sanctioned by the board of directors.',
    'State-sanctioned violence against protesters was condemned.',
    'The board must sanction any change to the company\'s articles.',
    'The agreement sanctions the use of force only as a last resort.',
  ]);
});

test('negatives: sports, court and disciplinary sanctions', () => {
  expectNoClaim([
    'The referee was sanctioned by the league for misconduct.',
    'The club was hit with sanctions by UEFA for breaching financial fair play rules.',
    'The parliament\'s standards committee recommended sanctions against the MP.',
    'A judge sanctioned the lawyer for filing a frivolous motion.',
    'The athlete has been banned for four years for doping.',
  ]);
});

test('negatives: bans, boycotts, freezes and designations that are not sanctions', () => {
  expectNoClaim([
    'The council voted to ban fireworks on public beaches.',
    'Police froze the bank accounts of the suspected fraudsters.',
    'The court froze the funds pending a ruling on the inheritance.',
    'The company imposed a hiring freeze after weak quarterly sales.',
    'The government froze public sector wages for two years.',
    'Demonstrators called for a boycott of the elections.',
    'The festival was boycotted by several artists over its sponsorship.',
    'Dockworkers imposed an embargo on handling cargo from the struck ship.',
    'The newspaper broke the embargo on the report a day early.',
    'The state has designated the river as a protected area.',
    'Israel imposed a closure on the West Bank after the attack.',
  ]);
});

test('negatives: tariffs, treaties, non-sanctions resolutions, topic mentions', () => {
  expectNoClaim([
    'The US imposed 25 percent tariffs on imported steel.',
    'Japan eased restrictions on rice imports under the new trade deal.',
    'Brazil, a major coffee producer, agreed to export quotas under the new accord.',
    'The minister condemned the missile launch as a violation of international law.',
    'The use of nerve agents is a breach of international law and Security Council resolutions.',
    'Ukraine accused Moscow of violating the ceasefire agreement.',
    'The Security Council met to discuss the humanitarian situation in the region.',
    'Delegates discussed the nuclear programme at the six-party talks.',
    'Sanctions experts gathered in Geneva for the annual conference.',
    'Experts warned that potential arms deals between the two countries could change the balance of power.',
  ]);
});

test('findSanctionsClaims returns sentence spans in order with exact offsets', () => {
  const text = 'Harbour Talks Collapse\n\nThe Treasury sanctioned two oil traders on Monday. The weather was mild.\nCritics said the sanctions would not work.';
  const claims = findSanctionsClaims(text);
  assert.equal(claims.length, 2);
  for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  assert.ok(claims[0]!.start < claims[1]!.start);
  assert.equal(claims[0]!.type, 'imposed');
});

test('seed article (when the shared fixture is present): one claim, the U.N. resolutions sentence', (t) => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const file = resolve(root, '..', 'shared', 'fixtures', 'seed-article.txt');
  if (!existsSync(file)) return t.skip('fixture not found');
  const claims = findSanctionsClaims(readFileSync(file, 'utf8'));
  assert.equal(claims.length, 1);
  const [claim] = claims;
  assert.equal(claim!.type, 'violation_or_evasion');
  assert.equal(claim!.hedged, true);
  assert.equal(claim!.attribution, 'U.S. and South Korean officials');
  assert.match(claim!.text, /Security Council resolutions/);
});
