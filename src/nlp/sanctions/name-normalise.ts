/**
 * Name tokens for sanctions matching: ASCII folding, a transliteration-tolerant phonetic key,
 * particles and honorifics, and the list's "SURNAME, Given Middle" layout.
 */
import { COMMON_GIVEN_NAMES, COMMON_SURNAMES } from './common-names.ts';

export type TokenRole = 'sur' | 'given' | 'any';

export interface NameToken {
  /** Folded spelling: lower-case ASCII letters and digits. */
  norm: string;
  /** Phonetic key shared by transliteration variants (see `phoneticKey`). */
  key: string;
  /** Vowel positions kept (see `vowelShape`): a phonetic match must be within one edit of it. */
  shape: string;
  role: TokenRole;
  /** Connecting word ("al", "bin", "van", "jr") — neither evidence nor required. */
  particle: boolean;
  /** A single letter ("W." in "George W. Bush"). */
  initial: boolean;
}

const PARTICLES = new Set(
  'al el ul ad ar as ash at az ad da de del della der den di do dos das du la le lo y e bin ibn ben bint bent van von ter jr sr ii iii iv'.split(' '),
);

/** Titles a mention may still carry; dropped before matching. */
const HONORIFICS = new Set(
  'mr mrs ms dr prof president premier minister general gen colonel col ayatollah mullah sir'.split(' '),
);

const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h',
};

/** Lower-case ASCII: strips diacritics, folds special letters, drops apostrophes and ʿayn marks. */
export function foldName(text: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return (ascii ? text : text.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþħ]/g, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/['’‘`ʻʼʿʾ´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const DIGRAPHS: Record<string, string> = {
  dzh: 'j', dj: 'j', sch: 'S', tch: 'C', sh: 'S', ch: 'C', zh: 'Z', kh: 'h', gh: 'g', ph: 'f',
  th: 't', dh: 'd', ck: 'k', q: 'k', c: 'k', x: 'ks', w: 'v', y: 'i', ff: 'v',
};

/** Common transliteration digraphs folded to one letter (S = sh, C = ch, Z = zh), one pass. */
function foldDigraphs(norm: string): string {
  return norm.replace(/dzh|dj|sch|tch|sh|ch|zh|kh|gh|ph|th|dh|ck|ff$|[qcxwy]/g, (m) => DIGRAPHS[m] ?? m);
}

/**
 * Vowel-shape form: digraphs folded, every vowel run → "V", repeated letters collapsed.
 * "Aleksandr" → "VlVksVndr", "Bashar" → "bVSVr", "Bushra" → "bVSrV".
 */
export function vowelShape(norm: string): string {
  return foldDigraphs(norm).replace(/[aeiou]+/g, 'V').replace(/(.)\1+/g, '$1');
}

/**
 * Transliteration-tolerant key: the vowel shape with vowels dropped except a leading one ("A").
 * Sergei/Sergey, Shoigu/Shoygu, Aleksandr/Alexander/Oleksandr, Dmitriy/Dmitry,
 * Mohammed/Muhammad/Mohamed, Yevgeny/Evgeniy each share a key.
 */
export function phoneticKey(norm: string): string {
  return keyFromShape(vowelShape(norm));
}

function keyFromShape(shape: string): string {
  return (shape[0] === 'V' ? 'A' : '') + shape.replace(/V/g, '').replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance ≤ 1 (one insertion, deletion or substitution). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const shapesOf = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(vowelShape));
const COMMON_GIVEN_SHAPES = shapesOf(COMMON_GIVEN_NAMES);
const COMMON_SURNAME_SHAPES = shapesOf(COMMON_SURNAMES);

const COMMON_SPELLINGS = new Set(`${COMMON_GIVEN_NAMES} ${COMMON_SURNAMES}`.split(/\s+/).filter(Boolean));

/**
 * True when the token is spelt like a name common in the general population, up to vowels
 * and digraphs (so every Mohammed/Muhammad/Mohamed spelling is common, "Soltane" is not
 * "Sultan"). A listed surname is checked against surnames only ("Haniyeh" is not "Hannah");
 * given names and unmarked words against both lists (Chinese "Chen" is a given name too).
 */
export function isCommonName(token: NameToken): boolean {
  if (COMMON_SURNAME_SHAPES.has(token.shape)) return true;
  return token.role !== 'sur' && COMMON_GIVEN_SHAPES.has(token.shape);
}

/** A word as found in text is common when its exact spelling is in either list. */
export function isCommonSpelling(token: NameToken): boolean {
  return COMMON_SPELLINGS.has(token.norm);
}

const formsCache = new Map<string, { key: string; shape: string }>();

/** Key and shape of a folded word, memoised (list names repeat the same words a lot). */
export function wordForms(norm: string): { key: string; shape: string } {
  let forms = formsCache.get(norm);
  if (!forms) {
    const shape = vowelShape(norm);
    forms = { key: keyFromShape(shape), shape };
    if (formsCache.size < 100_000) formsCache.set(norm, forms);
  }
  return forms;
}

function makeTokens(text: string, role: TokenRole): NameToken[] {
  const words = foldName(text).split(' ').filter(Boolean);
  return words.map((norm) => ({
    norm,
    ...wordForms(norm),
    role,
    particle: PARTICLES.has(norm),
    initial: norm.length === 1 && !PARTICLES.has(norm),
  }));
}

/**
 * A name as written in a list. "SURNAME, Given Middle[, Jr.]" marks the surname
 * (OFAC); anything else is treated as natural order with no known surname (UN).
 */
export function tokeniseListedName(name: string): NameToken[] {
  const comma = name.indexOf(',');
  if (comma < 0) return makeTokens(name, 'any');
  return [...makeTokens(name.slice(0, comma), 'sur'), ...makeTokens(name.slice(comma + 1), 'given')];
}

/**
 * A name as found in text, in any order ("Vladimir Putin", "Kim Jong-un", "PUTIN, Vladimir").
 * Honorifics are dropped; roles are unknown.
 */
export function tokeniseQueryName(name: string): NameToken[] {
  const tokens = makeTokens(name.replace(/,/g, ' '), 'any');
  let start = 0;
  while (start < tokens.length - 1 && HONORIFICS.has((tokens[start] as NameToken).norm)) start++;
  return tokens.slice(start);
}

/** Folded words of a name part that can carry evidence (no particles, no initials). */
export function evidenceWords(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  const folded = /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase().replace(/['`]/g, '') : foldName(text);
  return folded.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !PARTICLES.has(w));
}

/** Tokens that carry evidence: not particles, not initials. */
export function informative(tokens: NameToken[]): NameToken[] {
  return tokens.filter((t) => !t.particle && !t.initial);
}

/** Jaro-Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!bHit[j] && a[i] === b[j]) {
        aHit[i] = bHit[j] = true;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
