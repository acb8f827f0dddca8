/**
 * Groups mentions into people within one document: "Kim Jong Un", "Kim" and
 * "Mr. Kim" (mention "Kim") are one person; "Putin" and "Vladimir Putin" too.
 * The canonical name is the fullest form seen (most tokens; normal case
 * preferred over ALL CAPS; then the longest, so initials lose; earliest on ties).
 */

export interface Mention { start: number; end: number; text: string }
export interface PersonFound { name: string; mentions: Mention[] }

interface Item { m: Mention; parts: string[]; caps: boolean }
interface Person { items: Item[]; full: Item; starts: number[] /* sorted mention starts */ }

/** Name parts, case-folded, periods and typographic apostrophes normalized. */
function partsOf(text: string): string[] {
  return text.replace(/\u2019/g, "'").toLowerCase().replace(/ё/g, 'е').split(/\s+/).filter(Boolean).map((p) => p.replace(/\.$/, ''));
}

/** Case endings of Russian (and its neighbours') names: "Андрей", "Андрея", "Андреем"; "Ольга", "Ольги"; "Калугина", "Калугиной". */
const CASE_ENDINGS = ['а', 'я', 'у', 'ю', 'е', 'и', 'ы', 'о', 'й', 'ь', 'ой', 'ей', 'ом', 'ем', 'ым', 'им', 'ую', 'юю', 'ая', 'яя', 'ое', 'ее',
  'ого', 'его', 'ому', 'ему', 'ых', 'их', 'ою', 'ею', 'ью', 'ами', 'ями'];
const CYRILLIC_WORD = /^[\u0430-\u044f\u0450-\u045f]+$/;

/** The word and what is left of it without each case ending it may have (at least two letters). */
function inflectionStems(word: string): string[] {
  const stems = [word];
  for (const ending of CASE_ENDINGS) if (word.length - ending.length >= 2 && word.endsWith(ending)) stems.push(word.slice(0, -ending.length));
  return stems;
}

/**
 * Names in Cyrillic are declined: "Андрей Рудьков" is "Андрея Рудькова" a sentence later. Parts
 * that share a stem once a case ending is taken off are one part here (each is mapped to the first
 * seen), so the grouping below sees one name. "Иван" and "Иванов" share none and stay apart.
 */
function unifyInflections(items: Item[]): void {
  const byStem = new Map<string, string>();
  const same = new Map<string, string>();
  const find = (w: string): string => {
    let r = w;
    while (same.get(r) !== r) r = same.get(r)!;
    return r;
  };
  for (const it of items) {
    for (const part of it.parts) {
      if (same.has(part) || !CYRILLIC_WORD.test(part)) continue;
      same.set(part, part);
      for (const stem of inflectionStems(part)) {
        const other = byStem.get(stem);
        if (other === undefined) byStem.set(stem, part);
        else if (find(other) !== find(part)) same.set(find(part), find(other));
      }
    }
  }
  if (!same.size) return;
  for (const it of items) it.parts = it.parts.map((part) => (same.has(part) ? find(part) : part));
}

/** Is `short` a contiguous run of `long` (token for token)? */
function containsRun(long: string[], short: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** "J. Smith" vs "John Smith": same surname, other parts equal or initial-compatible. */
function initialsCompatible(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a[a.length - 1] !== b[b.length - 1]) return false;
  for (let i = 0; i < a.length - 1; i++) {
    const x = a[i]!, y = b[i]!;
    if (x === y) continue;
    if (x.length === 1 ? y[0] !== x : y.length === 1 ? x[0] !== y : true) return false;
  }
  return true;
}

function matches(p: Person, it: Item): 'last' | 'other' | null {
  const full = p.full.parts, parts = it.parts;
  if (parts.length === 1) {
    const w = parts[0]!;
    if (full[full.length - 1] === w) return 'last';
    // Family name first (Kim Jong Un) or a surname with particles (de Gaulle).
    if (full.includes(w) && w.length > 1) return 'other';
    // Hyphenated surnames: "Smith" in "Jane Rees-Smith" is too loose; exact parts only.
    return null;
  }
  if (containsRun(full, parts) || initialsCompatible(full, parts)) return 'other';
  return null;
}

/** Largest value <= x in a sorted array, or -1 (binary search: pages can have thousands of mentions). */
function lastAtOrBefore(sorted: number[], x: number): number {
  let lo = 0, hi = sorted.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) { found = sorted[mid]!; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

function insertSorted(sorted: number[], x: number): void {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1; else hi = mid;
  }
  sorted.splice(lo, 0, x);
}

function isFuller(a: Item, b: Item): boolean {
  if (a.parts.length !== b.parts.length) return a.parts.length > b.parts.length;
  if (a.caps !== b.caps) return !a.caps;
  if (a.m.text.length !== b.m.text.length) return a.m.text.length > b.m.text.length; // "Johan" over "J."
  return a.m.start < b.m.start;
}

export function groupMentions(mentions: Mention[]): PersonFound[] {
  const items: Item[] = mentions.map((m) => ({
    m, parts: partsOf(m.text), caps: m.text === m.text.toUpperCase() && /\p{L}{2}/u.test(m.text),
  }));
  unifyInflections(items);
  // Longest first so short forms find the full name wherever it appears.
  const byLength = [...items].sort((a, b) => b.parts.length - a.parts.length || a.m.start - b.m.start);
  const people: Person[] = [];
  // part -> people with a mention containing it: candidates without a full scan.
  const index = new Map<string, Person[]>();
  const indexParts = (p: Person, parts: string[]): void => {
    for (const w of parts) {
      const list = index.get(w);
      if (!list) index.set(w, [p]);
      else if (!list.includes(p)) list.push(p);
    }
  };
  for (const it of byLength) {
    let best: Person | undefined, bestRank = -1;
    for (const p of index.get(it.parts[it.parts.length - 1]!) ?? []) {
      const kind = matches(p, it);
      if (!kind) continue;
      // Prefer surname matches, then the person mentioned most recently before this mention.
      const nearest = lastAtOrBefore(p.starts, it.m.start);
      const rank = (kind === 'last' ? 2 : 1) * 1e9 + (nearest >= 0 ? nearest + 1 : 0);
      if (rank > bestRank) { bestRank = rank; best = p; }
    }
    if (best) {
      best.items.push(it);
      insertSorted(best.starts, it.m.start);
      if (isFuller(it, best.full)) best.full = it;
      indexParts(best, it.parts);
    } else {
      const p: Person = { items: [it], full: it, starts: [it.m.start] };
      people.push(p);
      indexParts(p, it.parts);
    }
  }
  return people
    .map((p) => {
      const ms = p.items.map((x) => x.m).sort((a, b) => a.start - b.start);
      return { name: displayName(p).replace(/\s+/g, ' '), mentions: ms };
    })
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * The fullest name; when a declined language gives it in several cases ("Андрей Рудьков",
 * "Андрея Рудькова", "Андреем Рудьковым"), the shortest form, which is mostly the nominative,
 * then the one the article uses most, then the first it uses.
 */
function displayName(p: Person): string {
  const full = p.full;
  if (!/[\u0400-\u04ff]/.test(full.m.text)) return full.m.text;
  const counts = new Map<string, { n: number; start: number }>();
  for (const it of p.items) {
    if (it.caps !== full.caps || it.parts.length !== full.parts.length || it.parts.some((part, i) => part !== full.parts[i])) continue;
    const seen = counts.get(it.m.text);
    if (seen) { seen.n++; seen.start = Math.min(seen.start, it.m.start); } else counts.set(it.m.text, { n: 1, start: it.m.start });
  }
  let best = full.m.text, bestN = 0, bestStart = Infinity;
  for (const [text, { n, start }] of counts) {
    const better = bestN === 0 || text.length < best.length ||
      (text.length === best.length && (n > bestN || (n === bestN && start < bestStart)));
    if (better) [best, bestN, bestStart] = [text, n, start];
  }
  return best;
}
