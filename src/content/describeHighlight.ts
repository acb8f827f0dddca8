import type { AnalysisResult } from '../analysis/types.ts';
import type { Annotation } from '../store/annotation.ts';
import { CLAIM_TYPE_LABEL } from '../shared/claimLabels.ts';
import type { CardContent } from './hoverCard.ts';

/** The hover card's words for one highlight wrapper. */
export function describeHighlight(highlight: Element, result: AnalysisResult, annotations: Annotation[]): CardContent | null {
  const kind = highlight.getAttribute('data-newsmark-kind');
  if (kind === 'person') {
    const name = highlight.getAttribute('data-newsmark-person') ?? '';
    const person = result.people.find((p) => p.name === name);
    if (!person) return null;
    const count = person.mentions.length;
    const listing = person.sanctions[0];
    return {
      kind: 'Person',
      title: person.name,
      lines: [`${count} mention${count === 1 ? '' : 's'} in this article`],
      alert: listing
        ? `On the ${listing.list} list (as of ${listing.listDate}): ${listing.entry} · program ${listing.program} · match ${Math.round(listing.score * 100)}%`
        : undefined,
    };
  }
  if (kind === 'claim') {
    const index = Number(highlight.getAttribute('data-newsmark-claim'));
    const claim = result.claims[index];
    if (!claim) return null;
    const lines = [
      claim.hedged ? 'Hedged: stated as possible, not as fact' : 'Stated as fact',
      claim.attribution ? `Attributed to ${claim.attribution}` : 'No attribution in the sentence',
    ];
    if (claim.reason) lines.push(`Why: ${claim.reason}`);
    return { kind: 'Sanctions claim', title: CLAIM_TYPE_LABEL[claim.type] ?? claim.type, lines };
  }
  if (kind === 'note') {
    const id = highlight.getAttribute('data-newsmark-id');
    const annotation = annotations.find((a) => a.id === id);
    if (!annotation) return null;
    return {
      kind: 'Saved highlight',
      title: annotation.note ? annotation.note : 'No note',
      lines: [`Saved ${new Date(annotation.createdAt).toLocaleString()}`],
    };
  }
  return null;
}
