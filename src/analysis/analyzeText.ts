import { findSanctionsClaims } from '../nlp/claims/index.ts';
import { findPeople } from '../nlp/people/index.ts';
import type { SanctionsListEntry, TextAnalysis } from './types.ts';

/**
 * Looks a person up on the sanctions lists. Passed in rather than imported, so the content
 * script can leave the list index out of its bundle and ask the background instead.
 */
export type SanctionsLookup = (name: string, mentions: string[]) => SanctionsListEntry[];

export interface AnalyzeOptions {
  matchSanctions?: SanctionsLookup;
}

/** People (with their sanctions-list status when a lookup is given) and sanctions claims in plain text. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): TextAnalysis {
  const people = findPeople(text).map((person) => ({
    name: person.name,
    mentions: person.mentions,
    sanctions: options.matchSanctions?.(person.name, person.mentions.map((m) => m.text)) ?? [],
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
