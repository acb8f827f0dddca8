import { type ElementStats, includedElements, type PageStats } from './pageStats.ts';

/**
 * After the story's last paragraph, many containers carry a tail of links: a heading
 * such as "More stories" and a list whose every item is a teaser link, an author's other
 * posts, "next article" pointers. Those boxes have no telling name, so this works by
 * position: walking back from the end, short headings and linked list items are dropped
 * until the first real paragraph. Lists in the middle of a story are left alone.
 */
export function trimTail(stats: PageStats, roots: number[], excluded: Set<Element>): void {
  const blocks = leafBlocks(stats, roots, excluded);
  let removed = 0;
  for (let k = blocks.length - 1; k >= 0; k--) {
    const s = blocks[k]!;
    if (!isTailJunk(s, removed > 0)) break;
    excluded.add(s.el);
    removed++;
  }
}

/** Blocks that own text, in document order, outside excluded boxes. */
function leafBlocks(stats: PageStats, roots: number[], excluded: Set<Element>): ElementStats[] {
  return [...includedElements(stats, roots, excluded)].filter((s) => s.ownText > 0);
}

const CONTACT = /^(?:[\w.+-]+@[\w-]+\.[\w.]+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/\S+|@\w{2,30})$/i;

function isTailJunk(s: ElementStats, belowIsJunk: boolean): boolean {
  const linkShare = s.text > 0 ? s.linkText / s.text : 0;
  // Teaser list items: each carries a link, and is short or link-heavy (a list of
  // sources written as sentences with one link each is still prose).
  if (s.tag === 'li' || s.tag === 'dt' || s.tag === 'dd') return s.linkText > 0 && (linkShare >= 0.25 || s.text <= 80);
  // A short line or heading that is mostly a link: a teaser ("Next article: …").
  if (s.text <= 150 && linkShare > 0.5) return true;
  // The writer's contact lines under the story: an e-mail address or a social handle.
  if (s.text <= 80 && CONTACT.test(textOf(s))) return true;
  // A short heading over a teaser list that was dropped ("More Great Stories"); a
  // closing line on its own ("How to listen") stays.
  if (/^h[2-6]$/.test(s.tag) || s.text <= 60) return belowIsJunk && !/[.!?…。"”]$/.test(textOf(s));
  return false;
}

function textOf(s: ElementStats): string {
  return (s.el.textContent ?? '').trim();
}
