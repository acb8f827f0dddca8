import { isBlock } from './articleText.ts';
import { isNeverText } from './region.ts';

/**
 * One read-only pass over the live DOM that measures every element: how much visible
 * text it holds, how much of that is link text, and the "paragraph" text it holds
 * directly (inline content whose nearest block ancestor is this element). Everything
 * the detector decides afterwards reads these numbers instead of walking the DOM again,
 * which is what makes it cheaper than cloning the page for Readability.
 */
export interface ElementStats {
  el: Element;
  /** Index of the parent's stats, -1 for the walk's root. */
  parent: number;
  /** Lower-case tag name. */
  tag: string;
  /** `class` and `id` joined, lower-cased (the names sites give their boxes). */
  names: string;
  /** Collapsed-whitespace text length of the subtree (hidden and never-text parts skipped). */
  text: number;
  /** The part of `text` inside links. */
  linkText: number;
  /** Inline text owned directly by this block (not by a nested block). */
  ownText: number;
  /** Commas in `ownText` (Latin, Arabic, CJK). */
  ownCommas: number;
  /** Child elements that are blocks (a box of mixed inline text and blocks scores itself). */
  blockChildren: number;
  /** Number of descendant <p> elements. */
  paragraphs: number;
  /** Index of the last element of this subtree (pre-order), so subtrees are index ranges. */
  end: number;
}

export interface PageStats {
  /** Elements in document (pre-)order. */
  all: ElementStats[];
  index: Map<Element, number>;
  /** Elements hidden by markup, with the stats index of their parent: never article text. */
  hidden: Array<{ el: Element; parent: number }>;
}

const COMMA = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;

/** Hidden by markup (no layout APIs: this must give the same answer in linkedom and a browser). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Length of `data` with whitespace runs collapsed to one space and ends trimmed, without allocating. */
function visibleLength(data: string): number {
  let length = 0;
  let inSpace = false;
  let seenChar = false;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      inSpace = true;
      continue;
    }
    if (inSpace && seenChar) length++;
    inSpace = false;
    seenChar = true;
    length++;
  }
  return length;
}

/** Lower-cased, with camelCase split into words (`newsCaption` → `news-caption`) so name rules see the parts. */
function splitNames(names: string): string {
  return names.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

function countCommas(data: string): number {
  const m = data.match(COMMA);
  return m ? m.length : 0;
}

export function measurePage(root: Element): PageStats {
  const all: ElementStats[] = [];
  const index = new Map<Element, number>();
  const hidden: Array<{ el: Element; parent: number }> = [];
  // Iterative pre-order walk; `block` is the index of the nearest block ancestor,
  // `link` whether we are inside an <a>.
  const stack: Array<{ el: Element; parent: number; block: number; link: boolean }> = [{ el: root, parent: -1, block: -1, link: false }];
  while (stack.length > 0) {
    const { el, parent, block: outerBlock, link: outerLink } = stack.pop()!;
    const tag = el.localName.toLowerCase();
    const id = el.getAttribute('id');
    const cls = el.getAttribute('class');
    const stats: ElementStats = {
      el, parent, tag,
      names: cls || id ? splitNames(`${cls ?? ''} ${id ?? ''}`) : '',
      text: 0, linkText: 0, ownText: 0, ownCommas: 0, paragraphs: 0, end: 0, blockChildren: 0,
    };
    const me = all.length;
    stats.end = me;
    all.push(stats);
    index.set(el, me);
    const block = isBlock(el) || me === 0 ? me : outerBlock;
    const link = outerLink || tag === 'a';
    const kids: Array<{ el: Element; parent: number; block: number; link: boolean }> = [];
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const length = visibleLength(data);
        if (length === 0) continue;
        // One separating space per text node approximates the collapsed joins.
        const len = length + 1;
        stats.text += len;
        if (link) stats.linkText += len;
        const owner = all[block]!;
        owner.ownText += len;
        owner.ownCommas += countCommas(data);
      } else if (child.nodeType === 1) {
        const kid = child as Element;
        if (isNeverText(kid)) continue;
        if (isHiddenByMarkup(kid)) {
          hidden.push({ el: kid, parent: me });
          continue;
        }
        if (isBlock(kid)) stats.blockChildren++;
        kids.push({ el: kid, parent: me, block, link });
      }
    }
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  // Post-order sums: children come after their parent in pre-order, so a reverse sweep
  // adds each element's totals into its parent before the parent is itself added upward.
  for (let i = all.length - 1; i > 0; i--) {
    const s = all[i]!;
    const p = all[s.parent]!;
    if (s.end > p.end) p.end = s.end;
    p.text += s.text;
    p.linkText += s.linkText;
    p.paragraphs += s.paragraphs + (s.tag === 'p' ? 1 : 0);
  }
  return { all, index, hidden };
}

export function linkDensity(s: ElementStats): number {
  return s.text > 0 ? s.linkText / s.text : 0;
}

/**
 * The elements of `roots` in document order, skipping excluded subtrees; an element for which
 * `leaf` is true is visited but its descendants are not.
 */
export function* includedElements(stats: PageStats, roots: number[], excluded: Set<Element>, leaf: (s: ElementStats) => boolean = () => false): Generator<ElementStats> {
  const { all } = stats;
  for (const r of roots) {
    for (let i = r; i <= all[r]!.end; i++) {
      const s = all[i]!;
      if (excluded.has(s.el)) {
        i = s.end;
        continue;
      }
      yield s;
      if (leaf(s)) i = s.end;
    }
  }
}
