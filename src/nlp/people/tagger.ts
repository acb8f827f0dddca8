import { docFlags, stackFlags } from './doc-context.ts';
import {
  propagateKnownNames, repairHeadlinePhrases, tagHyphenatedGivenNames, tagLowercaseSurnames, trimTrailingCommonWords,
} from './repair.ts';
import { sentenceKind, type WordInfo } from './features.ts';
import { sentenceFeatures, STACK_IDS_PER_TOKEN, stackFeatureIds, writeSentenceFeatures } from './token-features.ts';
import { viterbi } from './viterbi.ts';
import { runToEnd, type Steps } from '../../shared/steps.ts';

/**
 * Document tagging shared by the trainer (dense float weights) and the runtime
 * (dense int16 weights). Two passes with one model: pass 1 tags from local and
 * document features; pass 2 adds "stacking" features saying how pass 1 tagged
 * the same word elsewhere in the document (a headline "PARNEVIK", a lone
 * "Washington" whose full name appeared earlier). Pass 2 reuses pass 1's
 * emission scores and only adds the few stacking features, so it is cheap.
 */

export interface Scorer {
  bits: number;
  trans: ArrayLike<number>;
  /** Writes the summed rows of ids[a..b) into out[o .. o + 9). */
  emit(ids: Int32Array, a: number, b: number, out: Float64Array, o: number): void;
  /**
   * Optional (exact integer weights only: sums must not depend on their order): adds the
   * rows of the word-only features of each token t of sentence [a, b) into out[t * 9 ..]
   * from a per-word cache, so the tagger emits only the other features per token
   * (token-features.ts writeSentenceFeatures withWordIds, model-format.ts WordRows).
   */
  addWordRows?(words: WordInfo[], a: number, b: number, kind: number, out: Float64Array): void;
}

export interface PreparedDoc {
  words: WordInfo[];
  sentences: Array<[number, number]>;
  kinds: Uint8Array; // per sentence
  flags: Uint8Array; // per token
}

const T = 9; // N_TAGS, a literal for speed (imported bindings may be getters under tsx)

export function prepareDoc(words: WordInfo[], sentences: Array<[number, number]>): PreparedDoc {
  const n = words.length;
  const tokenKind = new Uint8Array(n), sentStart = new Uint8Array(n);
  const kinds = new Uint8Array(sentences.length);
  sentences.forEach(([a, b], s) => {
    const k = sentenceKind(words, a, b);
    kinds[s] = k;
    tokenKind.fill(k, a, b);
    sentStart[a] = 1;
  });
  return { words, sentences, kinds, flags: docFlags(words, tokenKind, sentStart) };
}

export interface SentFeatures { ids: Int32Array; offsets: Int32Array }

/** Pass-1 feature ids of every sentence (the trainer keeps these). */
export function docFeatures(doc: PreparedDoc, bits: number): SentFeatures[] {
  const mask = (1 << bits) - 1;
  return doc.sentences.map(([a, b], s) =>
    sentenceFeatures(doc.words, a, b, doc.kinds[s]!, doc.flags, mask, new Int32Array((b - a) * 80)));
}

/** Pass-2 feature ids: pass-1 ids plus each token's stacking ids (trainer). */
export function stackedFeatures(doc: PreparedDoc, base: SentFeatures[], pass1: Uint8Array, bits: number): SentFeatures[] {
  const sf = stackFlags(doc.words, pass1);
  const mask = (1 << bits) - 1;
  return doc.sentences.map(([a, b], s) => {
    const n = b - a, f = base[s]!, k = STACK_IDS_PER_TOKEN;
    const extra = new Int32Array(n * k);
    stackFeatureIds(doc.words, a, b, doc.kinds[s]!, sf, mask, extra);
    const ids = new Int32Array(f.ids.length + n * k), offsets = new Int32Array(n + 1);
    for (let i = 0, m = 0; i < n; i++) {
      offsets[i] = m;
      ids.set(f.ids.subarray(f.offsets[i]!, f.offsets[i + 1]!), m);
      m += f.offsets[i + 1]! - f.offsets[i]!;
      ids.set(extra.subarray(i * k, i * k + k), m);
      m += k;
      offsets[i + 1] = m;
    }
    return { ids, offsets };
  });
}

let emBuf = new Float64Array(1024 * T);

/** Decodes one sentence from its feature ids (trainer and evaluation). */
export function decodeSentence(scorer: Scorer, ids: Int32Array, offsets: Int32Array, out: Uint8Array): void {
  const n = offsets.length - 1;
  if (emBuf.length < n * T) emBuf = new Float64Array(n * T * 2);
  for (let i = 0; i < n; i++) scorer.emit(ids, offsets[i]!, offsets[i + 1]!, emBuf, i * T);
  viterbi(emBuf, n, scorer.trans, out);
}

// Reused across sentences and documents: tagging allocates only per-document arrays.
let featBuf = new Int32Array(1 << 16);
let featOffsets = new Int32Array(1024);
let stackBuf = new Int32Array(1024 * STACK_IDS_PER_TOKEN);
let stackEm = new Float64Array(1024 * T);

/** Tags a whole document (both passes); returns one tag index per token. */
export function tagDoc(doc: PreparedDoc, scorer: Scorer, passes: 1 | 2 = 2): Uint8Array {
  return runToEnd(tagDocSteps(doc, scorer, passes));
}

/** `tagDoc` as steps: it yields after each sentence, so a page can pause it (see shared/steps.ts). */
export function* tagDocSteps(doc: PreparedDoc, scorer: Scorer, passes: 1 | 2 = 2): Steps<Uint8Array> {
  const n = doc.words.length;
  const mask = (1 << scorer.bits) - 1;
  const em = new Float64Array(n * T);
  const pass1 = new Uint8Array(n);
  const byWord = scorer.addWordRows !== undefined;
  for (let s = 0; s < doc.sentences.length; s++) {
    const [a, b] = doc.sentences[s]!;
    const kind = doc.kinds[s]!;
    if (featBuf.length < (b - a) * 80) { featBuf = new Int32Array((b - a) * 160); featOffsets = new Int32Array((b - a) * 2 + 1); }
    const ids = featBuf, offsets = featOffsets;
    writeSentenceFeatures(doc.words, a, b, kind, doc.flags, mask, ids, offsets, !byWord);
    for (let i = 0; i < b - a; i++) scorer.emit(ids, offsets[i]!, offsets[i + 1]!, em, (a + i) * T);
    if (byWord) scorer.addWordRows!(doc.words, a, b, kind, em);
    viterbi(em, b - a, scorer.trans, pass1, a * T, a);
    yield;
  }
  repairHeadlinePhrases(doc.words, pass1);
  trimTrailingCommonWords(doc.words, pass1);
  tagHyphenatedGivenNames(doc.words, pass1);
  if (passes === 1) return pass1;
  const sf = stackFlags(doc.words, pass1);
  const tags = new Uint8Array(n);
  const k = STACK_IDS_PER_TOKEN;
  for (let s = 0; s < doc.sentences.length; s++) {
    const [a, b] = doc.sentences[s]!;
    const len = b - a;
    if (stackBuf.length < len * k) { stackBuf = new Int32Array(len * k * 2); stackEm = new Float64Array(len * T * 2); }
    stackFeatureIds(doc.words, a, b, doc.kinds[s]!, sf, mask, stackBuf);
    for (let i = 0; i < len; i++) {
      scorer.emit(stackBuf, i * k, i * k + k, stackEm, i * T);
      for (let t = 0; t < T; t++) stackEm[i * T + t]! += em[(a + i) * T + t]!;
    }
    viterbi(stackEm, len, scorer.trans, tags, 0, a);
    yield;
  }
  repairHeadlinePhrases(doc.words, tags);
  trimTrailingCommonWords(doc.words, tags);
  tagHyphenatedGivenNames(doc.words, tags);
  propagateKnownNames(doc, tags);
  tagLowercaseSurnames(doc, tags);
  return tags;
}
