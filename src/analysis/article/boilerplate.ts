import { isBlock } from './articleText.ts';
import { classWeight, isBoilerplateName } from './classSignals.ts';
import { type ElementStats, type PageStats, linkDensity } from './pageStats.ts';
import { isDateLine, isLabel, isPointer } from './textPatterns.ts';
import { trimTail } from './trimTail.ts';

/**
 * Boilerplate inside the chosen container: the boxes a news page puts between and after
 * the paragraphs of a story. Each rule names the page pattern that motivated it.
 * Returns the elements to exclude (their whole subtree leaves the article).
 */
export function findBoilerplate(stats: PageStats, roots: number[], title: string): Set<Element> {
  const { all } = stats;
  const excluded = new Set<Element>();
  const inRoots = (parent: number): boolean => roots.some((r) => parent >= r && parent <= all[r]!.end);
  // Hidden by markup (hidden, aria-hidden, inline display:none): screen-reader-only
  // labels ("Image caption", "Advertisement") and collapsed widgets; and editable boxes.
  for (const h of stats.hidden) if (inRoots(h.parent)) excluded.add(h.el);

  let prose = 0;
  for (const r of roots) prose += all[r]!.text - all[r]!.linkText;
  const context: Context = { prose, title: normalize(title) };

  for (const r of roots) {
    for (let i = r + 1; i <= all[r]!.end; i++) {
      const s = all[i]!;
      if (isBoilerplate(s, context)) {
        excluded.add(s.el);
        i = s.end; // skip the subtree
      }
    }
  }
  trimTail(stats, roots, excluded);
  return excluded;
}

interface Context {
  /** Non-link text of the whole container. */
  prose: number;
  /** The page title, normalised. */
  title: string;
}

/**
 * Lower case, runs of anything but letters and digits as one space. ASCII text (most titles)
 * takes an equivalent ASCII pattern: the Unicode-property one costs about a millisecond to
 * compile, paid afresh on every page.
 */
function normalize(text: string): string {
  const lower = text.toLowerCase();
  if (isAscii(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

const LIST_BOXES = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl']);

function isBoilerplate(s: ElementStats, context: Context): boolean {
  const { tag } = s;
  // Page furniture by element type: the headline (metadata, not body), boxes the page
  // itself marks as asides, footers or headers, and image captions (news ground truth
  // treats captions and photo credits as not part of the story).
  if (tag === 'h1' || tag === 'aside' || tag === 'footer' || tag === 'figcaption' || tag === 'header') return true;
  if (s.text === 0) return false;
  // Inline elements inside a paragraph are never cut out of it (that would leave holes
  // in sentences: a linked ticker symbol, a highlighted phrase); their block decides.
  if (!isBlock(s.el) && insideRunningText(s)) return false;

  const ownsProse = s.text - s.linkText >= context.prose * 0.5;
  // Boxes named like share bars, related lists, newsletter sign-ups, bylines, captions,
  // tag lists, ad slots… unless the box holds most of the story (a wrapper named
  // `story-body has-share-bar` is still the story).
  if (!ownsProse && isBoilerplateName(s.names)) return true;
  // A form that is not the page's wrapper is a search box, sign-up or comment form.
  if (tag === 'form' && !ownsProse) return true;
  // Figures without paragraphs are images with captions or credits.
  if (tag === 'figure' && s.paragraphs === 0) return true;

  const density = linkDensity(s);
  if (LIST_BOXES.has(tag) && !ownsProse) {
    // Lists of links inside the story: "more stories" boxes, tag clouds, share menus.
    if (density > 0.5 && s.text < 2000) return true;
    // Boxes with a boilerplate-sounding name (promo, widget, meta…) that are small.
    if (classWeight(s.names) < 0 && s.text < 1000) return true;
  }

  // A line that is all link, between paragraphs: an inline teaser for another story
  // (an all-caps linked headline), or a paragraph of several teaser links separated by
  // line breaks ("Story A [INSIGHT]<br>Story B [VIDEO]"). A bare URL is a cited source.
  if (s.ownText > 0 && s.ownText === s.text && !/^(?:li|dt|dd|td|th)$/.test(tag) && !looksLikeUrl(s)) {
    if (s.text <= 150 && density >= 0.8) return true;
    if (s.text <= 500 && density >= 0.7 && s.el.getElementsByTagName('a').length >= 2) return true;
  }

  if (s.text <= 200) {
    const text = (s.el.textContent ?? '').replace(/\s+/g, ' ').trim();
    // A heading that repeats the title (pages that use an h2 for the headline).
    if (/^h[2-6]$|^p$|^div$/.test(tag) && context.title && normalize(text) === context.title) return true;
    // Labels ("Advertisement", "Read more"), pointer lines ("Related: <link>"), calls to
    // action ("Subscribe to …"), and date lines ("Posted: Fri 6:45 PM | Updated: …").
    if (isLabel(text) || isPointer(text, s.linkText > 0) || isDateLine(text)) return true;
  }
  return false;
}

function looksLikeUrl(s: ElementStats): boolean {
  return /^\s*(?:https?:\/\/|www\.)\S+\s*$/i.test(s.el.textContent ?? '');
}

/**
 * Whether an inline element sits in running text: its nearest non-blank neighbour on
 * either side is text or inline content (`Nikkei <span>(N225)</span> rose`), not a block.
 * Spans used as boxes (`<span class="caption">` between paragraphs) have block or no
 * neighbours.
 */
function insideRunningText(s: ElementStats): boolean {
  return runsOn(s.el.previousSibling, 'previousSibling') || runsOn(s.el.nextSibling, 'nextSibling');
}

function runsOn(start: ChildNode | null, step: 'previousSibling' | 'nextSibling'): boolean {
  for (let node = start; node; node = node[step]) {
    if (node.nodeType === 3) {
      if (/\S/.test((node as Text).data)) return true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isBlock(el)) return false;
    if (/\S/.test(el.textContent ?? '')) return true;
    // A line break (`<br>`, or a box holding one: `<span id="…brPubDate"><br></span>`) ends the
    // line: what stands beyond it is another line, not running text.
    if (el.tagName === 'BR' || el.getElementsByTagName('br').length > 0) return false;
  }
  return false;
}
