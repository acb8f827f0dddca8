/**
 * Page metadata read from the live document, independent of how the body is chosen:
 * JSON-LD (schema.org Article types) first, then Open Graph / Twitter / Dublin Core meta
 * tags, then visible markup (rel=author, byline boxes, <time>).
 */
import { cleanByline } from './byline.ts';
import { decodeCharacterReferences, XML_ENTITIES } from '../../shared/characterReferences.ts';

export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
}

/**
 * The page's <meta> elements by key: for each `property`, `name` or `itemprop` value, the first
 * element in document order that carries it. Read in one pass over the document: a query per key
 * walks the whole page each time it finds nothing (some 20 keys, ~55 ms on a page of 48,000
 * elements).
 */
export type MetaIndex = Map<string, Element>;

export function indexMeta(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute);
      if (key !== null && !index.has(key)) index.set(key, el);
    }
  }
  return index;
}

/** The first key's content that is not empty: like `meta[property=k], meta[name=k], meta[itemprop=k]` per key. */
function meta(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = index.get(key)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** ISO-8601 form of a date string, or null when it does not parse. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value.trim());
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function canonicalUrl(doc: Document, pageUrl: string | null, index?: MetaIndex): string | null {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(index ?? indexMeta(doc), 'og:url');
  if (href) {
    try {
      return new URL(href, pageUrl ?? undefined).href;
    } catch {
      // fall through to the page's own URL
    }
  }
  return pageUrl;
}

const ARTICLE_TYPE = /^(?:Article|NewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SatiricalArticle|SocialMediaPosting)$/;

interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value) return nameOf((value as { name: unknown }).name);
  return null;
}

function isArticleNode(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** The first schema.org Article-like object in the page's JSON-LD, if any. */
export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if (isArticleNode(obj)) {
          return {
            headline: nameOf(obj['headline']) ?? nameOf(obj['name']),
            author: nameOf(obj['author']),
            publisher: nameOf(obj['publisher']),
            datePublished: typeof obj['datePublished'] === 'string' ? obj['datePublished'] : null,
          };
        }
        if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  }
  return null;
}

/** Whether the page says of itself that it is an article (og:type or JSON-LD type). */
export function declaresArticle(doc: Document, index: MetaIndex = indexMeta(doc)): boolean {
  const ogType = meta(index, 'og:type');
  if (ogType && /article|blog|post/i.test(ogType)) return true;
  return readJsonLdArticle(doc) !== null;
}

/** A visible byline: rel=author links or a byline box (the first in the page), cleaned (byline.ts). */
function bylineFromMarkup(doc: Document): string | null {
  const el = doc.querySelector('[rel="author"], [itemprop="author"], [class*="byline"], [class*="author-name"]');
  return cleanByline(el?.textContent);
}

const TITLE_SEPARATOR = /\s+[|\-–—»:/·]{1,2}\s+/;
/** A separator at either end: the template's headline part came out empty ("| What's Cooking"). */
const EMPTY_HEADLINE = /^[|–—»·]{1,2}\s*|\s*[|–—»·]{1,2}$/;
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The headline without the site's name: `<title>` usually reads "Headline | Site". The
 * page's own <h1> wins when the title contains it; otherwise segments that name the site
 * are dropped and the longest remaining one is kept.
 */
export function cleanTitle(doc: Document, raw: string, siteName: string | null): string {
  const title = squash(raw);
  if (EMPTY_HEADLINE.test(title)) {
    // "| Site": the page printed its title template without the headline; its <h1> has it.
    const h1 = squash(doc.querySelector('h1')?.textContent ?? '');
    return h1.split(' ').length >= 2 ? h1 : title.replace(EMPTY_HEADLINE, '');
  }
  if (!TITLE_SEPARATOR.test(title)) return title;
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    const text = squash(h1.textContent ?? '');
    if (text.split(' ').length >= 2 && title.includes(text)) return text;
  }
  const site = siteName ? siteName.toLowerCase() : null;
  const parts = title.split(TITLE_SEPARATOR).filter((part) => part.toLowerCase() !== site);
  if (parts.length === 0) return title;
  // Only a trailing or leading site segment is dropped: the longest part is the headline.
  return parts.reduce((best, part) => (part.split(' ').length > best.split(' ').length ? part : best));
}

function langOf(doc: Document, index: MetaIndex): string | null {
  const raw = doc.documentElement?.getAttribute('lang') || meta(index, 'og:locale', 'language', 'dc.language') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') || null;
  return raw?.trim().split(/[-_,\s]/)[0]?.toLowerCase() || null;
}

/** The named references that survive in metadata text: XML's five and the no-break space. */
const METADATA_ENTITIES: Readonly<Record<string, string>> = { ...XML_ENTITIES, nbsp: '\u00a0' };

/**
 * Character references left in a string that is already text: JSON-LD values are never
 * HTML-decoded ("Facebook&#8217;s"), and some sites escape their meta tags twice
 * ("&amp;amp;#039;"). Decoded up to twice, to plain text only: nothing is parsed as HTML.
 */
export function decodeLeftoverEntities(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && out.includes('&'); pass++) out = decodeCharacterReferences(out, METADATA_ENTITIES);
  return out;
}

const decoded = (text: string | null | undefined): string | null => (text ? decodeLeftoverEntities(text) : null);

export function readMetadataFallbacks(doc: Document, index: MetaIndex = indexMeta(doc)): Partial<ArticleMetadata> {
  const ld = readJsonLdArticle(doc);
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const siteName = decoded(meta(index, 'og:site_name', 'application-name') ?? ld?.publisher);
  const rawTitle = decodeLeftoverEntities(ld?.headline ?? meta(index, 'og:title', 'twitter:title') ?? doc.title ?? '');
  return {
    title: cleanTitle(doc, rawTitle, siteName),
    byline: cleanByline(decoded(ld?.author)) ?? cleanByline(decoded(meta(index, 'author', 'article:author', 'byl', 'dc.creator', 'parsely-author'))) ?? bylineFromMarkup(doc),
    siteName,
    publishedTime: toIsoDate(ld?.datePublished ?? meta(index, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date') ?? time),
    lang: langOf(doc, index),
  };
}
