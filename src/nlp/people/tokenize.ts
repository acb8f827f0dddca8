/**
 * Tokenizer with exact UTF-16 offsets, close to CoNLL-2003's tokenization so
 * the trained model sees at run time the tokens it saw in training: punctuation
 * apart, possessive "'s" apart, abbreviations ("U.S.", "Mr.", "J.") whole,
 * hyphens and inner apostrophes kept ("al-Assad", "O'Neill").
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Tokenized {
  tokens: Token[];
  /** Sentence boundaries as [firstToken, endToken) pairs, in order. */
  sentences: Array<[number, number]>;
}

const ABBREVIATIONS = new Set(
  ('mr mrs ms dr st jr sr gen lt col sen rep gov inc corp ltd co vs no prof capt sgt maj rev mt ft ' +
    'messrs mme mlle gov pres adm cmdr cpl pvt supt insp det jan feb mar apr aug sep sept oct nov dec')
    .split(' '),
);

function isWordChar(c: number): boolean {
  // ASCII letters/digits fast path, then anything outside ASCII that is a letter.
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c));
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0xfeff;
}

/** A trailing "." belongs to the word: initials, "U.S.", known abbreviations. */
function keepsPeriod(core: string): boolean {
  if (core.length === 1) return /\p{Lu}/u.test(core);
  if (/^(\p{L}\.)+\p{L}$/u.test(core)) return true;
  return ABBREVIATIONS.has(core.toLowerCase());
}

const APOSTROPHES = "'\u2019";

// One shared pusher instead of a closure per chunk (allocation in a hot loop).
let current: { text: string; out: Token[] } = { text: '', out: [] };
function pushToken(a: number, b: number): void {
  current.out.push({ text: current.text.slice(a, b), start: a, end: b });
}

/**
 * Splits one whitespace-free chunk [s, e) of text into tokens. At a line start,
 * "1." is a list number (results tables), not a number ending a sentence.
 */
function splitChunk(text: string, s: number, e: number, out: Token[], lineStart: boolean): void {
  const push = pushToken;
  current = { text, out };
  let hasWord = false, allWord = true;
  for (let i = s; i < e; i++) {
    if (isWordChar(text.charCodeAt(i))) hasWord = true;
    else allWord = false;
  }
  if (allWord) { push(s, e); return; } // the common case: a plain word or number
  if (!hasWord) { push(s, e); return; } // "--", "...", "(": punctuation stays whole
  const chunk = text.slice(s, e);
  if (/^['\u2019](s|S|d|ll|re|ve|m)$/.test(chunk)) { push(s, e); return; }
  // Leading punctuation, one character at a time; a sign or decimal point
  // before a digit ("+48", ".496") stays with the number.
  while (s < e && !isWordChar(text.charCodeAt(s))) {
    const c = text[s]!;
    if ((c === '+' || c === '-' || c === '.') && s + 1 < e && /\d/.test(text[s + 1]!)) break;
    push(s, s + 1);
    s++;
  }
  // Trailing punctuation: collected right to left, emitted after the core.
  const tail: Array<[number, number]> = [];
  while (e > s && !isWordChar(text.charCodeAt(e - 1))) {
    const c = text[e - 1]!;
    if (c === '.' && (keepsPeriod(text.slice(s, e - 1)) || (lineStart && /^\d{1,2}$/.test(text.slice(s, e - 1))))) break;
    // A run of the same mark ("..." or "!!") is one token.
    let b = e - 1;
    while (b > s && text[b - 1] === c) b--;
    tail.push([b, e]);
    e = b;
  }
  // Possessives: "Kim's" -> "Kim" + "'s"; "Jones'" -> "Jones" + "'".
  const core = text.slice(s, e);
  if (core.length > 2 && /['\u2019][sS]$/.test(core)) {
    push(s, e - 2);
    push(e - 2, e);
  } else if (core.length > 2 && APOSTROPHES.includes(core[core.length - 1]!) && /s$/i.test(core.slice(0, -1))) {
    push(s, e - 1);
    push(e - 1, e);
  } else if (core.length > 0) {
    push(s, e);
  }
  for (let k = tail.length - 1; k >= 0; k--) push(tail[k]![0], tail[k]![1]);
}

const SENTENCE_END = new Set(['.', '!', '?', '...', '\u2026', '?!', '!?']);

const CLOSING_QUOTES = new Set(['"', '\u201d', "'", '\u2019', ')', ']']);

function lineBreakSince(text: string, prev: Token | undefined, i: number): boolean {
  return !prev || text.slice(prev.end, i).includes('\n');
}

function restOfLineEmpty(text: string, j: number): boolean {
  while (j < text.length && text[j] !== '\n') {
    if (!isSpace(text.charCodeAt(j))) return false;
    j++;
  }
  return true;
}

export function tokenize(text: string): Tokenized {
  const tokens: Token[] = [];
  const sentences: Array<[number, number]> = [];
  let sentStart = 0;
  const close = (): void => {
    if (tokens.length > sentStart) sentences.push([sentStart, tokens.length]);
    sentStart = tokens.length;
  };
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 0x2029) close(); // a line is at most one sentence's tail
      i++;
      continue;
    }
    let j = i;
    while (j < n && !isSpace(text.charCodeAt(j))) j++;
    const before = tokens.length;
    const justClosed = sentStart === tokens.length && sentences.length > 0 &&
      sentences[sentences.length - 1]![1] === tokens.length && !lineBreakSince(text, tokens[tokens.length - 1], i);
    // "Mendes/Reuters" (photo credits): a slash between letters separates words.
    let from = i;
    for (let k = i + 1; k < j - 1; k++) {
      if (text[k] === '/' && /\p{L}/u.test(text[k - 1]!) && /\p{L}/u.test(text[k + 1]!)) {
        splitChunk(text, from, k, tokens, sentStart === tokens.length);
        tokens.push({ text: '/', start: k, end: k + 1 });
        from = k + 1;
      }
    }
    splitChunk(text, from, j, tokens, sentStart === tokens.length);
    // A lone closing quote ending the line belongs to the sentence just closed.
    if (justClosed && tokens.length === before + 1 && CLOSING_QUOTES.has(tokens[before]!.text) && restOfLineEmpty(text, j)) {
      sentStart = sentences.pop()![0];
    }
    // Sentence break after ".", "!" or "?" (possibly followed by a closing
    // quote or bracket) when the next chunk starts like a sentence.
    let lastIdx = tokens.length - 1;
    while (lastIdx > before && CLOSING_QUOTES.has(tokens[lastIdx]!.text)) lastIdx--;
    const last = tokens[lastIdx];
    if (last && tokens.length > before && SENTENCE_END.has(last.text)) {
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
      const next = text[k] ?? '';
      if (next === '' || /[\p{Lu}"'\u201c\u2018(\d]/u.test(next)) close();
    }
    i = j;
  }
  close();
  return { tokens, sentences };
}
