/**
 * Whether a text is written mostly in another cased script than Latin (Cyrillic, Greek,
 * Armenian…). The recognizer's word lists are English: in such a text every word is unknown to
 * them, so a capital at the start of a sentence says nothing, and the model takes the first word
 * of many sentences for a name ("Когда", "Думаю"). Told by letters: more than half of them
 * outside the Latin script, and at least 200 of those (a Latin page quoting a Russian name is not one).
 */
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export function writtenInOtherScript(words: Array<{ text: string }>): boolean {
  let latin = 0, other = 0;
  for (const { text } of words) {
    for (const ch of text) {
      if (ch < '\u0080') {
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) latin++;
      } else if (LATIN.test(ch)) latin++;
      else if (LETTER.test(ch) && ch.toLowerCase() !== ch.toUpperCase()) other++;
    }
  }
  return other >= 200 && other > latin;
}
