import { Bloom } from './bloom.ts';
import { hashString } from './hash.ts';

/**
 * Word lists the features consult, each a Bloom filter over lowercased words.
 * They ship inside the model file (the runtime never sees the raw lists).
 */
export interface Lexicon {
  /** Clean English first names (stdlib datasets). */
  firstNames: Bloom;
  /** First and last names (cspell people-names). */
  peopleNames: Bloom;
  /** A large, noisy first/last name list (humannames): many common words too. */
  manyNames: Bloom;
  /** Words that are usually lowercase in running text (learned from unlabeled text). */
  lowerWords: Bloom;
  /** Words seen capitalized mid-sentence more often than lowercase. */
  capWords: Bloom;
  /** One-word city, province and country names (city-timezones): PER vs LOC. */
  places: Bloom;
  /** Words seen in lowercase (twice or more) in unlabeled running text at all: "brown", "bush" — not "putin". Read by a repair only, never a feature. */
  seenLower: Bloom;
}

export const LEXICON_KEYS = ['firstNames', 'peopleNames', 'manyNames', 'lowerWords', 'capWords', 'places', 'seenLower'] as const;

/** Typographic apostrophes as ASCII ones (most words have none: no replace then). */
export function foldApostrophes(w: string): string {
  return w.indexOf('\u2019') === -1 ? w : w.replace(/\u2019/g, "'");
}

/** Lowercase with typographic apostrophes folded, so lists and text agree. */
export function normalizeWord(w: string): string {
  return foldApostrophes(w).toLowerCase();
}

export function lexiconKey(w: string): number {
  return hashString(normalizeWord(w));
}
