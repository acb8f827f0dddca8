import { hashString } from './hash.ts';
import type { Lexicon } from './lexicon.ts';
import { normalizeWord } from './lexicon.ts';

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
  isTitle: boolean; // honorific / function word before names ("Mr.", "President")
  /** Korean/Chinese romanized given name with a hyphen: "Min-jun", "In-so". */
  syllables: boolean;
  /** Cache of word-only feature ids, per sentence kind (token-features.ts). */
  uni: Array<number[] | undefined>;
}

const TITLES = new Set(
  ('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady president prime premier minister secretary senator sen. ' +
    'rep. gov. governor gen. general col. lt. capt. captain chancellor king queen prince princess pope judge ' +
    'justice coach mayor ambassador chairman chief leader spokesman spokeswoman professor prof. rev. father ' +
    'sheikh ayatollah cardinal bishop archbishop deputy colonel lieutenant sergeant commander marshal admiral ' +
    'emperor president-elect vice-president officer striker midfielder defender goalkeeper')
    .split(' '),
);

export function isTitleWord(lower: string): boolean {
  return TITLES.has(lower);
}

function shapeOf(w: string): string {
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

function classOf(w: string, shape: string): Shape {
  if (shape === 'x') return Shape.Lower;
  if (shape === 'Xx') return Shape.Title;
  if (shape === 'X') return w.length === 1 ? Shape.Letter : Shape.Caps;
  if (shape === 'X.') return Shape.Initial;
  if (shape === 'd') return Shape.Digit;
  if (/^X[x']*(X[x']*)+$/.test(shape) || /^Xx([-']Xx)+$/.test(shape) || /^x-Xx$/.test(shape)) return Shape.Mixed;
  if (!/[xXd]/.test(shape)) return Shape.Punct;
  return Shape.Other;
}

export function wordInfo(w: string, lex: Lexicon): WordInfo {
  const lowerStr = normalizeWord(w);
  const shapeStr = shapeOf(w);
  const cls = classOf(w, shapeStr);
  const lower = hashString(lowerStr);
  const affix: number[] = [];
  for (let k = 1; k <= 3; k++) affix.push(lowerStr.length >= k ? hashString(lowerStr.slice(0, k)) : 0);
  for (let k = 1; k <= 4; k++) affix.push(lowerStr.length >= k ? hashString(lowerStr.slice(-k)) : 0);
  const gaz = (lex.firstNames.has(lower) ? 1 : 0) | (lex.peopleNames.has(lower) ? 2 : 0) |
    (lex.manyNames.has(lower) ? 4 : 0) | (lex.places.has(lower) ? 8 : 0);
  const usage = lex.lowerWords.has(lower) ? 1 : lex.capWords.has(lower) ? 2 : 0;
  const first = w.charCodeAt(0);
  const isCap = (first >= 65 && first <= 90) || (first > 127 && /^\p{Lu}/u.test(w));
  return {
    form: hashString(w.replace(/\u2019/g, "'")), lower, shape: hashString(shapeStr), cls, affix, gaz, usage, isCap,
    isTitle: TITLES.has(lowerStr), uni: [], syllables: /^\p{Lu}\p{Ll}{1,3}-\p{Ll}{1,3}$/u.test(w),
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
