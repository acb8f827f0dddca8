import { findSanctionsClaims } from '../nlp/claims/index.ts';
import { findPeople } from '../nlp/people/index.ts';
import { matchSanctionsList } from '../nlp/sanctions/index.ts';
import type { TextAnalysis } from './types.ts';

/** People (with their sanctions-list status) and sanctions claims in plain text. */
export function analyzeText(text: string): TextAnalysis {
  const people = findPeople(text).map((person) => ({
    name: person.name,
    mentions: person.mentions,
    sanctions: matchSanctionsList(person.name, person.mentions.map((m) => m.text)),
  }));
  const claims = findSanctionsClaims(text).map((claim) => ({
    start: claim.start,
    end: claim.end,
    text: claim.text,
    type: claim.type,
    hedged: claim.hedged,
    attribution: claim.attribution,
    reason: claim.reason,
  }));
  return { people, claims };
}
