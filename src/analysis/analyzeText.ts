import { findSanctionsClaims } from '../nlp/claims/index.ts';
import { findPeopleAndLanguageSteps } from '../nlp/people/index.ts';
import { runToEnd, type Steps } from '../shared/steps.ts';
import type { Claim, SanctionsListEntry, TextAnalysis } from './types.ts';

/**
 * Looks a person up on the sanctions lists. Passed in rather than imported, so the content
 * script can leave the list index out of its bundle and ask the background instead.
 */
export type SanctionsLookup = (name: string, mentions: string[]) => SanctionsListEntry[];

export interface AnalyzeOptions {
  matchSanctions?: SanctionsLookup;
}

/** Claims are found block by block (a sentence never crosses a line break), this many characters at a time. */
const CLAIM_SLICE_CHARS = 4000;

/** People (with their sanctions-list status when a lookup is given) and sanctions claims in plain text. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): TextAnalysis {
  return runToEnd(analyzeTextSteps(text, options));
}

export function* analyzeTextSteps(text: string, options: AnalyzeOptions = {}): Steps<TextAnalysis> {
  const { people: found, language } = yield* findPeopleAndLanguageSteps(text);
  const people = found.map((person) => ({
    name: person.name,
    mentions: person.mentions,
    sanctions: options.matchSanctions?.(person.name, person.mentions.map((m) => m.text)) ?? [],
  }));
  yield;
  const claims: Claim[] = [];
  // The claim rules read English: in another language a cognate is no claim ("sanctions
  // financières" for a strike, "la lista de espera").
  if (language) return { people, claims };
  for (const [from, to] of blockSlices(text, CLAIM_SLICE_CHARS)) {
    for (const claim of findSanctionsClaims(text.slice(from, to))) {
      claims.push({
        start: claim.start + from,
        end: claim.end + from,
        text: claim.text,
        type: claim.type,
        hedged: claim.hedged,
        attribution: claim.attribution,
        reason: claim.reason,
      });
    }
    yield;
  }
  return { people, claims };
}

/** [from, to) ranges of about `size` characters that start and end at line breaks. */
export function blockSlices(text: string, size: number): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + size);
    if (to < text.length) {
      const lineBreak = text.indexOf('\n', to);
      to = lineBreak === -1 ? text.length : lineBreak + 1;
    }
    slices.push([from, to]);
    from = to;
  }
  return slices;
}
