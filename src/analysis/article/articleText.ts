import { type ArticleRegion, isNeverTextTag } from './region.ts';

/**
 * The article's plain text and a map from every character back to the live DOM.
 *
 * Whitespace is collapsed as a browser renders it (runs become one space), block
 * boundaries and <br> become "\n", so words from neighbouring blocks are never glued. In
 * preformatted text (<pre>), whose line breaks are its layout, a blank line also becomes "\n":
 * a hard-wrapped plain-text document (an RFC) keeps its paragraphs and headings apart, while
 * the single line breaks inside a paragraph collapse, so its sentences stay whole.
 */
export interface ArticleText {
  text: string;
  /** Runs of text in document order; each maps linearly onto one text node. */
  segments: TextSegment[];
}

/** Characters `start..end` of the text are characters `nodeStart..` of `node`, one for one. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeStart: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'BR', 'CAPTION', 'SUMMARY', 'BODY', 'HTML',
]);

export function isBlock(el: Element): boolean {
  return isBlockTag(el.tagName.toUpperCase());
}

/** `isBlock` for a tag name already read and upper-cased. */
export function isBlockTag(upperTag: string): boolean {
  return BLOCK_TAGS.has(upperTag);
}

/**
 * HTML's collapsible whitespace (space, tab, LF, CR, FF) where it does not map one to one: runs
 * of two or more, a single tab or line break, a single space at either end of a text node or
 * after a no-break space (which becomes a space itself, so the space after it collapses). A
 * single space between two words is kept as it is.
 */
const COLLAPSING_SPACE = /[ \t\n\r\f]{2,}|[\t\n\r\f]|^ | $|(?<=\u00a0) /g;
/** Whitespace holding a blank line (two line breaks with nothing but spaces between). */
const BLANK_LINE = /(?:\r\n?|\n)[ \t\f]*(?:\r\n?|\n)/;
/** Whitespace that a text node begins with, and that it ends with, holding a line break. */
const LEADING_LINE_BREAK = /^[ \t\f]*[\r\n]/;
const TRAILING_LINE_BREAK = /[\r\n][ \t\f]*$/;


export function buildArticleText(region: ArticleRegion): ArticleText {
  const builder = new TextBuilder();
  for (const root of region.roots) {
    builder.breakLine();
    walk(root, region.excluded, builder);
  }
  return builder.finish();
}

function walk(root: Element, excluded: Set<Element>, out: TextBuilder): void {
  // Iterative DFS with explicit exits, so block ends can be seen without recursion limits.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  let preDepth = 0;
  for (let a = root.parentElement; a; a = a.parentElement) if (a.tagName.toUpperCase() === 'PRE') preDepth++;
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      out.appendTextNode(node as Text, preDepth > 0);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (exit) {
      if (isBlockTag(tag)) out.breakLine();
      if (tag === 'PRE') preDepth--;
      continue;
    }
    if (el !== root && (excluded.has(el) || isNeverTextTag(tag))) continue;
    if (isBlockTag(tag)) out.breakLine();
    if (tag === 'PRE') preDepth++;
    stack.push({ node: el, exit: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
}

/**
 * Builds the text run by run (not character by character: a 20,000-word page must take a few
 * milliseconds). A collapsed space is emitted with the run that follows it, from the same node
 * when it can be, so most runs stay one linear segment.
 */
class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: TextSegment[] = [];
  private pendingBreak = false;
  private pendingSpace: { node: Text; offset: number } | null = null;
  private lastChar = '\n';
  /** Preformatted text since the last run ended in a line break: one more, in the next node, makes a blank line. */
  private openLine = false;

  breakLine(): void {
    this.pendingBreak = true;
    this.pendingSpace = null;
  }

  appendTextNode(node: Text, preformatted = false): void {
    const data = node.data;
    // A blank line split between two nodes (`line.\n<!-- … -->\nNext`) is a blank line too.
    if (preformatted && this.openLine && LEADING_LINE_BREAK.test(data)) this.breakLine();
    // Stretches of text whose only whitespace is single spaces between words map linearly to
    // the output, so each is emitted whole; the regex finds the whitespace between them that
    // collapses (a native search: this runs over all of the article's text, in code that is
    // cold on every page).
    let from = 0;
    COLLAPSING_SPACE.lastIndex = 0;
    for (let m = COLLAPSING_SPACE.exec(data); m; m = COLLAPSING_SPACE.exec(data)) {
      if (m.index > from) this.emitRun(node, data, from, m.index);
      if (preformatted && BLANK_LINE.test(m[0])) this.breakLine();
      else if (!this.pendingSpace && this.lastChar !== ' ' && this.lastChar !== '\n') this.pendingSpace = { node, offset: m.index };
      from = m.index + m[0].length;
    }
    if (from < data.length) this.emitRun(node, data, from, data.length);
    if (preformatted && TRAILING_LINE_BREAK.test(data)) this.openLine = true;
  }

  private emitRun(node: Text, data: string, from: number, to: number): void {
    this.openLine = false;
    if (this.pendingBreak) {
      if (this.length > 0 && this.lastChar !== '\n') this.push('\n'); // maps to no node
      this.pendingBreak = false;
      this.pendingSpace = null;
    }
    let start = from;
    const space = this.pendingSpace;
    this.pendingSpace = null;
    if (space && space.node === node && space.offset === from - 1) {
      start = from - 1; // the single space just before the run: one linear segment
    } else if (space) {
      this.addSegment(space.node, space.offset, ' ');
    }
    let run = data.slice(start, to);
    if (start < from) run = ` ${run.slice(1)}`;
    if (run.includes('\u00a0')) run = run.replace(/\u00a0/g, ' ');
    this.addSegment(node, start, run);
  }

  private addSegment(node: Text, nodeStart: number, text: string): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.end === this.length && last.nodeStart + (last.end - last.start) === nodeStart) {
      last.end += text.length;
    } else {
      this.segments.push({ node, start: this.length, end: this.length + text.length, nodeStart });
    }
    this.push(text);
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.lastChar = text[text.length - 1]!;
  }

  finish(): ArticleText {
    return { text: this.parts.join(''), segments: this.segments };
  }
}
