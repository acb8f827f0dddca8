/**
 * The two article extractors the article benches compare, on the same parsed page: ours (the
 * CLI's `article.text`: detectArticle + buildArticleText) and @mozilla/readability (`textContent`).
 */
import { Readability } from '@mozilla/readability';
import { buildArticleText } from '../../src/analysis/article/articleText.ts';
import { detectArticle } from '../../src/analysis/article/detectArticle.ts';

export { parsePage } from '../../src/cli/parsePage.ts';

export function ours(doc: Document, url: string): string {
  const detected = detectArticle(doc, { url });
  return detected ? buildArticleText(detected.region).text : '';
}

export function readability(doc: Document): string {
  return new Readability(doc).parse()?.textContent ?? '';
}
