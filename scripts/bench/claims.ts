/**
 * Sanctions-claim benchmark on ../shared/data/sanctions-claims/dev.jsonl: the claim finder as it
 * ships (rules, then the learned assist), the rules alone, and a keyword baseline. The shipped
 * assist was trained with the dev sentences among its examples, so two held-out checks follow:
 * the assist trained again without dev, on dev; and, for each blind batch of
 * scripts/claims-training/sentences.jsonl, the assist trained without that batch, on it (the
 * rules, unlike the assist, were tuned on those batches: the rules' figure there is optimistic).
 *
 *   npm run bench:claims              figures, confusion table, keyword baseline
 *   npm run bench:claims -- --errors  also every misclassified sentence (for tuning)
 *
 * The last line of output is one JSON object with the figures, for scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifySentence, classifySentenceByRules, type ClaimType } from '../../src/nlp/claims/index.ts';
import { classifyWith, loadExamples, sharedDataPresent, trainAssist } from '../claimsAssistTraining.ts';

interface Example {
  id: string;
  text: string;
  label: boolean;
  type: ClaimType | null;
}

const TYPES: ClaimType[] = ['imposed', 'threatened_or_called_for', 'violation_or_evasion', 'lifted_or_eased', 'impact', 'other'];
const SHORT: Record<ClaimType, string> = {
  imposed: 'imp', threatened_or_called_for: 'thr', violation_or_evasion: 'vio', lifted_or_eased: 'lift', impact: 'impact', other: 'other',
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data', 'sanctions-claims');
const devFile = resolve(dataDir, 'dev.jsonl');

interface Prf { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

function prf(gold: boolean[], predicted: boolean[]): Prf {
  let tp = 0, fp = 0, fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i] ?? false;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const pad = (s: string | number, n: number) => String(s).padStart(n);

function main(): void {
  if (!existsSync(devFile)) {
    console.log('skipped: ../shared/data/sanctions-claims not found');
    return;
  }
  const showErrors = process.argv.includes('--errors');
  const examples: Example[] = readFileSync(devFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Example);

  const t0 = performance.now();
  const predictions = examples.map((e) => classifySentence(e.text));
  const ms = performance.now() - t0;
  const gold = examples.map((e) => e.label);
  const ours = prf(gold, predictions.map((p) => p !== null));
  const baseline = prf(gold, examples.map((e) => /sanction|embargo/i.test(e.text)));
  const rulesAlone = prf(gold, examples.map((e) => classifySentenceByRules(e.text) !== null));

  // Held out from the assist: dev, then each blind batch in turn.
  const all = sharedDataPresent() ? loadExamples() : [];
  const heldOut = (batch: string, test: Array<{ text: string; label: boolean }>) => {
    const model = trainAssist(all.filter((e) => e.batch !== batch));
    return prf(test.map((e) => e.label), test.map((e) => classifyWith(model, e.text) !== null));
  };
  const devHeldOut = all.length ? heldOut('dev', examples) : null;
  const batches = [...new Set(all.map((e) => e.batch))].filter((b) => b.startsWith('blind')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const batchRows = batches.map((batch) => {
    const test = all.filter((e) => e.batch === batch);
    return { batch, n: test.length, rules: prf(test.map((e) => e.label), test.map((e) => classifySentenceByRules(e.text) !== null)), hybrid: heldOut(batch, test) };
  });

  // Type accuracy over true positives, and the confusion table (rows gold, columns predicted).
  const confusion = new Map<string, number>();
  let typed = 0, typeCorrect = 0;
  examples.forEach((e, i) => {
    const p = predictions[i];
    if (!e.label || !p || !e.type) return;
    typed++;
    if (p.type === e.type) typeCorrect++;
    const key = `${e.type}>${p.type}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  });
  const typeAccuracy = typed ? typeCorrect / typed : 0;

  console.log(`sanctions claims — dev.jsonl (${examples.length} sentences, ${gold.filter(Boolean).length} claims), ${ms.toFixed(0)} ms`);
  console.log('');
  console.log('system                  precision  recall     F1   tp  fp  fn');
  const rows: Array<[string, Prf | null]> = [['newsmark (as shipped)', ours], ['rules alone', rulesAlone], ['dev held out*', devHeldOut], ['keyword baseline', baseline]];
  for (const [name, m] of rows) {
    if (m) console.log(`${name.padEnd(22).slice(0, 22)}  ${pad(m.precision.toFixed(3), 9)}  ${pad(m.recall.toFixed(3), 6)}  ${pad(m.f1.toFixed(3), 5)}  ${pad(m.tp, 3)} ${pad(m.fp, 3)} ${pad(m.fn, 3)}`);
  }
  console.log('* rules, then the assist trained without the dev sentences');
  console.log('');
  console.log(`type accuracy over true positives: ${typeAccuracy.toFixed(3)} (${typeCorrect}/${typed})`);
  console.log('');
  console.log(`gold \\ predicted  ${TYPES.map((t) => pad(SHORT[t], 6)).join(' ')}`);
  for (const g of TYPES) {
    console.log(`${g.padEnd(24).slice(0, 16)}  ${TYPES.map((p) => pad(confusion.get(`${g}>${p}`) ?? 0, 6)).join(' ')}`);
  }

  if (batchRows.length) {
    console.log('');
    console.log('blind batches, each held out from the assist (the rules were tuned on them):');
    console.log('batch      n   rules P/R/F1           rules + assist P/R/F1');
    for (const { batch, n, rules, hybrid } of batchRows) {
      const f = (m: Prf) => `${m.precision.toFixed(3)} ${m.recall.toFixed(3)} ${m.f1.toFixed(3)}`;
      console.log(`${batch.padEnd(8)} ${pad(n, 3)}   ${f(rules)}    ${f(hybrid)}`);
    }
  } else {
    console.log('\n(held-out checks of the assist skipped: ../shared/data/article-bench not found)');
  }

  if (showErrors) {
    console.log('\nerrors:');
    examples.forEach((e, i) => {
      const p = predictions[i] ?? null;
      const predictedLabel = p !== null;
      if (predictedLabel !== e.label) {
        console.log(`  ${e.label ? 'FN' : 'FP'} ${e.id} [gold ${e.type ?? 'none'}${p ? `, ours ${p.type}: ${p.reason}` : ''}]\n     ${e.text}`);
      } else if (p && e.type && p.type !== e.type) {
        console.log(`  TYPE ${e.id} [gold ${e.type}, ours ${p.type}: ${p.reason}]\n     ${e.text}`);
      }
    });
  }

  console.log(JSON.stringify({
    bench: 'claims', split: 'dev', n: examples.length,
    precision: r3(ours.precision), recall: r3(ours.recall), f1: r3(ours.f1), typeAccuracy: r3(typeAccuracy),
    baseline: { precision: r3(baseline.precision), recall: r3(baseline.recall), f1: r3(baseline.f1) },
    rulesAlone: { precision: r3(rulesAlone.precision), recall: r3(rulesAlone.recall), f1: r3(rulesAlone.f1) },
    devHeldOutFromAssist: devHeldOut ? { precision: r3(devHeldOut.precision), recall: r3(devHeldOut.recall), f1: r3(devHeldOut.f1) } : null,
    blindBatches: batchRows.map(({ batch, rules, hybrid }) => ({ batch, rulesF1: r3(rules.f1), withAssistF1: r3(hybrid.f1) })),
  }));
}

main();
