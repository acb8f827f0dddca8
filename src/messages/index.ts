/**
 * Every message between content scripts, the background and the popup is defined here,
 * with a validator; every receiver validates what it gets before acting on it.
 */
import * as v from 'valibot';
import type { Claim, Person, SanctionsListEntry } from '../analysis/types.ts';
import type { CompactTextAnalysis } from '../analysis/compactAnalysis.ts';
import type { Annotation, AnnotationDraft } from '../store/annotation.ts';
import type { LibraryPage } from '../store/libraryQuery.ts';
import type { ListStatus } from '../background/sanctionsLists.ts';
import type { NoteSession } from '../background/noteSessions.ts';
import { backgroundRequestSchema, pageRequestSchema, portEnvelopeSchema } from './schemas.ts';

export type BackgroundRequest = v.InferOutput<ReturnType<typeof backgroundRequestSchema>>;
export type PageRequest = v.InferOutput<ReturnType<typeof pageRequestSchema>>;

/** What the content script reports about its page. */
export interface PageState {
  pageKey: string;
  url: string;
  title: string;
  siteName: string | null;
  isArticle: boolean;
  highlightsVisible: boolean;
  people: Person[];
  claims: Claim[];
  /** Ids of this page's saved annotations that could not be found in the page. */
  orphans: string[];
}

export interface ImportSummary {
  added: number;
  skipped: number;
}

/** The answer type for each request. */
export interface BackgroundResponses {
  'annotations/forPage': Annotation[];
  'annotations/save': Annotation;
  'annotations/saveDetection': Annotation;
  'annotations/update': Annotation;
  'annotations/delete': Annotation;
  'annotations/restore': Annotation;
  'annotations/search': LibraryPage;
  'annotations/export': string;
  'annotations/import': ImportSummary;
  'people/savedPages': { count: number };
  'library/open': boolean;
  /** Offsets only: the page has the text (see compactAnalysis.ts). */
  'analysis/text': CompactTextAnalysis;
  /** For each person asked about, in order: their strong sanctions-list matches. */
  'sanctions/match': SanctionsListEntry[][];
  'lists/status': ListStatus[];
  'lists/import': ListStatus[];
  'lists/remove': ListStatus[];
  'notes/open': { token: string };
  'notes/edit': { token: string };
  'notes/get': NoteSession;
  'notes/close': boolean;
}

export interface PageResponses {
  'page/getState': PageState;
  'page/setHighlights': boolean;
  'page/toggleHighlights': boolean;
  'page/annotationsChanged': boolean;
  'page/saveSelection': boolean;
  'page/noteClosed': boolean;
  'page/draft': AnnotationDraft;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  const result = v.safeParse(backgroundRequestSchema(), message);
  return result.success ? result.output : null;
}

/**
 * Content scripts send their requests over one long-lived port of this name (see portTransport.ts):
 * each request in an envelope with a number the answer carries back.
 */
export const REQUEST_PORT = 'newsmark-requests';

export interface PortEnvelope {
  id: number;
  request: BackgroundRequest;
}

export interface PortAnswer {
  id: number;
  reply: Reply<unknown>;
}

/** A port envelope with a valid request, or null; `id` alone when only the request is invalid (so the sender hears why). */
export function parsePortEnvelope(message: unknown): { id: number; request: BackgroundRequest | null } | null {
  const envelope = v.safeParse(portEnvelopeSchema(), message);
  if (!envelope.success) return null;
  return { id: envelope.output.id, request: parseBackgroundRequest(envelope.output.request) };
}

export function parsePageRequest(message: unknown): PageRequest | null {
  const result = v.safeParse(pageRequestSchema(), message);
  return result.success ? result.output : null;
}

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(error: unknown): Reply<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
