/**
 * What the names sites give their boxes (class and id) say about them. The vocabulary
 * is shared across the web (CMS themes, ad and share plug-ins), so these lists are about
 * page patterns, never about particular sites.
 */

/** Boxes that are rarely the article: not scored at all (their paragraphs lend nothing). */
const UNLIKELY = /(?:^|[^a-z])(?:ad|ads|advert\w*|banner|breadcrumbs?|combx|comments?|community|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor\w*|supplemental|pagination|pager|popup|newsletter|cookie\w*|consent|outbrain|taboola|trending|most-?read|most-?popular|recommend\w*|rail|right-?rail|left-?rail)(?:$|[^a-z])/;
/** …unless the name also says "this is the content" (a `main-sidebar-layout` still holds the story). */
const MAYBE_CONTENT = /article|body|column|content|main|shadow|story|entry|post-?text/;

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
const NEGATIVE = /(?:^|[^a-z])ad(?:$|[^a-z])|-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit|byline|author|newsletter/;

const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);

/**
 * A box the markup itself calls aside: an `aside` or `footer`, or a complementary or navigation
 * role. Unlike a name, this holds however much text the box has (a live-news feed in the sidebar
 * can outweigh the story). Other unlikely roles (a dialog, a banner) may still wrap the whole
 * page: an article opened in a modal.
 */
export function isMarkedAside(tag: string, role: string | null): boolean {
  return tag === 'aside' || tag === 'footer' || role === 'complementary' || role === 'navigation';
}

export function isUnlikelyCandidate(names: string, tag: string, role: string | null): boolean {
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (tag === 'aside' || tag === 'footer') return true;
  if (!names || tag === 'body' || tag === 'article' || tag === 'main' || tag === 'a') return false;
  const what = withoutModifiers(names);
  return UNLIKELY.test(what) && !MAYBE_CONTENT.test(what);
}

/**
 * Names that say what a box holds beside its content, not what it is: `o-section--has-ads`
 * is a section of the story that also carries ads. They are read without those parts.
 */
const MODIFIERS = /(?:^|[^a-z])(?:has|with|no|without)-+(?:ads?|adverts?|sidebar|comments?|related)(?=$|[^a-z])/g;

function withoutModifiers(names: string): string {
  return names.includes('-') ? names.replace(MODIFIERS, ' ') : names;
}

/** +25 for a content-sounding name, -25 for a boilerplate-sounding one (both can apply). */
export function classWeight(names: string): number {
  if (!names) return 0;
  let weight = 0;
  if (NEGATIVE.test(withoutModifiers(names))) weight -= 25;
  if (POSITIVE.test(names)) weight += 25;
  return weight;
}

/**
 * Boxes inside an article that are not the article's text: share bars, "related" and
 * "most read" lists, newsletter sign-ups, author bios, tag lists, bylines and datelines,
 * captions and credits, ad slots. Matched on name parts, so `article-share` counts and
 * `shared-content` does not.
 */
const BOILERPLATE = new RegExp(
  '(?:^|[^a-z])(?:' +
    [
      'share', 'sharing', 'sharetools', 'social', 'sociallinks', 'share-?bar', 'share-?buttons', 'addthis',
      'related', 'related-?\\w*', 'more-?stories', 'more-?from', 'read-?more', 'readmore', 'read-?next', 'recommend\\w*',
      'most-?read', 'most-?popular', 'popular', 'trending', 'outbrain', 'taboola', 'further-?reading',
      'newsletter\\w*', 'subscribe\\w*', 'subscription', 'signup', 'sign-?up', 'promo\\w*', 'cta',
      'author-?bio', 'author-?info', 'about-?the-?author', 'bio', 'contributor\\w*',
      'tags?', 'tag-?list', 'tags-?list', 'keywords', 'topics', 'breadcrumbs?',
      'byline\\w*', 'dateline', 'timestamp', 'publish-?date', 'posted-?on', 'article-?meta', 'post-?meta', 'entry-?meta', 'meta',
      'caption', 'figcaption', 'credit', 'credits', 'image-?credit', 'photo-?credit',
      'ad', 'ads', 'adslot', 'ad-?slot', 'ad-?container', 'ad-?wrapper', 'ad-?unit', 'advert\\w*', 'dfp', 'gpt-?ad', 'sponsor\\w*',
      'comments?', 'comment-?\\w*', 'disqus', 'toolbar', 'print', 'pagination', 'pager',
    ].join('|') +
    ')(?:$|[^a-z])',
);

export function isBoilerplateName(names: string): boolean {
  return names !== '' && BOILERPLATE.test(names);
}
