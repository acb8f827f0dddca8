import { anchorQuote } from '../anchoring/anchorQuote.ts';
import type { AnalysisResult } from '../analysis/types.ts';
import type { Annotation } from '../store/annotation.ts';
import type { HighlightSpec } from './highlighter.ts';

/**
 * Claims, then every person mention, as highlight specs over `current`, the article's text now.
 * The analysis was made on `result.article.text`; when the page has changed the article since
 * (a live blog adding a paragraph while the background was busy), a detection is drawn only
 * where its words still stand at the same offsets — never over other words.
 */
export function detectionSpecs(result: AnalysisResult, current: string = result.article.text): HighlightSpec[] {
  const analysed = result.article.text;
  const unchanged = current === analysed;
  const stillThere = (start: number, end: number): boolean => unchanged || current.slice(start, end) === analysed.slice(start, end);
  const specs: HighlightSpec[] = [];
  result.claims.forEach((claim, index) => {
    if (!stillThere(claim.start, claim.end)) return;
    specs.push({ start: claim.start, end: claim.end, kind: 'claim', data: { 'newsmark-claim-type': claim.type, 'newsmark-claim': String(index) } });
  });
  for (const person of result.people) {
    for (const mention of person.mentions) {
      if (!stillThere(mention.start, mention.end)) continue;
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
