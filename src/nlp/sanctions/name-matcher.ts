/**
 * Sanctions name matcher over any `SanctionsIndex`. Built once (blocking by phonetic key of
 * the surname tokens), then each lookup scores a handful of candidate names.
 *
 * A candidate name is accepted only when
 *   - the query has ≥ 2 informative tokens (a single token never matches),
 *   - every informative query token matches a distinct token of the listed name (exactly, or
 *     by phonetic key + vowel shape within one edit + Jaro-Winkler ≥ 0.75 or same shape),
 *     so "Kim Jong Nam" ≠ "KIM, Jong Un",
 *   - the listed first surname and first given name are among them (≥ 2 tokens when the
 *     list gives no surname),
 *   - and the evidence is specific: one matched listed token is rare (not shaped like a common
 *     name, in ≤ RARE_DF listed entries, ≥ 3 letters) and the query's spelling of it is not a
 *     common name either; or else the full listed name (≥ 3 tokens, middle names included)
 *     is matched, scored ×0.9.
 * Score = product of per-token quality and penalties for listed tokens the query lacks;
 * matches below MATCH_THRESHOLD are dropped.
 */
import type { SanctionsEntry, SanctionsIndex } from './sanctions-entry.ts';
import {
  evidenceWords, informative, isCommonName, isCommonSpelling, jaroWinkler, tokeniseListedName,
  tokeniseQueryName, withinOneEdit, wordForms, type NameToken,
} from './name-normalise.ts';

export interface SanctionsMatch { list: string; entry: string; program: string; listDate: string; score: number }

export interface SanctionsMatcher {
  match(personName: string, mentions?: string[]): SanctionsMatch[];
  /** Number of entries and of name variants indexed. */
  readonly size: { entries: number; names: number };
}

/** Lowest score returned to a reader. */
export const MATCH_THRESHOLD = 0.85;
/** A token in more listed entries than this is not "rare" evidence. */
export const RARE_DF = 15;
const MAX_RESULTS = 5;
/** Score factors. */
const PHONETIC_STRONG = 0.96; // key equal, Jaro-Winkler ≥ 0.9
const PHONETIC = 0.92; // key equal, JW ≥ 0.8
const PHONETIC_WEAK = 0.85; // key equal, JW ≥ 0.75
const MISSING_GIVEN = 0.97; // listed middle name / patronymic absent from the query
const MISSING_SURNAME = 0.93; // second listed surname absent from the query
const UNMATCHED_INITIAL = 0.85; // query initial with no listed token to fit
const FULL_NAME_ONLY = 0.9; // accepted only because the whole (common) name matched

/** A listed name; tokenised on first use (most names are never a candidate). */
interface Variant { entry: number; name: string; parsed?: ParsedVariant | null }

interface ParsedVariant {
  tokens: NameToken[];
  hasSurname: boolean;
  /** Adjacent listed tokens written as one ("Abdul Rahman" → "abdulrahman"), by first index. */
  joined: NameToken[];
  /** Keys of tokens and joined pairs: a query token whose key is not here cannot match. */
  keys: string[];
}

function parseVariant(name: string): ParsedVariant | null {
  const tokens = informative(tokeniseListedName(name));
  if (tokens.length < 2) return null;
  const joined = tokens.slice(0, -1).map((t, i) => concatToken(t, tokens[i + 1] as NameToken));
  const keys = [...new Set([...tokens, ...joined].map((t) => t.key))];
  return { tokens, hasSurname: tokens.some((t) => t.role === 'sur'), joined, keys };
}

function tokenQuality(q: NameToken, n: NameToken): number {
  if (q.norm === n.norm) return 1;
  if (q.key !== n.key || !withinOneEdit(q.shape, n.shape)) return 0;
  const sim = jaroWinkler(q.norm, n.norm);
  if (sim >= 0.9) return PHONETIC_STRONG;
  if (sim >= 0.8) return PHONETIC;
  // Short names score low on Jaro-Winkler (Jon/Jun 0.73): a same vowel shape is enough.
  return sim >= 0.75 || q.shape === n.shape ? PHONETIC_WEAK : 0;
}

function concatToken(a: NameToken, b: NameToken): NameToken {
  const norm = a.norm + b.norm;
  return { ...a, norm, ...wordForms(norm) };
}

export function createSanctionsMatcher(index: SanctionsIndex): SanctionsMatcher {
  const variants: Variant[] = [];
  const blocks = new Map<string, number[]>();
  const df = new Map<string, number>();

  // Blocking: each name under the phonetic keys of its surname words (of all its words when
  // the list marks no surname). Only folding happens here; names are tokenised when first needed.
  index.entries.forEach((entry: SanctionsEntry, entryNo) => {
    const seenWords = new Set<string>();
    for (const name of entry.names) {
      const comma = name.indexOf(',');
      const blockWords = evidenceWords(comma < 0 ? name : name.slice(0, comma));
      const otherWords = comma < 0 ? [] : evidenceWords(name.slice(comma + 1));
      if (blockWords.length === 0 || blockWords.length + otherWords.length < 2) continue;
      const id = variants.push({ entry: entryNo, name }) - 1;
      for (const key of new Set(blockWords.map((w) => wordForms(w).key))) {
        const list = blocks.get(key);
        if (list) list.push(id);
        else blocks.set(key, [id]);
      }
      for (const w of blockWords) seenWords.add(w);
      for (const w of otherWords) seenWords.add(w);
    }
    for (const w of seenWords) df.set(w, (df.get(w) ?? 0) + 1);
  });

  const isRare = (t: NameToken): boolean => t.norm.length >= 3 && !isCommonName(t) && (df.get(t.norm) ?? 0) <= RARE_DF;

  function scoreVariant(query: NameToken[], initials: NameToken[], variant: Variant): number {
    if (variant.parsed === undefined) variant.parsed = parseVariant(variant.name);
    const v = variant.parsed;
    if (!v || !query.every((q) => v.keys.includes(q.key))) return 0;
    const used = new Array<boolean>(v.tokens.length).fill(false);
    const pending = [...query];
    let score = 1;
    const matched: NameToken[] = [];
    /** Query tokens matched one-to-one, and their listed tokens: where rare evidence can come from. */
    const pairs: [NameToken, NameToken][] = [];
    // Exact spellings first, then phonetic variants, so a variant never steals an exact pair.
    for (const exactPass of [true, false]) {
      for (let qi = 0; qi < pending.length; qi++) {
        const q = pending[qi] as NameToken;
        let best = -1;
        let bestQ = 0;
        v.tokens.forEach((n, ni) => {
          if (used[ni]) return;
          const quality = tokenQuality(q, n);
          if (quality > bestQ && (!exactPass || quality === 1)) { best = ni; bestQ = quality; }
        });
        if (best < 0) continue;
        used[best] = true;
        score *= bestQ;
        matched.push(v.tokens[best] as NameToken);
        pairs.push([q, v.tokens[best] as NameToken]);
        pending.splice(qi--, 1);
      }
    }
    // Joined forms: query "Abdulrahman" vs listed "Abdul Rahman".
    for (let qi = 0; qi < pending.length; qi++) {
      const q = pending[qi] as NameToken;
      for (let ni = 0; ni < v.joined.length; ni++) {
        if (used[ni] || used[ni + 1]) continue;
        const quality = tokenQuality(q, v.joined[ni] as NameToken);
        if (!quality) continue;
        used[ni] = used[ni + 1] = true;
        score *= quality;
        matched.push(v.tokens[ni] as NameToken, v.tokens[ni + 1] as NameToken);
        pending.splice(qi--, 1);
        break;
      }
    }
    if (pending.length) return 0;
    if (v.hasSurname) {
      // The first surname and the first given name must be there: "Alfonso Rios" is not
      // "BARRERA RIOS, Alfonso", and "Saddam Hussein" is not his son "Uday Saddam Hussein".
      const firstSur = v.tokens.find((t) => t.role === 'sur');
      const firstGiven = v.tokens.find((t) => t.role === 'given');
      if (!firstSur || !matched.includes(firstSur)) return 0;
      if (firstGiven && !matched.includes(firstGiven)) return 0;
    } else if (matched.length < 2) return 0;
    for (const initial of initials) {
      const fit = v.tokens.findIndex((n, ni) => !used[ni] && n.role !== 'sur' && n.norm[0] === initial.norm);
      if (fit >= 0) used[fit] = true;
      else score *= UNMATCHED_INITIAL;
    }
    let missing = 0;
    v.tokens.forEach((n, ni) => {
      if (used[ni]) return;
      missing++;
      score *= n.role === 'sur' ? MISSING_SURNAME : MISSING_GIVEN;
    });
    if (!pairs.some(([q, n]) => isRare(n) && !isCommonSpelling(q))) {
      if (missing === 0 && matched.length >= 3) score *= FULL_NAME_ONLY;
      else return 0;
    }
    return score;
  }

  function matchOne(name: string, best: Map<number, number>): void {
    const tokens = tokeniseQueryName(name);
    const query = informative(tokens);
    if (query.length < 2) return;
    const initials = tokens.filter((t) => t.initial);
    const candidates = new Set<number>();
    for (const q of query) for (const id of blocks.get(q.key) ?? []) candidates.add(id);
    for (const id of candidates) {
      const v = variants[id] as Variant;
      const score = scoreVariant(query, initials, v);
      if (score >= MATCH_THRESHOLD && score > (best.get(v.entry) ?? 0)) best.set(v.entry, score);
    }
  }

  return {
    size: { entries: index.entries.length, names: variants.length },
    match(personName: string, mentions: string[] = []): SanctionsMatch[] {
      const best = new Map<number, number>();
      for (const name of new Set([personName, ...mentions])) matchOne(name, best);
      return [...best.entries()]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, MAX_RESULTS)
        .map(([entryNo, score]) => {
          const entry = index.entries[entryNo] as SanctionsEntry;
          return {
            list: index.list,
            entry: entry.names[0] ?? '',
            program: entry.program,
            listDate: index.listDate,
            score: Math.round(score * 1000) / 1000,
          };
        });
    },
  };
}
