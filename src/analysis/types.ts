/** The analysis result: the shape of CONTRACTS.md's `analyze` output, shared by CLI, page and popup. */
import type { ClaimType } from '../nlp/claims/index.ts';

export type { ClaimType };

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface SanctionsListEntry {
  list: string;
  entry: string;
  program: string;
  listDate: string;
  score: number;
}

export interface Person {
  name: string;
  mentions: Mention[];
  sanctions: SanctionsListEntry[];
}

export interface Claim {
  start: number;
  end: number;
  text: string;
  type: ClaimType;
  hedged: boolean;
  attribution: string | null;
  /** Why the sentence counts, for the hover card (not part of the CLI contract). */
  reason: string;
}

export interface ArticleInfo {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
  text: string;
}

export interface TextAnalysis {
  people: Person[];
  claims: Claim[];
}

export interface AnalysisResult extends TextAnalysis {
  article: ArticleInfo;
}
