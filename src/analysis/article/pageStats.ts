import type { Steps } from '../../shared/steps.ts';
import { isBlockTag } from './articleText.ts';
import { isNeverTextTag } from './region.ts';

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
  /**
   * An `<a>` other than a named anchor (`<a name>` without href): that one marks a place to
   * jump to and links nowhere, and old pages often leave it unclosed, so that it holds the
   * whole page. An `<a>` with neither is usually a control (share, "more"), counted as a link.
   */
  link: boolean;
  /** `class` and `id` joined, lower-cased (the names sites give their boxes); read on first use. */
  readonly names: string;
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
  /**
   * Elements hidden by markup, and editable ones (a reader's own text being typed), with the
   * stats index of their parent: never article text, and never drawn into.
   */
  hidden: Array<{ el: Element; parent: number }>;
}

/**
 * One element's numbers. A class (one shape for every element, no object literal per
 * element) whose `names` are read from the DOM only when a rule asks: most elements of a
 * page (navigation, footers, sidebars) are never asked.
 */
class MeasuredElement implements ElementStats {
  text = 0;
  linkText = 0;
  ownText = 0;
  ownCommas = 0;
  blockChildren = 0;
  paragraphs = 0;
  end: number;
  private cachedNames: string | null = null;

  constructor(readonly el: Element, readonly parent: number, readonly tag: string, readonly link: boolean, index: number) {
    this.end = index;
  }

  get names(): string {
    if (this.cachedNames === null) {
      const id = this.el.getAttribute('id');
      const cls = this.el.getAttribute('class');
      this.cachedNames = cls || id ? splitNames(`${cls ?? ''} ${id ?? ''}`) : '';
    }
    return this.cachedNames;
  }
}

/** Lower-cased input instead of the `i` flag: cheaper for V8 to compile, which each page pays. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/;

/** Hidden by markup (no layout APIs: this must give the same answer in linkedom and a browser). */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style.toLowerCase());
}

/**
 * Editable by markup (`contenteditable` other than "false"): a comment being typed, a newsroom's
 * editor. Its text is the reader's own, not the article, and a wrapper drawn into it would
 * become part of what they write.
 */
export function isEditableByMarkup(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** A superset of the elements isHiddenByMarkup or isEditableByMarkup accept. */
const MAY_HIDE_OR_EDIT = '[hidden],[aria-hidden],[style],[contenteditable]';

/** HTML's collapsible whitespace and the no-break space, in runs. */
const SPACE_RUNS = /[ \t\n\r\f\u00a0]+/g;
/** Commas: Latin, Arabic, CJK and their variants. */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C\u3001]/g;

/**
 * What one text node adds: its length with whitespace runs collapsed to one space and ends
 * trimmed, and its commas. Native string searches rather than a loop over characters: this
 * runs over all of a page's text, in code that is cold on every page.
 */
const measured = { length: 0, commas: 0 };
function measureText(data: string): void {
  const collapsed = data.replace(SPACE_RUNS, ' ');
  let from = 0;
  let to = collapsed.length;
  if (to > 0 && collapsed.charCodeAt(0) === 32) from = 1;
  if (to > from && collapsed.charCodeAt(to - 1) === 32) to--;
  measured.length = to - from;
  let commas = 0;
  if (measured.length > 0) {
    COMMAS.lastIndex = 0;
    while (COMMAS.test(data)) commas++;
  }
  measured.commas = commas;
}

/** Lower-cased, with camelCase split into words (`newsCaption` → `news-caption`) so name rules see the parts. */
function splitNames(names: string): string {
  return names.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** Elements measured between two steps of `measurePageSteps`. */
const ELEMENTS_PER_STEP = 2000;

/**
 * Measures every element under `root` (inclusive) in one pre-order walk, in steps of
 * ELEMENTS_PER_STEP elements: a page of 50,000 elements (a story under thousands of comments)
 * takes some 80 ms to measure, which must not be one task. The walk keeps its stack in
 * parallel arrays and reads each element's tag once: on a news page of several thousand
 * elements this runs cold (fresh code on every page), where allocations and DOM reads are
 * what cost.
 */
export function* measurePageSteps(root: Element): Steps<PageStats> {
  const walk = new PageWalk(root);
  while (!walk.measure(ELEMENTS_PER_STEP)) yield;
  return walk.finish();
}

/** The walk's state between steps. */
class PageWalk {
  readonly all: MeasuredElement[] = [];
  readonly hidden: Array<{ el: Element; parent: number }> = [];
  // The stack: element, its upper-case tag, parent's index, nearest block ancestor's index, inside a link, is a block.
  private readonly stackEl: Element[];
  private readonly stackTag: string[];
  private readonly stackParent: number[] = [-1];
  private readonly stackBlock: number[] = [-1];
  private readonly stackLink: boolean[] = [false];
  private readonly stackIsBlock: boolean[];
  /**
   * The elements that may be hidden or editable by markup, found by one native query: the walk
   * then asks only these for their attributes instead of every element for four of them (each
   * DOM read from a content script is a call into the page, and in Firefox one through a wrapper).
   */
  private readonly marked: Set<Element>;

  constructor(root: Element) {
    const upper = root.tagName.toUpperCase();
    this.stackEl = [root];
    this.stackTag = [upper];
    this.stackIsBlock = [isBlockTag(upper)];
    this.marked = new Set(root.querySelectorAll(MAY_HIDE_OR_EDIT));
  }

  /** Measures up to `budget` more elements; true when every element has been measured. */
  measure(budget: number): boolean {
    const { all, hidden, stackEl, stackTag, stackParent, stackBlock, stackLink, stackIsBlock, marked } = this;
    for (let left = budget; left > 0 && stackEl.length > 0; left--) {
      const el = stackEl.pop()!;
      const parent = stackParent.pop()!;
      const outerBlock = stackBlock.pop()!;
      const outerLink = stackLink.pop()!;
      const elIsBlock = stackIsBlock.pop()!;
      const tag = stackTag.pop()!.toLowerCase();
      const me = all.length;
      const isLink = tag === 'a' && (el.hasAttribute('href') || !el.hasAttribute('name'));
      const stats = new MeasuredElement(el, parent, tag, isLink, me);
      all.push(stats);
      const block = elIsBlock || me === 0 ? me : outerBlock;
      const owner = all[block]!;
      const link = outerLink || isLink;
      // Children last to first, pushed straight onto the stack, so they pop in document order.
      const firstHidden = hidden.length;
      for (let child = el.lastChild; child; child = child.previousSibling) {
        const type = child.nodeType;
        if (type === 3) {
          measureText((child as Text).data);
          if (measured.length === 0) continue;
          // One separating space per text node approximates the collapsed joins.
          const len = measured.length + 1;
          stats.text += len;
          if (link) stats.linkText += len;
          owner.ownText += len;
          owner.ownCommas += measured.commas;
        } else if (type === 1) {
          const kid = child as Element;
          const upper = kid.tagName.toUpperCase();
          if (isNeverTextTag(upper)) continue;
          if (marked.has(kid) && (isHiddenByMarkup(kid) || isEditableByMarkup(kid))) {
            hidden.push({ el: kid, parent: me });
            continue;
          }
          const kidIsBlock = isBlockTag(upper);
          if (kidIsBlock) stats.blockChildren++;
          stackEl.push(kid);
          stackTag.push(upper);
          stackParent.push(me);
          stackBlock.push(block);
          stackLink.push(link);
          stackIsBlock.push(kidIsBlock);
        }
      }
      if (hidden.length - firstHidden > 1) reverseFrom(hidden, firstHidden); // keep document order
    }
    return stackEl.length === 0;
  }

  finish(): PageStats {
    const { all, hidden } = this;
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
    return { all, hidden };
  }
}

function reverseFrom<T>(items: T[], from: number): void {
  for (let i = from, j = items.length - 1; i < j; i++, j--) {
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
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
