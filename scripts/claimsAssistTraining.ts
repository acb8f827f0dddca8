/**
 * Training data and training for the claims assist (src/nlp/claims/assist.ts), shared by
 * `npm run train:claims` and `npm run bench:claims` (which trains copies with a batch held out).
 *
 * Examples: the labelled sentences of scripts/claims-training/sentences.jsonl (written for this
 * project: invented sentences and blind batches, each with its batch), the dev sentences of
 * ../shared/data/sanctions-claims, and — as negatives — the sentences of the article benchmark's
 * reference texts (../shared/data/article-bench) where no rule finds a claim: ordinary news
 * sentences, so the model learns that most sentences with a domain word are not claims.
 * Deterministic: fixed seed, fixed order, fixed epochs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assistBucket, assistFeatures, assistRecognises, logisticProbability } from '../src/nlp/claims/assist.ts';
import { classifySentence } from '../src/nlp/claims/index.ts';
import { findTriggers } from '../src/nlp/claims/triggers.ts';
import { splitSentences } from '../src/nlp/sentences.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SENTENCES_FILE = join(ROOT, 'scripts/claims-training/sentences.jsonl');
export const DEV_FILE = resolve(ROOT, '../shared/data/sanctions-claims/dev.jsonl');
export const PAGES_FILE = resolve(ROOT, '../shared/data/article-bench/ground-truth.json');

export interface Example {
  text: string;
  label: boolean;
  type: string | null;
  /** 'invented', 'blind1'…, 'dev' or 'pages'. */
  batch: string;
}

/**
 * Batches kept out of the assist's training (still scored, with every batch, in `bench:claims`).
 * A batch joins training only if it adds no false claim on dev held out, in CoNLL's Reuters text
 * or among 100,000 sentences of general English (nlp-corpus). The twenty-ninth, state media's
 * condemnations of sanctions in the name of the U.N. Charter and international law, taught the
 * model that such words make a claim: trained with it, the assist took three of dev's topic-only
 * U.N. sentences for claims (dev held out 0.987 → 0.969) and one more CoNLL sentence. The
 * thirty-first (2003–2012 wire leads) added a false CoNLL claim (a finance minister on the Bank of
 * Japan's rates) and four in the general text, with dev held out and the other batches unchanged.
 * The thirty-third (analysis and commentary) added two in the general text ("Over 60 per cent of the
 * country's exports went to the Soviet Union", a sentence on pressure on Iraq to comply), the
 * thirty-fourth (the middles of stories) four more there, U.N. speeches on disarmament measures, and
 * the thirty-fifth (written like the data) three more, a fairy tale's "Shoes of Swiftness" among them,
 * and the thirty-sixth (written like the data too) brought back the thirty-first's false CoNLL claim.
 */
export const NOT_FOR_TRAINING: ReadonlySet<string> = new Set(['blind29', 'blind31', 'blind33', 'blind34', 'blind35', 'blind36']);

export const BITS = 16;
const EPOCHS = 40;
const L2 = 1e-3;
const RATE = 0.5;
const SEED = 20261127;

/** Whether the data beyond the repo's own sentences is there. */
export function sharedDataPresent(): boolean {
  return existsSync(DEV_FILE) && existsSync(PAGES_FILE);
}

function readJsonl(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Every example: the repo's sentences, the dev sentences and the page negatives. */
export function loadExamples(): Example[] {
  const examples: Example[] = readJsonl(SENTENCES_FILE).map((r) => ({ text: String(r.text), label: r.label === true, type: (r.type as string | null) ?? null, batch: String(r.batch) }));
  for (const r of readJsonl(DEV_FILE)) examples.push({ text: String(r.text), label: r.label === true, type: (r.type as string | null) ?? null, batch: 'dev' });
  const pages = JSON.parse(readFileSync(PAGES_FILE, 'utf8')) as Record<string, { articleBody?: string }>;
  for (const { articleBody } of Object.values(pages)) {
    const text = articleBody ?? '';
    for (const { start, end } of splitSentences(text)) {
      const sentence = text.slice(start, end).trim();
      if (sentence.length >= 20 && findTriggers(sentence).length === 0) examples.push({ text: sentence, label: false, type: null, batch: 'pages' });
    }
  }
  return examples;
}

/** A trained model: float weights over 2^BITS buckets. */
export interface TrainedAssist {
  weights: Float64Array;
  probability(sentence: string): number;
}

/** Logistic regression, AdaGrad with L2, over hashed word and word-pair features. */
export function trainAssist(examples: Example[]): TrainedAssist {
  const size = 1 << BITS;
  const w = new Float64Array(size), g2 = new Float64Array(size);
  const rows = examples.filter((e) => !NOT_FOR_TRAINING.has(e.batch)).map((e) => ({ ids: [...new Set(assistFeatures(e.text).map((f) => assistBucket(f, BITS)))], y: e.label ? 1 : 0 }));
  let seed = SEED;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const { ids, y } = rows[i]!;
      let z = 0;
      for (const k of ids) z += w[k]!;
      const g = 1 / (1 + Math.exp(-z)) - y;
      for (const k of ids) {
        const gk = g + L2 * w[k]!;
        g2[k]! += gk * gk;
        w[k]! -= (RATE * gk) / Math.sqrt(g2[k]! + 1e-8);
      }
    }
  }
  return {
    weights: w,
    probability: (sentence) => logisticProbability(sentence, w, BITS),
  };
}

/** The weights as the runtime reads them: int8 with one scale, base64. */
export function quantise(weights: Float64Array): { scale: number; base64: string } {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes = Buffer.alloc(weights.length);
  weights.forEach((v, i) => bytes.writeInt8(Math.max(-127, Math.min(127, Math.round(v / scale))), i));
  return { scale, base64: bytes.toString('base64') };
}

/** The claim finder's decision with another assist model (one trained with a batch held out). */
export function classifyWith(model: TrainedAssist, sentence: string): { type: string } | null {
  return classifySentence(sentence, (s) => assistRecognises(s, model.probability));
}
