/**
 * findPeople: the offline person recognizer. Tokenize (exact UTF-16 offsets),
 * tag with the trained averaged-perceptron model (Viterbi, document-level
 * features), keep PER spans, then group mentions into people.
 */
import { fromBase64Steps } from './base64.ts';
import { Shape, WordCache } from './features.ts';
import { groupMentions, type Mention, type PersonFound } from './group.ts';
import { notAPersonIn, onNameList } from './notPeople.ts';
import { decodeModelSteps, emitDense, WordRows, type RuntimeModel } from './model-format.ts';
import { PEOPLE_MODEL } from './model.generated.ts';
import { prepareDoc, tagDocSteps, type Scorer } from './tagger.ts';
import { runToEnd, type Steps } from '../../shared/steps.ts';
import { isFunctionWordOf, otherLanguageOf } from './otherLanguages.ts';
import { writtenInOtherScript } from './otherScripts.ts';
import { tokenize } from './tokenize.ts';

export type { Mention, PersonFound } from './group.ts';

let loaded: { model: RuntimeModel; scorer: Scorer; cache: WordCache } | undefined;

/** Decodes the model once, on first use. */
export function loadPeopleModel(): { model: RuntimeModel; scorer: Scorer; cache: WordCache } {
  return runToEnd(loadPeopleModelSteps());
}

function* loadPeopleModelSteps(): Steps<{ model: RuntimeModel; scorer: Scorer; cache: WordCache }> {
  if (loaded) return loaded;
  const model = yield* decodeModelSteps(yield* fromBase64Steps(PEOPLE_MODEL));
  const wordRows = new WordRows(model);
  const scorer: Scorer = {
    bits: model.bits, trans: model.trans,
    emit: (ids, a, b, out, o) => emitDense(model, ids, a, b, out, o),
    addWordRows: (words, a, b, kind, out) => wordRows.addSentence(words, a, b, kind, out),
  };
  loaded = { model, scorer, cache: new WordCache(model.lexicon) };
  return loaded;
}

const B_PER = 1, I_PER = 2;

/** Pronouns and interjections: a span of nothing else ("Oh I", the refrain of a song, line after capitalised line) is no person. */
const NEVER_NAMES = new Set(['i', 'oh', 'ooh', 'ah', 'o', 'yeah', 'hey', 'yes', 'no', 'baby', 'my', 'me', 'you', 'we']);
/**
 * Function words: a span of nothing else (with pronouns and interjections) is no person either
 * ("The", "All" opening the lines of a plain-text document) — unless the word is part of a
 * longer name in the same text, beside a listed first or last name: a few are surnames too
 * ("Mai Her" … "Her said", "To Lam" … "To said").
 */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'all', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for',
  'with', 'by', 'from', 'it', 'its', 'he', 'she', 'they', 'his', 'her', 'their', 'our', 'your', 'if', 'as',
]);

/** A word without its accents ("José" → "Jose"). */
const foldAccents = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/** Words that open a span the model tags but no name: a byline's "By", greetings and calls ("Hey Siri", "Paging Alexa"). */
const OPENERS_NOT_NAMES = new Set(['By', 'Hey', 'Hi', 'Hello', 'Dear', 'Paging', 'OK', 'Okay']);

/** Whether tokens a..b hold a word, other than a function word, on the first-name or people-name lists. */
function hasListedName(tokens: Array<{ text: string }>, words: Array<{ gaz: number }>, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (onNameList(words[t]!) && !FUNCTION_WORDS.has(tokens[t]!.text.toLowerCase())) return true;
  return false;
}

/**
 * The mentions of a text in another language (otherLanguages.ts) that are names: full names with a
 * capitalised first name from the list before their last word ("Jens Albers", "Hasan Basri"
 * after "Ustaz", "Christian Lell" after "Fußballer"), and single words that are part of one
 * ("Albers" later on). A listed word at the end
 * is no first name ("Dodici Case", Italian "twelve houses"; "Khalifah Ali"), nor is a function
 * word of that language on the list ("Ada", Indonesian "there is") or a lowercase particle
 * ("de Belo Horizonte").
 */
function withFirstNames(language: string, mentions: Mention[], ranges: Array<[number, number]>, tokens: Array<{ text: string; start: number }>, words: Array<{ gaz: number }>,
  listedWithoutAccents: (word: string) => boolean): Mention[] {
  const spans = mentions.map((m, i) => ({ m, a: ranges[i]![0], b: ranges[i]![1] }));
  const isFirstName = (t: number): boolean => {
    const word = tokens[t]!.text;
    // The lists are English: "María", "José" and "François" are listed as "Maria", "Jose" and "Francois".
    // German nouns with umlauts are not names without them ("Öle", oils, is no "Ole").
    const listed = (words[t]!.gaz & 1) !== 0 || (language !== 'de' && word.length > 1 && listedWithoutAccents(word));
    return listed && /^\p{Lu}/u.test(word) && !isFunctionWordOf(language, word) && !FUNCTION_WORDS.has(word.toLowerCase());
  };
  // A first name is followed by a surname: "Ustaz Hasan Basri" is one, "Khalifah Ali" is not. The
  // name starts at its first name: a noun before it is no part of it ("Fußballer Christian Lell").
  const full = new Map<number, { m: Mention; a: number; b: number }>();
  spans.forEach(({ m, a, b }, i) => {
    if (b - a < 2) return;
    let f = a;
    while (f < b - 1 && !isFirstName(f)) f++;
    if (f === b - 1) return;
    const start = tokens[f]!.start;
    full.set(i, { m: f === a ? m : { start, end: m.end, text: m.text.slice(start - m.start) }, a: f, b });
  });
  const parts = new Set([...full.values()].flatMap(({ a, b }) => tokens.slice(a, b).map((t) => t.text)));
  // A surname alone, also after a word the model took into the span ("Selon Garnier").
  return mentions.flatMap((m, i) => {
    if (full.has(i)) return [full.get(i)!.m];
    const last = tokens[spans[i]!.b - 1]!;
    if (!parts.has(last.text)) return [];
    return spans[i]!.b - spans[i]!.a === 1 ? [m] : [{ start: last.start, end: m.end, text: m.text.slice(last.start - m.start) }];
  });
}

/**
 * Words shaped like a product's or a site's name, never a person's: one lowercase letter before a
 * capital ("iPhone", "eGift", "i-Size"), a run of capitals before lowercase ("ZDNet", "OAuth") or two or three
 * capitals ending a word after lowercase ("PostgreSQL", "MySQL"). Particles stay ("deCasparis",
 * "McNamara", "LaToya"), and so do names in capitals ("McDONALD").
 */
const PRODUCT_SHAPE = /^(?:\p{Ll}-?\p{Lu}|\p{Lu}{2,}\p{Ll}{2})|\p{Ll}\p{Lu}{2,3}$/u;

/** Letters and digits in one word: a model's name ("G3", "X1", "5G"), never a person's. */
const MODEL_NUMBER = /\p{L}\d|\d\p{L}/u;

/** Whether tokens a..b hold a word that can be a name: 'never' none (or a product's word among them), 'unless-named' only function words among them. */
function nameWords(tokens: Array<{ text: string }>, a: number, b: number): 'yes' | 'unless-named' | 'never' {
  let functionWord = false;
  for (let t = a; t < b; t++) if (PRODUCT_SHAPE.test(tokens[t]!.text) || MODEL_NUMBER.test(tokens[t]!.text)) return 'never';
  for (let t = a; t < b; t++) {
    const word = tokens[t]!.text.toLowerCase();
    if (FUNCTION_WORDS.has(word)) functionWord = true;
    else if (!NEVER_NAMES.has(word)) return 'yes';
  }
  return functionWord ? 'unless-named' : 'never';
}

function sentStartAt(sentences: Array<[number, number]>, t: number): boolean {
  // Binary search: sentences are sorted and contiguous.
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, [a, b] = sentences[mid]!;
    if (t < a) hi = mid - 1;
    else if (t >= b) lo = mid + 1;
    else return t === a;
  }
  return false;
}

/**
 * Person mentions (token spans tagged PER), cleaned of stray punctuation, as steps (model load,
 * tokenizing, each sentence of each pass), so the work can be sliced; with the text's language when
 * it reads as another than English (otherLanguages.ts).
 */
function* findMentionsSteps(text: string): Steps<{ mentions: Mention[]; language: string | null }> {
  const { scorer, cache } = yield* loadPeopleModelSteps();
  yield;
  const { tokens, sentences } = tokenize(text);
  if (tokens.length === 0) return { mentions: [], language: null };
  yield;
  const words = new Array<ReturnType<WordCache['get']>>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    words[i] = cache.get(tokens[i]!.text);
    if ((i & 1023) === 1023) yield;
  }
  yield;
  const tags = yield* tagDocSteps(prepareDoc(words, sentences), scorer);
  // In another language (German capitalises every noun; others lead the model astray too) only a
  // full name with a listed first name counts, and then its words alone (a surname) too.
  const language = otherLanguageOf(tokens);
  const mentions: Mention[] = [];
  /** Each mention's tokens, a..b. */
  const ranges: Array<[number, number]> = [];
  // Spans of function words wait until the end: each is kept if one of its words is part of a longer name.
  const doubtful = new Map<Mention, string[]>();
  const inNames = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== B_PER && tags[i] !== I_PER) continue;
    let j = i + 1;
    while (j < tokens.length && tags[j] === I_PER) j++;
    // East Asian given-name syllables ("Kim Jong" + "Un") read as common words
    // ("un") to the model; a short capitalized known name part right after a
    // multi-word name, in the same sentence, completes it.
    const nx = words[j];
    const nextFree = tags[j] === 0 || (tags[j] === B_PER && tags[j + 1] !== I_PER);
    if (nx && j - i >= 2 && nextFree && nx.cls === Shape.Title && tokens[j]!.text.length <= 3 &&
      nx.gaz & 2 && !nx.isTitle && tokens[j]!.start === tokens[j - 1]!.end + 1 && !sentStartAt(sentences, j)) j++;
    let a = i, b = j;
    // Never start or end on punctuation, a title or a possessive, nor start on a byline's "By" or a
    // greeting ("Hey Siri", "Paging Alexa"), nor end on a lowercase function word ("Arduino and").
    while (a < b && (words[a]!.cls === Shape.Punct || words[a]!.isTitle || (b - a >= 2 && OPENERS_NOT_NAMES.has(tokens[a]!.text)))) a++;
    while (b > a && (words[b - 1]!.cls === Shape.Punct || /^['\u2019]s?$/i.test(tokens[b - 1]!.text) || FUNCTION_WORDS.has(tokens[b - 1]!.text))) b--;
    const kind = b > a ? nameWords(tokens, a, b) : 'never';
    if (kind !== 'never') {
      const start = tokens[a]!.start, end = tokens[b - 1]!.end;
      const mention = { start, end, text: text.slice(start, end) };
      mentions.push(mention);
      ranges.push([a, b]);
      if (kind === 'unless-named') doubtful.set(mention, tokens.slice(a, b).map((t) => t.text.toLowerCase()));
      else if (b - a >= 2 && hasListedName(tokens, words, a, b)) for (let t = a; t < b; t++) inNames.add(tokens[t]!.text.toLowerCase());
    }
    i = j - 1;
  }
  if (language) {
    return {
      mentions: withFirstNames(language, mentions, ranges, tokens, words, (word) => {
        const folded = foldAccents(word);
        return folded !== word && (cache.get(folded).gaz & 1) !== 0;
      }),
      language,
    };
  }
  const named = doubtful.size ? mentions.filter((m) => doubtful.get(m)?.some((word) => FUNCTION_WORDS.has(word) && inNames.has(word)) ?? true) : mentions;
  if (!writtenInOtherScript(tokens)) return { mentions: named, language };
  // A sentence opens at its first word, after any dash, quote or bullet ("— Когда я была…").
  const opensSentence = (t: number): boolean => {
    let s = t;
    while (s > 0 && words[s - 1]!.cls === Shape.Punct && !sentStartAt(sentences, s)) s--;
    return sentStartAt(sentences, s);
  };
  return { mentions: withoutLoneOpeners(named, mentions, ranges, tokens, opensSentence), language };
}

/**
 * In a text of another script (otherScripts.ts), a one-word mention that opens a sentence is a
 * name only if the word is also part of a longer mention ("Олег Ильин" … "Ильин сказал").
 */
function withoutLoneOpeners(kept: Mention[], all: Mention[], ranges: Array<[number, number]>, tokens: Array<{ text: string }>, opensSentence: (t: number) => boolean): Mention[] {
  const parts = new Set<string>();
  all.forEach((_, i) => {
    const [a, b] = ranges[i]!;
    if (b - a >= 2) for (let t = a; t < b; t++) parts.add(tokens[t]!.text.toLowerCase());
  });
  const rangeOf = new Map(all.map((m, i) => [m, ranges[i]!]));
  return kept.filter((m) => {
    const [a, b] = rangeOf.get(m)!;
    return b - a >= 2 || !opensSentence(a) || parts.has(m.text.toLowerCase());
  });
}

export function findPeople(text: string): PersonFound[] {
  return runToEnd(findPeopleSteps(text));
}

export function* findPeopleSteps(text: string): Steps<PersonFound[]> {
  return (yield* findPeopleAndLanguageSteps(text)).people;
}

/**
 * The people, and the text's language when it reads as another than English (by its function
 * words: otherLanguages.ts), which the people finder works out anyway and the claim finder needs.
 */
export function* findPeopleAndLanguageSteps(text: string): Steps<{ people: PersonFound[]; language: string | null }> {
  const { mentions, language } = yield* findMentionsSteps(text);
  yield;
  const { cache } = yield* loadPeopleModelSteps();
  const notAPerson = notAPersonIn(text, cache);
  return { people: groupMentions(mentions).filter((person) => !notAPerson(person)), language };
}
