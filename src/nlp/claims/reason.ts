/**
 * The short explanation the hover card shows: what kind of measure, what the
 * sentence says about it, and who imposes it when the sentence names them
 * ("asset freeze imposed by the EU", "call for sanctions", "violation of U.N.
 * Security Council resolutions").
 */
import { AUTHORITY, NATIONALITY, rx } from './lexicon.ts';
import type { MeasureKind, Trigger } from './triggers.ts';
import type { ClaimType } from './types.ts';

const MEASURE_LABEL: Record<MeasureKind, string> = {
  'sanctions': 'sanctions',
  'embargo': 'embargo',
  'asset freeze': 'asset freeze',
  'export controls': 'export controls',
  'terrorist designation': 'terrorist designation',
  'UN resolution breach': 'U.N. Security Council resolutions',
  'trade boycott': 'trade boycott',
  'sanctions law': 'sanctions/export-control law',
  'oil-for-food': 'oil-for-food exemption',
  'divestment': 'divestment from a sanctioned state',
};

const BY_ACTOR = rx(String.raw`\b(?:imposed|sanctioned|designated|listed|ordered|adopted|approved|introduced|announced) by (?:the )?(${AUTHORITY}(?: ${AUTHORITY})?)`);
const SUBJECT_ACTOR = rx(String.raw`^(?:the )?(${AUTHORITY})(?: \w+)? (?:has |have |had |will |would )?(?:also )?(?:imposed|imposes|impose|froze|freezes|sanctioned|sanctions|designated|designates|listed|extended|extends|slapped|lifted|lifts|eased|eases|suspended|blacklisted|banned|barred)\b`);
const ACTOR_ADJECTIVE = rx(String.raw`\b(${NATIONALITY}|${AUTHORITY})(?:'s)? (?:\w+ )?(?:sanctions|embargo|export controls|restrictive measures|restrictions|asset freezes?|blacklist)\b`);

/** The imposing government or body, when the sentence names it next to the measure. */
export function findImposer(sentence: string): string | null {
  const by = BY_ACTOR.exec(sentence);
  if (by?.[1]) return by[1];
  const subject = SUBJECT_ACTOR.exec(sentence);
  if (subject?.[1]) return subject[1];
  const adj = ACTOR_ADJECTIVE.exec(sentence);
  if (adj?.[1] && !/^(?:international|government|West)$/i.test(adj[1])) return adj[1];
  return null;
}

export function explain(type: ClaimType, triggers: Trigger[], sentence: string): string {
  const main = triggers.find((t) => t.kind === 'UN resolution breach') ?? triggers[0];
  const measure = !main ? 'sanctions' : main.kind === 'terrorist designation' && /black ?list/i.test(main.match) ? 'blacklisting' : MEASURE_LABEL[main.kind];
  const imposer = findImposer(sentence);
  const by = imposer ? ` by ${/^(?:EU|UN|U\.N\.|UK|US|U\.S\.|European|United|Security|State|Treasury|Commerce)/.test(imposer) ? 'the ' : ''}${imposer}` : '';
  switch (type) {
    case 'violation_or_evasion':
      return main?.kind === 'UN resolution breach' ? 'violation of U.N. Security Council resolutions' : `breach, evasion or enforcement of ${measure}`;
    case 'imposed':
      return `${measure} imposed${by}`;
    case 'threatened_or_called_for':
      return `call for or threat of ${measure}`;
    case 'lifted_or_eased':
      return `lifting or easing of ${measure}${by}`;
    case 'impact':
      return `effect of ${measure}${by}`;
    case 'other':
      return `statement about ${measure}${by}`;
  }
}
