import type { ClaimType } from '../analysis/types.ts';
import type { QuoteSelectors } from '../anchoring/selectors.ts';

/** What a saved annotation highlighted: a reader's own selection, or a detection saved as is. */
export type AnnotationKind = 'note' | 'person' | 'claim';

/**
 * A saved annotation. Its target is stored as W3C-style selectors over the article text
 * (TextQuote: exact + prefix/suffix; TextPosition: start/end) so it can be re-anchored
 * after the page changes.
 */
export interface Annotation extends QuoteSelectors {
  id: string;
  pageKey: string;
  url: string;
  pageTitle: string;
  siteName: string | null;
  kind: AnnotationKind;
  note: string;
  tags: string[];
  person: string | null;
  claimType: ClaimType | null;
  createdAt: number;
  updatedAt: number;
}

/** What a page or the popup sends to be saved; the background adds id and times. */
export type AnnotationDraft = Omit<Annotation, 'id' | 'createdAt' | 'updatedAt'>;

export const QUOTE_CONTEXT_CHARS = 32;

/** A page the reader saved something on: what the library shows and cross-article context counts. */
export interface PageRecord {
  pageKey: string;
  url: string;
  title: string;
  siteName: string | null;
  /** Canonical names of the people found in the article when something was saved on it. */
  people: string[];
  savedAt: number;
}
