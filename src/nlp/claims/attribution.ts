/**
 * Attribution: who the sentence says makes the claim, when it names them.
 *
 * News attributes statements in three positions, and we read all three:
 *   1. subject + speech verb at the start: "U.S. and South Korean officials have warned that ..."
 *   2. a trailing or parenthetical tag: "..., a federation statement said." / "..., said Abe." /
 *      "..., analysts say, ..."
 *   3. "according to X".
 * Pronouns ("he said") and empty subjects (PolitiFact's "Says ...") do not name
 * anyone, so they give null. Leading quantifiers and conjunctions ("Both",
 * "But") are not part of the source's name and are dropped.
 */

const SPEECH_VERB =
  String.raw`(?:said|says|say|told|tells|tell|added|adds|warned|warns|warn|argued|argues|argue|claimed|claims|stated|states|announced|announces|` +
  String.raw`noted|notes|insisted|insists|charged|accused|reported|reports|believes?|believed|estimated|predicted|cautioned|urged|urges|urge|` +
  String.raw`called (?:on|for)|calls (?:on|for)|demanded|demands|threatened|threatens|pledged|pledges|welcomed|welcomes|acknowledged|admitted|` +
  String.raw`confirmed|confirms|denied|denies|wrote|writes|served notice|suggested|suggests|concluded|complained|alleged|alleges|expects|expected)`;

/** Auxiliaries and adverbs that may sit between the subject and the speech verb. */
const BETWEEN = String.raw`(?:\s+(?:has|have|had|also|again|repeatedly|publicly|previously|recently|already|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last week|earlier))*`;

/** Words that cannot be inside a source's name: they signal a clause, not a noun phrase. */
const CLAUSE_WORDS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'been', 'be',
  'that', 'which', 'who', 'when', 'while', 'because', 'if', 'not', 'no', 'to', 'from', 'as', 'but', 'with', 'against', 'after', 'before',
]);

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'there', 'one', 'who', 'which', 'some', 'others', 'many']);

const DROP_LEADING = /^(?:(?:Both|All|Also|And|But|However|Meanwhile|Now|Yet|So|Then|In a (?:statement|letter|interview|report)(?: on \w+)?)\b,?\s+)+/;

function cleanSource(raw: string): string | null {
  const source = raw.trim().replace(DROP_LEADING, '').replace(/[,;:]+$/, '').replace(/\s+(?:released|published|issued|obtained)$/, '').trim();
  if (!source) return null;
  const words = source.split(/\s+/);
  if (words.length > 10) return null;
  if (words.length === 1 && PRONOUNS.has(source.toLowerCase())) return null;
  if (words.length > 1 && PRONOUNS.has((words[0] ?? '').toLowerCase()) && /^(?:they|we|he|she|it)$/i.test(words[0] ?? '')) return null;
  if (words.some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return null;
  // Named means a proper noun or title somewhere ("U.S. officials", "the State Department", "Abe");
  // "an immigration official" or "analysts" describe a source without naming it.
  if (!words.some((w) => /^[A-Z0-9]/.test(w))) return null;
  if (!/^(?:[A-Z0-9"“]|(?:the|a|an)\s)/.test(source)) return null;
  // A final full stop belongs to the sentence unless it closes an abbreviation ("U.S.").
  return /(?:^|[\s.])[A-Z]\.$/.test(source) ? source : source.replace(/[."”]+$/, '');
}

const NAME_TOKEN = String.raw`[A-Za-z0-9][\w.'’&-]*`;
const SUBJECT = String.raw`${NAME_TOKEN}(?:\s+${NAME_TOKEN}){0,11}?`;

/** Patterns in priority order; group 1 is the source. All global: a rejected match lets later ones try. */
const PATTERNS: RegExp[] = [
  // "according to the U.S. State Department" (up to the next punctuation; inner dots are abbreviations)
  /\baccording to ((?:[^,;:!?"“”.]|\.(?![\s"”]*$))+)/gi,
  // Sentence-initial subject with an appositive: "Terence, a Tutsi, said ..."
  new RegExp(String.raw`^(${SUBJECT}),\s[^,]{1,60},${BETWEEN}\s+${SPEECH_VERB}\b`, 'g'),
  // Sentence-initial subject: "U.S. and South Korean officials have warned that ..."
  new RegExp(String.raw`^(${SUBJECT})${BETWEEN}\s+${SPEECH_VERB}\b`, 'g'),
  // Trailing inverted tag: '..., said Abe.' / '..., says the ministry.'
  new RegExp(String.raw`[,"”]\s*(?:said|says|say|added|wrote)\s+(${SUBJECT})\s*(?:on \w+|in a statement|yesterday|today)?\s*[.!?"”]*$`, 'g'),
  // Trailing or parenthetical tag: '..., a federation statement said.' / '..., analysts say, ...'
  new RegExp(String.raw`[,"”]\s*(${SUBJECT})${BETWEEN}\s+${SPEECH_VERB}\b`, 'g'),
];

export function findAttribution(sentence: string): string | null {
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const source = m[1] !== undefined ? cleanSource(m[1]) : null;
      if (source) return source;
      re.lastIndex = m.index + 1;
    }
  }
  return null;
}
