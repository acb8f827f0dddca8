import type { Claim, TextAnalysis } from './types.ts';

/**
 * People and claims as the background sends them to a page: offsets without the texts, which
 * are slices of the article text the page already holds. Extension messaging converts an answer
 * object property by property in the page's main thread; on a long article (20,000 words, ~2,000
 * highlights) the full answer took tens of milliseconds to arrive, in one task.
 */
export interface CompactTextAnalysis {
  /** Each person's name and mention offsets, flat: [start, end, start, end, …]. */
  people: Array<{ name: string; spans: number[] }>;
  claims: Array<Omit<Claim, 'text'>>;
}

export function compactAnalysis(analysis: TextAnalysis): CompactTextAnalysis {
  return {
    people: analysis.people.map((person) => ({ name: person.name, spans: person.mentions.flatMap((m) => [m.start, m.end]) })),
    claims: analysis.claims.map(({ text: _text, ...claim }) => claim),
  };
}

/**
 * The analysis of `text` back from its compact form (sanctions status comes separately).
 * Offsets outside `text` are an error: the answer belongs to another text.
 */
export function expandAnalysis(text: string, compact: CompactTextAnalysis): TextAnalysis {
  const slice = (start: number, end: number): string => {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length)) {
      throw new Error('The analysis does not fit this text');
    }
    return text.slice(start, end);
  };
  return {
    people: compact.people.map((person) => {
      const mentions = [];
      for (let i = 0; i + 1 < person.spans.length; i += 2) {
        const start = person.spans[i]!;
        const end = person.spans[i + 1]!;
        mentions.push({ start, end, text: slice(start, end) });
      }
      return { name: person.name, mentions, sanctions: [] };
    }),
    claims: compact.claims.map((claim) => ({ ...claim, text: slice(claim.start, claim.end) })),
  };
}
