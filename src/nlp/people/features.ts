import { hashRange, hashString } from './hash.ts';
import { foldApostrophes, type Lexicon } from './lexicon.ts';

/**
 * Feature extraction shared by the trainer and the runtime, so both compute
 * exactly the same ids. Per-word facts are computed once per distinct word and
 * cached; per-token features are integer mixes of those facts.
 */

export const enum Shape { Other, Lower, Title, Caps, Letter, Initial, Digit, Mixed, Punct }

export interface WordInfo {
  form: number;
  lower: number;
  shape: number;
  cls: Shape;
  affix: number[]; // prefix 1-3, suffix 1-4 hashes of the lowercase word
  gaz: number; // bit 1 first name, 2 people name, 4 noisy name list, 8 place name
  usage: number; // 0 unknown, 1 usually lowercase, 2 usually capitalized
  isCap: boolean;
  /** The word occurs in lowercase in ordinary English (lexicon.ts seenLower). */
  seenLower: boolean;
  isTitle: boolean; // honorific / function word before names ("Mr.", "President")
  /** Korean/Chinese romanized given name with a hyphen: "Min-jun", "In-so". */
  syllables: boolean;
  /** Cache of word-only feature ids, per sentence kind (token-features.ts). */
  uni: Array<number[] | undefined>;
  /** Where model-format.ts WordRows keeps this word's summed word-only rows (valid while rowsGen matches). */
  rowsAt: number;
  rowsGen: number;
}

const TITLES = new Set(
  ('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady president prime premier minister secretary senator sen. ' +
    'rep. gov. governor gen. general col. lt. capt. captain chancellor king queen prince princess pope judge ' +
    'justice coach mayor ambassador chairman chief leader spokesman spokeswoman professor prof. rev. father ' +
    'sheikh ayatollah cardinal bishop archbishop deputy colonel lieutenant sergeant commander marshal admiral ' +
    'emperor president-elect vice-president officer striker midfielder defender goalkeeper herr frau monsieur')
    .split(' '),
);

export function isTitleWord(lower: string): boolean {
  return TITLES.has(lower);
}

/**
 * The word's shape: x lowercase letter, X uppercase letter, d digit, anything
 * else itself (’ as '), runs collapsed ("Xx-Xx", "X.X.", "d,d").
 */
function shapeOf(w: string): string {
  // ASCII words (nearly all) by char code: no per-character strings, no Unicode regexes.
  let out = '';
  let last = -1;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 128) return shapeOfUnicode(w);
    if (c >= 97 && c <= 122) c = 120; // x
    else if (c >= 65 && c <= 90) c = 88; // X
    else if (c >= 48 && c <= 57) c = 100; // d
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

function shapeOfUnicode(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else c = ch === '\u2019' ? "'" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const MIXED_CAPS = /^X[x']*(X[x']*)+$/, HYPHENATED_TITLE = /^Xx([-']Xx)+$/, LOWER_HYPHEN_TITLE = /^x-Xx$/;
const HAS_ALNUM = /[xXd]/;

function classOf(w: string, shape: string): Shape {
  if (shape === 'x') return Shape.Lower;
  if (shape === 'Xx') return Shape.Title;
  if (shape === 'X') return w.length === 1 ? Shape.Letter : Shape.Caps;
  if (shape === 'X.') return Shape.Initial;
  if (shape === 'd') return Shape.Digit;
  if (MIXED_CAPS.test(shape) || HYPHENATED_TITLE.test(shape) || LOWER_HYPHEN_TITLE.test(shape)) return Shape.Mixed;
  if (!HAS_ALNUM.test(shape)) return Shape.Punct;
  return Shape.Other;
}

const SYLLABLES = /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{1,3}$/u;

export function wordInfo(w: string, lex: Lexicon): WordInfo {
  const folded = foldApostrophes(w);
  const lowerStr = folded.toLowerCase(); // normalizeWord(w), without folding twice
  const shapeStr = shapeOf(w);
  const cls = classOf(w, shapeStr);
  const lower = hashString(lowerStr);
  // Prefixes of 1-3 and suffixes of 1-4 code units; 0 when the word is shorter.
  const len = lowerStr.length;
  const affix = [
    len >= 1 ? hashRange(lowerStr, 0, 1) : 0, len >= 2 ? hashRange(lowerStr, 0, 2) : 0, len >= 3 ? hashRange(lowerStr, 0, 3) : 0,
    len >= 1 ? hashRange(lowerStr, len - 1, len) : 0, len >= 2 ? hashRange(lowerStr, len - 2, len) : 0,
    len >= 3 ? hashRange(lowerStr, len - 3, len) : 0, len >= 4 ? hashRange(lowerStr, len - 4, len) : 0,
  ];
  const gaz = (lex.firstNames.has(lower) ? 1 : 0) | (lex.peopleNames.has(lower) ? 2 : 0) |
    (lex.manyNames.has(lower) ? 4 : 0) | (lex.places.has(lower) ? 8 : 0);
  const usage = lex.lowerWords.has(lower) ? 1 : lex.capWords.has(lower) ? 2 : 0;
  const first = w.charCodeAt(0);
  const isCap = (first >= 65 && first <= 90) || (first > 127 && /^\p{Lu}/u.test(w));
  return {
    form: hashString(folded), lower, shape: hashString(shapeStr), cls, affix, gaz, usage, isCap,
    isTitle: TITLES.has(lowerStr), seenLower: lex.seenLower.has(lower), uni: [], rowsAt: 0, rowsGen: 0,
    // The Unicode regex only for words that can match: a hyphen after the first letter.
    syllables: w.indexOf('-') > 0 && SYLLABLES.test(w),
  };
}

/** Caches WordInfo per surface form; words repeat a lot, so this pays off quickly. */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(private readonly lex: Lexicon) {}
  get(w: string): WordInfo {
    let info = this.map.get(w);
    if (!info) {
      info = wordInfo(w, this.lex);
      if (this.map.size > 200_000) this.map.clear(); // bound memory on long-lived pages
      this.map.set(w, info);
    }
    return info;
  }
}

/** Sentence-level facts: ALL-CAPS headline, Title Case headline. */
export function sentenceKind(words: WordInfo[], a: number, b: number): number {
  let alpha = 0, caps = 0, capFirst = 0, lowerCommonCapped = 0;
  for (let t = a; t < b; t++) {
    const w = words[t]!;
    if (w.cls === Shape.Punct || w.cls === Shape.Digit) continue;
    alpha++;
    if (w.cls === Shape.Caps || w.cls === Shape.Letter) caps++;
    if (w.isCap) capFirst++;
    if (w.isCap && w.usage === 1 && t > a) lowerCommonCapped++;
  }
  if (alpha >= 2 && caps >= 0.7 * alpha) return 1; // ALL CAPS
  // Title Case headline: nearly all words capitalized, several of them common
  // words ("Returns", "Hit") — unlike a list of names, which is also all caps-first.
  if (alpha >= 4 && capFirst >= 0.8 * alpha && lowerCommonCapped >= 2 && lowerCommonCapped >= 0.3 * capFirst) return 2;
  return 0;
}
