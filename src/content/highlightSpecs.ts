import { anchorQuote } from '../anchoring/anchorQuote.ts';
import type { AnalysisResult } from '../analysis/types.ts';
import type { Annotation } from '../store/annotation.ts';
import type { HighlightSpec } from './highlighter.ts';

/** Claims, then every person mention, as highlight specs over the article text. */
export function detectionSpecs(result: AnalysisResult): HighlightSpec[] {
  const specs: HighlightSpec[] = result.claims.map((claim, index) => ({
    start: claim.start,
    end: claim.end,
    kind: 'claim',
    data: { 'newsmark-claim-type': claim.type, 'newsmark-claim': String(index) },
  }));
  for (const person of result.people) {
    for (const mention of person.mentions) {
      specs.push({ start: mention.start, end: mention.end, kind: 'person', data: { 'newsmark-person': person.name } });
    }
  }
  return specs;
}

/** Saved annotations re-anchored in the current text; those not found are orphans. */
export function annotationSpecs(text: string, annotations: Annotation[]): { specs: HighlightSpec[]; orphans: string[] } {
  const specs: HighlightSpec[] = [];
  const orphans: string[] = [];
  for (const annotation of annotations) {
    const anchor = anchorQuote(text, annotation);
    if (!anchor) {
      orphans.push(annotation.id);
      continue;
    }
    specs.push({ start: anchor.start, end: anchor.end, kind: 'note', data: { 'newsmark-id': annotation.id } });
  }
  return { specs, orphans };
}
