import { type AnalyzeOptions, analyzeTextSteps } from './analyzeText.ts';
import { type DocumentAnalysis, findArticleSteps } from './findArticle.ts';
import { runToEnd, type Steps } from '../shared/steps.ts';

export type { DocumentAnalysis } from './findArticle.ts';

/** Detects the article in a document and analyses its text: the whole pipeline, DOM in. */
export function analyzeDocument(doc: Document, url: string | null = null, options: AnalyzeOptions = {}): DocumentAnalysis {
  return runToEnd(analyzeDocumentSteps(doc, url, options));
}

export function* analyzeDocumentSteps(doc: Document, url: string | null = null, options: AnalyzeOptions = {}): Steps<DocumentAnalysis> {
  const found = yield* findArticleSteps(doc, url);
  if (!found.articleText) return found;
  const { people, claims } = yield* analyzeTextSteps(found.articleText.text, options);
  return { ...found, result: { ...found.result, people, claims } };
}
