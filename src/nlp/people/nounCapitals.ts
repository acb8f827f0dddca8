/**
 * Whether a text is written in German, where every noun is capitalised: there a capital letter
 * says little about names, and the recognizer (trained on English news) takes common nouns for
 * people ("Patientenakte", "Daten"). Told by German function words, which English text almost
 * never has: at least 20 of them, and 8 % of the words (German prose has about 25 %, an English
 * page quoting a German phrase well under 1 %).
 */
const GERMAN_FUNCTION_WORDS = new Set([
  'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'zu', 'den', 'dem', 'des', 'ein', 'eine', 'einer',
  'auf', 'für', 'sich', 'im', 'auch', 'werden', 'wird', 'bei', 'oder', 'wie', 'dass', 'sind', 'nach', 'aus', 'über', 'noch', 'kann',
  'von',
]);

/** Whether `word` (any case) is one of those German function words. */
export const isGermanFunctionWord = (word: string): boolean => GERMAN_FUNCTION_WORDS.has(word.toLowerCase());

export function capitalisesNouns(words: Array<{ text: string }>): boolean {
  let german = 0;
  for (const word of words) if (isGermanFunctionWord(word.text)) german++;
  return german >= 20 && german >= words.length * 0.08;
}
