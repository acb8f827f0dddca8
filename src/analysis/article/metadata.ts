/** Page metadata read from the live document's head, independent of how the body is chosen. */
export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  url: string | null;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
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

export function canonicalUrl(doc: Document, pageUrl: string | null): string | null {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  if (href) {
    try {
      return new URL(href, pageUrl ?? undefined).href;
    } catch {
      // fall through to the page's own URL
    }
  }
  return pageUrl;
}

export function readMetadataFallbacks(doc: Document): Partial<ArticleMetadata> {
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  return {
    title: meta(doc, 'og:title', 'twitter:title') ?? doc.title ?? '',
    byline: meta(doc, 'author', 'article:author', 'byl'),
    siteName: meta(doc, 'og:site_name', 'application-name'),
    publishedTime: toIsoDate(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate') ?? time),
    lang: doc.documentElement?.getAttribute('lang')?.split(/[-_]/)[0]?.toLowerCase() || null,
  };
}
