import { type ArticleRegion, isNeverText } from './region.ts';

/**
 * The article's plain text and a map from every character back to the live DOM.
 *
 * Whitespace is collapsed as a browser renders it (runs become one space), block
 * boundaries and <br> become "\n", so words from neighbouring blocks are never glued.
 */
export interface ArticleText {
  text: string;
  /** Text-node runs in document order; `offsets` is null when node offsets are linear. */
  segments: TextSegment[];
}

export interface TextSegment {
  node: Text;
  /** First and one-past-last character of `text` that come from this node. */
  start: number;
  end: number;
  /** Node offset of each emitted character, or null when it is `nodeStart + i`. */
  offsets: number[] | null;
  nodeStart: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'BR', 'CAPTION', 'SUMMARY', 'BODY', 'HTML',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

const WS = /[ \t\n\r\f]/;

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
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      out.appendTextNode(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (exit) {
      if (isBlock(el)) out.breakLine();
      continue;
    }
    if (el !== root && (excluded.has(el) || isNeverText(el))) continue;
    if (isBlock(el)) out.breakLine();
    stack.push({ node: el, exit: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
}

class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: TextSegment[] = [];
  private pendingBreak = false;
  private pendingSpace: { node: Text; offset: number } | null = null;
  private lastChar = '\n';

  breakLine(): void {
    this.pendingBreak = true;
    this.pendingSpace = null;
  }

  appendTextNode(node: Text): void {
    const data = node.data;
    let seg: TextSegment | null = null;
    let linear = true;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (WS.test(ch)) {
        if (!this.pendingSpace && this.lastChar !== ' ' && this.lastChar !== '\n') this.pendingSpace = { node, offset: i };
        continue;
      }
      if (this.pendingBreak) {
        if (this.length > 0 && this.lastChar !== '\n') this.emitSynthetic('\n');
        this.pendingBreak = false;
        this.pendingSpace = null;
      }
      if (this.pendingSpace) {
        const space = this.pendingSpace;
        this.pendingSpace = null;
        if (space.node === node) {
          seg = this.ensureSegment(seg, node, space.offset);
          linear = this.emit(seg, ' ', space.offset, linear);
        } else {
          this.emitInto(space.node, ' ', space.offset);
        }
      }
      seg = this.ensureSegment(seg, node, i);
      linear = this.emit(seg, ch === '\u00a0' ? ' ' : ch, i, linear);
    }
  }

  private ensureSegment(seg: TextSegment | null, node: Text, nodeStart: number): TextSegment {
    if (seg) return seg;
    const created: TextSegment = { node, start: this.length, end: this.length, offsets: null, nodeStart };
    this.segments.push(created);
    return created;
  }

  /** Appends one character from `seg.node` at `nodeOffset`; returns whether offsets stay linear. */
  private emit(seg: TextSegment, ch: string, nodeOffset: number, linear: boolean): boolean {
    const index = seg.end - seg.start;
    if (linear && nodeOffset !== seg.nodeStart + index) {
      seg.offsets = Array.from({ length: index }, (_, k) => seg.nodeStart + k);
      linear = false;
    }
    if (!linear) seg.offsets!.push(nodeOffset);
    seg.end++;
    this.push(ch);
    return linear;
  }

  /** A collapsed space whose source is an earlier node: give it a one-character segment. */
  private emitInto(node: Text, ch: string, nodeOffset: number): void {
    this.segments.push({ node, start: this.length, end: this.length + 1, offsets: null, nodeStart: nodeOffset });
    this.push(ch);
  }

  /** A line break made from element structure: it maps to the next character's position. */
  private emitSynthetic(ch: string): void {
    this.push(ch);
  }

  private push(ch: string): void {
    this.parts.push(ch);
    this.length++;
    this.lastChar = ch;
  }

  finish(): ArticleText {
    return { text: this.parts.join(''), segments: this.segments };
  }
}
