import type { ClaimType } from '../analysis/types.ts';

/** What a saved annotation highlighted: a reader's own selection, or a detection saved as is. */
export type AnnotationKind = 'note' | 'person' | 'claim';

/**
 * A saved annotation. Its target is stored as W3C-style selectors over the article text
 * (TextQuote: exact + prefix/suffix; TextPosition: start/end) so it can be re-anchored
 * after the page changes.
 */
export interface Annotation {
  id: string;
  pageKey: string;
  url: string;
  pageTitle: string;
  siteName: string | null;
  kind: AnnotationKind;
  quote: string;
  prefix: string;
  suffix: string;
  /** TextPosition over the article text, in UTF-16 units (how JavaScript indexes strings). */
  start: number;
  end: number;
  /** The same positions in Unicode code points, as W3C Web Annotation exports want them. */
  codePointStart: number;
  codePointEnd: number;
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
