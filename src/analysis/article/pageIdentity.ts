/**
 * Page identity: one key per article, whatever URL variant the reader arrived by.
 * Tracking parameters and fragments are dropped; `www.`, a trailing slash and the
 * scheme do not make a different page.
 */
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|cmpid|ncid|ocid|smid|s_cid|at_medium|at_campaign|CMP)$/i;

export function normalizePageUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    url.hash = '';
    return url.href;
  }
  // forEach, not entries(): Firefox's content-script wrappers make the iterator unusable.
  const all: Array<[string, string]> = [];
  url.searchParams.forEach((value, key) => all.push([key, value]));
  const params = all
    .filter(([key]) => !TRACKING_PARAM.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const port = url.port ? `:${url.port}` : '';
  let path = url.pathname.replace(/\/+$/, '') || '/';
  if (path !== '/') path = path.replace(/\/index\.html?$/i, '') || '/';
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `https://${host}${port}${path}${query}`;
}

/** The host without the prefixes publishers use for the same site (www., m., amp., mobile.). */
function siteHost(raw: string): string | null {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^(www|m|amp|mobile)\./, '');
  } catch {
    return null;
  }
}

/**
 * Whether two URLs belong to the same site: the same host once www./m./amp. are dropped, or
 * one a subdomain of the other. A page may only claim a canonical URL on its own site:
 * otherwise any page could declare itself another site's article and be shown, or be handed,
 * the reader's annotations of that article.
 */
export function sameSite(a: string, b: string): boolean {
  const x = siteHost(a);
  const y = siteHost(b);
  if (!x || !y) return false;
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/** The page key of a page at `pageUrl` that names `canonical` (if any) as its canonical URL. */
export function pageKeyFor(pageUrl: string, canonical: string | null): string {
  return normalizePageUrl(canonical && sameSite(canonical, pageUrl) ? canonical : pageUrl);
}
