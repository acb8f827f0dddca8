/** The analysis result: the shape of CONTRACTS.md's `analyze` output, shared by CLI, page and popup. */
import type { ClaimType, SanctionsClaim } from '../nlp/claims/index.ts';
import type { ArticleMetadata } from './article/metadata.ts';

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

/** A sanctions claim as the finder reports it; `reason` is for the hover card, not the CLI contract. */
export type Claim = SanctionsClaim;

/** The article's metadata and its plain text. */
export interface ArticleInfo extends ArticleMetadata {
  text: string;
}

export interface TextAnalysis {
  people: Person[];
  claims: Claim[];
}

export interface AnalysisResult extends TextAnalysis {
  article: ArticleInfo;
}
