import { findBoilerplate } from './boilerplate.ts';
import { type ArticleMetadata, canonicalUrl, declaresArticle, indexMeta, readMetadataFallbacks } from './metadata.ts';
import { includedElements, isEditableByMarkup, type PageStats, measurePageSteps } from './pageStats.ts';
import { pickContainer } from './pickContainer.ts';
import type { ArticleRegion } from './region.ts';
import { runToEnd, type Steps } from '../../shared/steps.ts';

export interface DetectedArticle {
  region: ArticleRegion;
  metadata: ArticleMetadata;
}

export interface DetectOptions {
  /** The page's URL (a document parsed in Node has none of its own). */
  url?: string | null;
}

/**
 * Finds the article in `doc` and returns it as the live document's own elements.
 *
 * Read-only: one pass measures every element (pageStats), paragraph scoring picks the
 * container and the sibling boxes that continue it (pickContainer), and boilerplate
 * rules exclude what sits inside it but is not the story (boilerplate). The page is
 * never cloned or changed. Returns null for pages that are not articles.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): DetectedArticle | null {
  return runToEnd(detectArticleSteps(doc, options));
}

/** `detectArticle` as steps (one per pass), so a page can breathe between them. */
export function* detectArticleSteps(doc: Document, options: DetectOptions = {}): Steps<DetectedArticle | null> {
  const pageUrl = options.url ?? (doc.location ? doc.location.href : null);
  const body = doc.body;
  // A document being edited as a whole is the reader's work in progress, not an article to mark up;
  // a plain-text file (a log, an RFC, a book) has no article markup, and its text is one block that
  // the browser lays out again whole after every slice of drawing (seconds of jank for a megabyte).
  if (!body || isBeingEdited(doc) || doc.contentType === 'text/plain') return null;
  const stats = yield* measurePageSteps(body);
  yield;
  const choice = pickContainer(stats);
  if (!choice) return null;
  yield;
  const metaIndex = indexMeta(doc);
  const fallbacks = readMetadataFallbacks(doc, metaIndex);
  const title = (fallbacks.title ?? '').trim();
  yield;
  const excluded = findBoilerplate(stats, choice.roots, title);
  if (!looksLikeArticle(stats, choice.roots, excluded, declaresArticle(doc, metaIndex), pageUrl)) return null;

  const region: ArticleRegion = { roots: choice.roots.map((i) => stats.all[i]!.el), excluded };
  return {
    region,
    metadata: {
      title,
      byline: fallbacks.byline ?? null,
      siteName: fallbacks.siteName ?? null,
      publishedTime: fallbacks.publishedTime ?? null,
      lang: fallbacks.lang ?? null,
      url: canonicalUrl(doc, pageUrl, metaIndex),
    },
  };
}

/** The whole document is editable: `designMode` is on, or the body (or root) is contenteditable. */
export function isBeingEdited(doc: Document): boolean {
  if (doc.designMode === 'on') return true;
  return [doc.documentElement, doc.body].some((el) => !!el && isEditableByMarkup(el));
}

/**
 * An article has prose: runs of text long enough to be paragraphs, mostly not links.
 * Home pages, search results and web apps have teasers, link lists and controls instead.
 * Pages that declare themselves articles (og:type, JSON-LD) need less proof, and so do
 * short undeclared posts whose container is almost free of links (250 characters of prose,
 * one paragraph of them 165 or more, with next to no link; 500 with few); a site's front page (URL path "/") needs more.
 */
function looksLikeArticle(stats: PageStats, roots: number[], excluded: Set<Element>, declared: boolean, pageUrl: string | null): boolean {
  let evidence = 0;
  let prose = 0;
  let text = 0;
  let links = 0;
  for (const s of includedElements(stats, roots, excluded, (e) => e.link)) {
    if (s.link) {
      links += s.text;
      text += s.text;
      continue;
    }
    text += s.ownText;
    if (s.ownText < 25 || s.linkText >= s.ownText * 0.3) continue;
    prose += s.ownText;
    if (s.ownText >= 140) evidence += Math.sqrt(s.ownText - 140);
  }
  if (text < 200 || links > text * 0.5) return false;
  if (isFrontPage(pageUrl)) return evidence >= 40 && links < text * 0.2;
  if (declared) return prose >= 250;
  // Readability's "probably readerable" measure, or a short post with hardly a link, or a shorter
  // one (a blog's two paragraphs, a news item) with next to none and a paragraph of 165 characters
  // or more (search results and teasers are snippets).
  return evidence >= 20 || (prose >= 500 && links < text * 0.15) || (prose >= 250 && links < text * 0.06 && evidence >= 5);
}

function isFrontPage(pageUrl: string | null): boolean {
  if (!pageUrl) return false;
  try {
    const url = new URL(pageUrl);
    return /^\/?(?:index\.\w+)?$/.test(url.pathname) && !url.search;
  } catch {
    return false;
  }
}
