/**
 * Whether a text is written in another language than English, in the Latin script. The
 * recognizer is trained on English news: in other languages its capital-letter evidence misleads
 * it. In German every noun has a capital ("Patientenakte", "Daten" taken for people); in
 * Portuguese, Italian, Spanish, French, Dutch or Indonesian the model takes sentence openers
 * after a dash or a speaker's colon ("Olá", "Então"), place and holiday names ("Marte", "Natale")
 * and phrases joined by "and" ("Sunni dan Syiah") for people. There only full names with a
 * listed first name count (index.ts).
 *
 * Told by each language's common function words, which English text almost never has: at least
 * 10 of one language's, and 6 % of the words, and more than English function words (German prose
 * has about 25 % of its own; an English page quoting a phrase or naming "da Silva" well under 1 %).
 * Words that are English too ("a", "do", "me", "in") are left out; particles that are also parts
 * of names in English text ("de", "da", "van", "del", "la", "le", "dos") count only where no
 * capitalised word follows ("22 de outubro", not "Marcos de Souza").
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'einer',
    'auf', 'für', 'sich', 'im', 'auch', 'werden', 'wird', 'bei', 'oder', 'wie', 'dass', 'sind', 'nach', 'aus', 'über', 'noch', 'kann'],
  pt: ['não', 'uma', 'para', 'com', 'os', 'em', 'que', 'se', 'mais', 'como', 'foi', 'são', 'ao', 'das', 'pelo', 'pela',
    'também', 'já', 'ele', 'ela', 'muito', 'está', 'isso', 'mas', 'na', 'no', 'às', 'à'],
  es: ['los', 'las', 'que', 'por', 'una', 'con', 'para', 'es', 'se', 'lo', 'como', 'más', 'pero', 'sus', 'ya', 'también',
    'fue', 'ha', 'muy', 'está', 'sobre', 'entre', 'cuando', 'y', 'en', 'al', 'este', 'esta'],
  it: ['il', 'che', 'della', 'per', 'non', 'una', 'sono', 'gli', 'nel', 'alla', 'anche', 'più', 'come', 'questo', 'ma',
    'delle', 'dei', 'si', 'è', 'ha', 'lo', 'degli', 'nella', 'con', 'un', 'ed', 'di'],
  fr: ['les', 'des', 'est', 'une', 'pour', 'dans', 'pas', 'sur', 'et', 'du', 'au', 'aux', 'qui', 'que', 'ce', 'avec',
    'sont', 'il', 'elle', 'nous', 'vous', 'mais', 'par', 'plus', 'été', 'cette', 'leur', 'un'],
  nl: ['het', 'een', 'niet', 'zijn', 'voor', 'met', 'ook', 'dat', 'wordt', 'worden', 'naar', 'bij', 'maar', 'nog',
    'heeft', 'hebben', 'deze', 'als', 'er', 'om', 'dan', 'ze', 'uit', 'wel', 'kan', 'door', 'en'],
  id: ['yang', 'dan', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke',
    'karena', 'ada', 'bisa', 'mereka', 'kita', 'saya', 'atau', 'oleh', 'sudah', 'telah', 'di'],
};
const PARTICLES: Record<string, string[]> = {
  de: [], pt: ['de', 'da', 'do', 'dos'], es: ['de', 'del', 'la', 'el'], it: ['la', 'le', 'del', 'da'],
  fr: ['de', 'la', 'le'], nl: ['van', 'de'], id: [],
};
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with',
  'by', 'from', 'it', 'is', 'was', 'that', 'this', 'he', 'she', 'they', 'his', 'her', 'be', 'are', 'as', 'not', 'have', 'has']);

const LANGUAGE_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) LANGUAGE_OF.set(word, [...(LANGUAGE_OF.get(word) ?? []), language]);
}

const PARTICLE_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(PARTICLES)) {
  for (const word of words) PARTICLE_OF.set(word, [...(PARTICLE_OF.get(word) ?? []), language]);
}

/** Whether `word` (any case) is a function word of `language` (a key of FUNCTION_WORDS). */
export const isFunctionWordOf = (language: string, word: string): boolean =>
  LANGUAGE_OF.get(word.toLowerCase())?.includes(language) ?? false;

/** The language of the text when it is not English (by its function words; see above), else null. */
export function otherLanguageOf(words: Array<{ text: string }>): string | null {
  const counts = new Map<string, number>();
  let english = 0, letters = 0;
  for (let i = 0; i < words.length; i++) {
    const text = words[i]!.text;
    const word = text.toLowerCase();
    if (/\p{L}/u.test(word)) letters++;
    if (ENGLISH_FUNCTION_WORDS.has(word)) english++;
    const particleOf = word === text && !/^\p{Lu}/u.test(words[i + 1]?.text ?? '') ? PARTICLE_OF.get(word) ?? [] : [];
    for (const language of [...(LANGUAGE_OF.get(word) ?? []), ...particleOf]) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best: string | null = null, most = 0;
  for (const [language, n] of counts) if (n > most) [best, most] = [language, n];
  // A short text (a news item of a few lines) has fewer of them, but more densely.
  return best && (most >= 10 ? most >= letters * 0.06 : most >= 5 && most >= letters * 0.12) && most > english ? best : null;
}
