import { type ArticleText, buildArticleText } from './article/articleText.ts';
import { type DetectedArticle, detectArticleSteps } from './article/detectArticle.ts';
import { canonicalUrl, indexMeta, readMetadataFallbacks } from './article/metadata.ts';
import type { Steps } from '../shared/steps.ts';
import type { AnalysisResult } from './types.ts';

export interface DocumentAnalysis {
  result: AnalysisResult;
  /** Null when the page is not an article: nothing is highlighted then. */
  detected: DetectedArticle | null;
  articleText: ArticleText | null;
}

/**
 * The article alone: detection, metadata and text, with no people or claims yet. The content
 * script stops here and has the background (where the person model stays loaded) analyse the text.
 */
export function* findArticleSteps(doc: Document, url: string | null = null): Steps<DocumentAnalysis> {
  const detected = yield* detectArticleSteps(doc, { url });
  if (!detected) return notAnArticle(doc, url);
  yield;
  const articleText = buildArticleText(detected.region);
  yield;
  return {
    detected,
    articleText,
    result: { article: { ...detected.metadata, text: articleText.text }, people: [], claims: [] },
  };
}

function notAnArticle(doc: Document, url: string | null): DocumentAnalysis {
  const metaIndex = indexMeta(doc);
  const fallbacks = readMetadataFallbacks(doc, metaIndex);
  return {
    detected: null,
    articleText: null,
    result: {
      article: {
        title: fallbacks.title ?? '',
        byline: fallbacks.byline ?? null,
        siteName: fallbacks.siteName ?? null,
        publishedTime: fallbacks.publishedTime ?? null,
        lang: fallbacks.lang ?? null,
        url: canonicalUrl(doc, url ?? (doc.location ? doc.location.href : null), metaIndex),
        text: '',
      },
      people: [],
      claims: [],
    },
  };
}
