/**
 * Sentence segmentation for news text.
 *
 * Rule-based on purpose: it runs in the page on every article, must be
 * deterministic, and its failure modes in news are well known — abbreviations
 * ("U.N.", "Mr.", "Jan.", "Corp."), initials ("J. R. R. Tolkien"), decimals
 * ("3.5"), ellipses, quotes that close after the full stop, and headlines or
 * captions that have no full stop at all (a line break ends a sentence).
 *
 * Offsets are UTF-16 code units into `text`, end exclusive, trimmed of
 * surrounding whitespace.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Titles and name parts that are (almost) never sentence-final. */
const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt', 'sgt',
  'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'st', 'mt', 'ft', 'fr', 'sr', 'messrs', 'brig',
  'no', 'nos', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'ca', 'fig', 'vol', 'pp', 'art', 'sec',
]);

/**
 * Abbreviations that often sit inside a sentence but can also end one
 * ("... bought Acme Corp. The deal ..."): split only when the next word is a
 * typical sentence opener.
 */
const AMBIGUOUS_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'corp', 'inc', 'ltd', 'co', 'plc', 'bros', 'jr', 'etc', 'dept', 'univ', 'assn', 'ave', 'rd',
  'a.m', 'p.m', 'mln', 'bln', 'dlrs', 'pct',
]);

/** Words that commonly open a new sentence after an abbreviation or acronym. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these',
  'those', 'there', 'but', 'and', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after',
  'before', 'as', 'his', 'her', 'their', 'our', 'some', 'many', 'most', 'no', 'yet', 'however',
  'meanwhile', 'also', 'both', 'officials', 'analysts', 'critics',
]);

const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']']);
const TERMINATORS = new Set(['.', '!', '?', '\u2026']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || (ch !== undefined && /\s/.test(ch));
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The word (letters and inner dots) that ends right before index `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot);
}

/** The next word after the whitespace that starts at `from`, quotes stripped. */
function wordAfter(text: string, from: number): string {
  const m = /^\s*["'\u201C\u2018(]*([A-Za-z]+)/.exec(text.slice(from, from + 40));
  return m?.[1] ?? '';
}

/**
 * Decide whether the terminator run ending at `endOfRun` (exclusive, closers
 * included) with its last terminator at `dot` closes the sentence.
 */
function isBoundary(text: string, dot: number, endOfRun: number): boolean {
  // Next non-space character on the same line: lowercase means the sentence goes on
  // ("U.S. and South Korean", "he paused... then").
  let j = endOfRun;
  while (j < text.length && isSpace(text[j]) && text[j] !== '\n') j++;
  if (j >= text.length || text[j] === '\n') return true;
  if (j === endOfRun) return false; // no whitespace after: "3.5", "U.N.", "example.com"
  const next = text[j];
  if (isLower(next)) return false;
  if (next !== undefined && /[,;:]/.test(next)) return false;
  if (text[dot] !== '.') return true; // "!", "?", "…" before an uppercase word

  const word = wordBefore(text, dot);
  const bare = word.replace(/^\.+/, '').toLowerCase();
  const opener = SENTENCE_OPENERS.has(wordAfter(text, endOfRun).toLowerCase());
  if (word.endsWith('..')) return true; // ASCII ellipsis
  if (TITLE_ABBREVIATIONS.has(bare)) return false;
  if (AMBIGUOUS_ABBREVIATIONS.has(bare)) return opener;
  // Dotted acronyms ("U.N.", "U.S.") and single initials ("J.", "R.").
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || /^[A-Z]$/.test(word)) return opener;
  return true;
}

/**
 * The longest span returned as one sentence. A longer run without a boundary is no sentence
 * (a list, a log line, a page without full stops): it is cut at the last space before this
 * length, so that rules which look across a whole sentence stay linear in the text.
 */
export const MAX_SENTENCE_CHARS = 1000;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;

  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      const space = text.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
      const cut = space > s ? space : s + MAX_SENTENCE_CHARS;
      push(s, cut);
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) spans.push({ start: s, end: e });
  };

  let i = 0;
  while (i < text.length) {
    // By char code: this loop visits every character, and nearly all are none of these.
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13 && c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) { i++; continue; }
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      // A line break ends a sentence (headlines, captions, list items).
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (TERMINATORS.has(ch)) {
      let k = i;
      while (k < text.length && TERMINATORS.has(text[k] ?? '')) k++;
      const lastTerminator = k - 1;
      while (k < text.length && CLOSERS.has(text[k] ?? '')) k++;
      if (isBoundary(text, lastTerminator, k)) {
        push(start, k);
        start = k;
      }
      i = k;
      continue;
    }
    i++;
  }
  push(start, text.length);
  return spans;
}
