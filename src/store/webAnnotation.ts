/**
 * W3C Web Annotation (JSON-LD) export and import. Each annotation becomes an `Annotation`
 * with a TextualBody for the note (commenting) and one per tag (tagging), and a target with
 * the page as source and TextQuote + TextPosition selectors (positions in code points, as the
 * model defines them). Newsmark's own fields ride along under `newsmark` so a round trip is lossless.
 */
import * as v from 'valibot';
import type { Annotation } from './annotation.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function toWebAnnotationCollection(annotations: Annotation[]): object {
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Newsmark annotations',
    total: annotations.length,
    first: { type: 'AnnotationPage', items: annotations.map(toWebAnnotation) },
  };
}

function toWebAnnotation(a: Annotation): object {
  const body: object[] = [];
  if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    ...(body.length ? { body } : {}),
    target: {
      source: a.url,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote, prefix: a.prefix, suffix: a.suffix },
        { type: 'TextPositionSelector', start: a.codePointStart, end: a.codePointEnd },
      ],
    },
    newsmark: { pageKey: a.pageKey, pageTitle: a.pageTitle, siteName: a.siteName, kind: a.kind, person: a.person, claimType: a.claimType, start: a.start, end: a.end },
  };
}

const Body = v.object({ type: v.literal('TextualBody'), value: v.string(), purpose: v.optional(v.string()) });
const Selector = v.variant('type', [
  v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(v.string(), v.minLength(1)), prefix: v.optional(v.string()), suffix: v.optional(v.string()) }),
  v.object({ type: v.literal('TextPositionSelector'), start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);
const WebAnnotationSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  type: v.literal('Annotation'),
  created: v.optional(v.string()),
  modified: v.optional(v.string()),
  body: v.optional(v.union([Body, v.array(Body)])),
  target: v.object({ source: v.pipe(v.string(), v.url()), selector: v.union([Selector, v.array(Selector)]) }),
  newsmark: v.optional(v.object({
    pageKey: v.string(), pageTitle: v.string(), siteName: v.nullable(v.string()),
    kind: v.picklist(['note', 'person', 'claim']), person: v.nullable(v.string()),
    claimType: v.nullable(v.picklist(['imposed', 'threatened_or_called_for', 'violation_or_evasion', 'lifted_or_eased', 'impact', 'other'])),
    start: v.number(), end: v.number(),
  })),
});
const CollectionSchema = v.object({
  '@context': v.literal(ANNO_CONTEXT),
  type: v.literal('AnnotationCollection'),
  first: v.object({ items: v.array(WebAnnotationSchema) }),
});

export function isWebAnnotationFile(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as Record<string, unknown>)['@context'] === ANNO_CONTEXT;
}

/** Annotations from a W3C collection; throws a readable Error when the file is not one. */
export function fromWebAnnotationCollection(data: unknown, pageKeyOf: (url: string) => string): Annotation[] {
  const parsed = v.safeParse(CollectionSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`Not a W3C annotation collection Newsmark can read: ${issue?.message ?? 'unexpected content'}${where ? ` at ${where}` : ''}`);
  }
  return parsed.output.first.items.map((item) => {
    const selectors = Array.isArray(item.target.selector) ? item.target.selector : [item.target.selector];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (!quote || quote.type !== 'TextQuoteSelector') throw new Error(`Annotation ${item.id} has no TextQuoteSelector`);
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
    const extra = item.newsmark;
    const created = Date.parse(item.created ?? '') || Date.now();
    const cpStart = position?.type === 'TextPositionSelector' ? position.start : 0;
    const cpEnd = position?.type === 'TextPositionSelector' ? position.end : cpStart + quote.exact.length;
    return {
      id: item.id.replace(/^urn:uuid:/, ''),
      pageKey: extra?.pageKey ?? pageKeyOf(item.target.source),
      url: item.target.source,
      pageTitle: extra?.pageTitle ?? item.target.source,
      siteName: extra?.siteName ?? null,
      kind: extra?.kind ?? 'note',
      quote: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
      start: extra?.start ?? cpStart,
      end: extra?.end ?? cpEnd,
      codePointStart: cpStart,
      codePointEnd: cpEnd,
      note: bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value).join('\n\n'),
      tags: bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value),
      person: extra?.person ?? null,
      claimType: extra?.claimType ?? null,
      createdAt: created,
      updatedAt: Date.parse(item.modified ?? '') || created,
    };
  });
}
