/**
 * The learned assist: a small logistic-regression model over a sentence's words and word pairs,
 * asked only where the rules have nothing to say. The rules (triggers.ts) recognise a claim by
 * its measure words; a sentence that makes the claim in other words ("the measures imposed after
 * martial law", "firms denied export privileges", "tougher penalties against foreign oil
 * companies investing in Iran") has no trigger, and rules learned from one batch of such
 * sentences barely reach the next (README.md, held-out checks). The model generalises from all
 * of them at once.
 *
 * It never overrides a rule: a sentence where any trigger pattern matched — accepted or turned
 * down by its context (a regulator's sanctions, a health ban) — is the rules' to decide. It reads
 * only sentences with a word of the domain (ASSIST_CUE) and none of a health ban, of discipline or
 * of trade policy (lexicon.ts), and says yes above ASSIST_THRESHOLD.
 * Trained by `npm run train:claims` (scripts/train-claims-assist.ts); pure, like the rules.
 */
import { hashString, mix } from '../people/hash.ts';
import { ASSIST_MODEL } from './assist.generated.ts';
import { DISCIPLINARY_CONTEXT, HEALTH_CONTEXT, rx, TARGET_STATE_NAMES, TRADE_POLICY_CONTEXT } from './lexicon.ts';

/**
 * Words of the domain: a sentence without any is never a claim for the model. "Punish" counts
 * with a state or firms as its object ("punish Pretoria", "punish foreign companies"), not with
 * wrongdoers ("the government's failure to punish those responsible").
 */
const CUES_BESIDES_MEASURES = String.raw`sanction|embargo|penalt|restrict|curbs|\bban(?:s|ned|ning)?\b|\bbank(?:s|ing|ers?)?\b|\bbarr?(?:ed|s|ing)?\b|licen[cs]|export|freez|frozen|blacklist|designat|treasury|ofac|security council|resolution|boycott|divest|swift|blockade|price cap|entity list|punitive|` +
  String.raw`\bpunish\w* (?:any |all )?(?:foreign |Western |American |European )?(?:compan\w*|firms?|banks?|investors|countries|states|governments?|regimes?|${TARGET_STATE_NAMES})`;
export const ASSIST_CUE = rx(`measures|${CUES_BESIDES_MEASURES}`);

/** The cues without "measures", the one cue word that has a plain sense in lawmaking. */
const CUE_BESIDES_MEASURES = rx(CUES_BESIDES_MEASURES);
/**
 * Lawmaking at home: "seven measures failed in the U.S. Senate, including an amendment…" are bills.
 * Measures are sanctions there only against someone ("measures against Pretoria") or on a state
 * that is a common target ("the measures imposed on South Africa").
 */
const LAWMAKING = rx(String.raw`\b(?:Senate|(?<!White )House|Congress|parliament\w*|amendments?|bills?|ballot|referendum|lawmakers|legislat\w*)\b`);
const AGAINST_SOMEONE = rx(String.raw`\b(?:against|foreign)\b|${TARGET_STATE_NAMES}`);

function measuresAsBills(sentence: string): boolean {
  return !CUE_BESIDES_MEASURES.test(sentence) && LAWMAKING.test(sentence) && !AGAINST_SOMEONE.test(sentence);
}

/** Probability above which the model's yes counts (chosen on held-out batches: see README.md). */
export const ASSIST_THRESHOLD = 0.7;

/** The model's features: lowercased words (digits as 0) and adjacent word pairs, plus a bias. */
export function assistFeatures(sentence: string): string[] {
  const words = (sentence.toLowerCase().replace(/’/g, "'").match(/[a-z0-9]+(?:'[a-z]+)?|[$€£%]/g) ?? []).map((w) => w.replace(/\d+/g, '0'));
  const features = new Set<string>(['bias']);
  for (let i = 0; i < words.length; i++) {
    features.add(`u:${words[i]}`);
    if (i + 1 < words.length) features.add(`b:${words[i]}_${words[i + 1]}`);
  }
  return [...features];
}

/** A feature's bucket in a table of 2^bits weights. */
export function assistBucket(feature: string, bits: number): number {
  return mix(hashString(feature)) & ((1 << bits) - 1);
}

let weights: Int8Array | undefined;

function decoded(): Int8Array {
  if (!weights) {
    const bytes = atob(ASSIST_MODEL.weights);
    weights = new Int8Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) weights[i] = (bytes.charCodeAt(i) << 24) >> 24;
  }
  return weights;
}

/**
 * A logistic model's probability for a sentence: the sum of its features' bucket weights, each
 * bucket once (two features may share one), times `scale`. The runtime and the trainer share it.
 */
export function logisticProbability(sentence: string, weights: ArrayLike<number>, bits: number, scale = 1): number {
  let z = 0;
  for (const bucket of new Set(assistFeatures(sentence).map((feature) => assistBucket(feature, bits)))) z += weights[bucket]!;
  return 1 / (1 + Math.exp(-z * scale));
}

/** The shipped model's probability that the sentence is a sanctions claim. */
export function assistProbability(sentence: string): number {
  return logisticProbability(sentence, decoded(), ASSIST_MODEL.bits, ASSIST_MODEL.scale);
}

/** Contexts that give the domain's words another sense whatever the model says: health bans, discipline and sport, trade policy. */
const OTHER_SENSE = [rx(HEALTH_CONTEXT), rx(DISCIPLINARY_CONTEXT), rx(TRADE_POLICY_CONTEXT)];

/**
 * Whether the model takes a sentence the rules left alone for a claim. `probability` is the
 * shipped model's unless given (the benchmark passes models trained with a batch held out).
 */
export function assistRecognises(sentence: string, probability: (sentence: string) => number = assistProbability): boolean {
  return ASSIST_CUE.test(sentence) && !OTHER_SENSE.some((re) => re.test(sentence)) && !measuresAsBills(sentence) && probability(sentence) > ASSIST_THRESHOLD;
}
