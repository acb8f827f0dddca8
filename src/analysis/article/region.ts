/**
 * An article region: the live page's own elements that hold the article.
 * Text belongs to the article when it sits under one of `roots` and under none of `excluded`.
 * Membership is decided by ancestry, not by node identity, so it survives the text-node
 * splits that highlighting makes.
 */
export interface ArticleRegion {
  roots: Element[];
  excluded: Set<Element>;
}

/**
 * Elements whose text is never article text, wherever they are. FORM is not one of them:
 * some frameworks (ASP.NET WebForms) wrap the whole page in a form, so forms are judged
 * by the detector like any other box (see boilerplate.ts).
 */
export const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON',
  'SELECT', 'TEXTAREA', 'INPUT', 'NAV', 'MATH',
]);

/** Newsmark's own in-page UI hosts (controls, and the hover card); their text is never part of the article. */
export const UI_HOST_TAG = 'NEWSMARK-UI';
export const CARD_HOST_TAG = 'NEWSMARK-CARD';

/** Whether elements with this tag name (upper-cased) never hold article text. */
export function isNeverTextTag(upperTag: string): boolean {
  return NEVER_TEXT.has(upperTag) || upperTag === UI_HOST_TAG || upperTag === CARD_HOST_TAG;
}
