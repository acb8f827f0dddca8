import * as v from 'valibot';

const CLAIM_TYPES = ['imposed', 'threatened_or_called_for', 'violation_or_evasion', 'lifted_or_eased', 'impact', 'other'] as const;
const MAX_TEXT = 100_000;

/** How many people, and distinct mentions of each, one sanctions/match request may ask about. */
export const SANCTIONS_QUERY_LIMITS = { people: 2000, mentionsPerPerson: 1000 };

const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));

/**
 * A schema is built on its first use, once. Every bundle that imports this module would
 * otherwise build all of them as it loads (the bundler cannot tell that valibot's builders have no
 * side effects, so it keeps them all): the content script, which checks only page requests, paid
 * for the background's schemas on every page.
 */
function once<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

export const annotationDraftSchema = once(() => v.object({
  pageKey: text(4096),
  url: text(4096),
  pageTitle: text(2000),
  siteName: v.nullable(text(500)),
  kind: v.picklist(['note', 'person', 'claim']),
  quote: v.pipe(text(), v.minLength(1)),
  prefix: text(200),
  suffix: text(200),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  codePointStart: v.pipe(v.number(), v.integer(), v.minValue(0)),
  codePointEnd: v.pipe(v.number(), v.integer(), v.minValue(0)),
  note: text(),
  tags: v.pipe(v.array(text(100)), v.maxLength(50)),
  person: v.nullable(text(500)),
  claimType: v.nullable(v.picklist(CLAIM_TYPES)),
}));

export const annotationSchema = once(() => v.object({
  ...annotationDraftSchema().entries,
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  createdAt: v.number(),
  updatedAt: v.number(),
}));

export const peopleNamesSchema = once(() => v.pipe(v.array(text(500)), v.maxLength(2000)));

/** Messages the background answers (from content scripts and the popup). */
export const backgroundRequestSchema = once(() => v.variant('type', [
  v.object({ type: v.literal('annotations/forPage'), pageKey: text(4096) }),
  v.object({
    type: v.literal('annotations/save'),
    draft: annotationDraftSchema(),
    pagePeople: v.optional(v.pipe(v.array(text(500)), v.maxLength(2000))),
    /** Chosen by the sender so a retried save (after a service-worker restart) is not saved twice. */
    id: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/))),
  }),
  v.object({
    type: v.literal('annotations/saveDetection'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    kind: v.picklist(['note', 'person', 'claim']),
    person: v.nullable(text(500)),
    claimType: v.nullable(v.picklist(CLAIM_TYPES)),
    note: text(),
  }),
  v.object({ type: v.literal('notes/open'), draft: annotationDraftSchema(), pagePeople: v.optional(v.pipe(v.array(text(500)), v.maxLength(2000))) }),
  v.object({ type: v.literal('notes/edit'), id: text(100) }),
  v.object({ type: v.literal('notes/get'), token: text(100) }),
  v.object({ type: v.literal('notes/close'), token: text(100), saved: v.boolean() }),
  v.object({ type: v.literal('annotations/update'), id: text(100), note: text(), tags: v.optional(v.array(text(100))) }),
  v.object({ type: v.literal('annotations/delete'), id: text(100) }),
  v.object({ type: v.literal('annotations/restore'), annotation: annotationSchema() }),
  v.object({
    type: v.literal('annotations/search'),
    filter: v.object({
      query: v.optional(text(1000)),
      kind: v.optional(v.picklist(['note', 'person', 'claim'])),
      person: v.optional(text(500)),
      site: v.optional(text(500)),
      from: v.optional(v.number()),
      to: v.optional(v.number()),
    }),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
  }),
  v.object({ type: v.literal('annotations/export'), format: v.picklist(['backup', 'w3c', 'markdown']) }),
  v.object({ type: v.literal('analysis/text'), text: text(2_000_000) }),
  v.object({
    type: v.literal('sanctions/match'),
    people: v.pipe(
      v.array(v.object({ name: text(500), mentions: v.pipe(v.array(text(500)), v.maxLength(SANCTIONS_QUERY_LIMITS.mentionsPerPerson)) })),
      v.maxLength(SANCTIONS_QUERY_LIMITS.people),
    ),
  }),
  v.object({ type: v.literal('lists/status') }),
  v.object({
    type: v.literal('lists/import'),
    fileName: text(500),
    index: v.object({
      list: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
      listDate: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
      aliasDate: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
      entries: v.pipe(v.array(v.object({
        id: text(100), names: v.pipe(v.array(text(500)), v.minLength(1), v.maxLength(500)), program: text(500), title: text(2000),
      })), v.maxLength(200_000)),
    }),
  }),
  v.object({ type: v.literal('lists/remove'), list: text(100) }),
  v.object({ type: v.literal('library/open'), person: v.optional(text(500)) }),
  v.object({ type: v.literal('people/savedPages'), person: text(500), exceptPageKey: v.optional(text(4096)) }),
  v.object({ type: v.literal('annotations/import'), json: text(50_000_000) }),
]));

/** Messages a page's content script answers (from the popup and the background). */
export const pageRequestSchema = once(() => v.variant('type', [
  v.object({ type: v.literal('page/getState') }),
  v.object({ type: v.literal('page/setHighlights'), visible: v.boolean() }),
  v.object({ type: v.literal('page/toggleHighlights') }),
  v.object({ type: v.literal('page/annotationsChanged') }),
  v.object({ type: v.literal('page/saveSelection') }),
  v.object({ type: v.literal('page/noteClosed'), saved: v.boolean() }),
  v.object({
    type: v.literal('page/draft'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    kind: v.picklist(['note', 'person', 'claim']),
    person: v.nullable(text(500)),
    claimType: v.nullable(v.picklist(CLAIM_TYPES)),
  }),
]));

/** A request sent over a content script's port: the request, and a number its answer carries back. */
export const portEnvelopeSchema = once(() => v.object({ id: v.pipe(v.number(), v.integer(), v.minValue(0)), request: v.unknown() }));
