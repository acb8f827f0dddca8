import type { ArticleText } from '../analysis/article/articleText.ts';
import { endPoint, startPoint } from '../analysis/article/textPositions.ts';
import { runToEnd, type Steps } from '../shared/steps.ts';

export const HIGHLIGHT_TAG = 'newsmark-hl';

export type HighlightKind = 'person' | 'claim' | 'note';

export interface HighlightSpec {
  start: number;
  end: number;
  kind: HighlightKind;
  /** `data-*` attributes (without the `data-` prefix) set on each wrapper. */
  data: Record<string, string>;
}

/**
 * Wraps each highlighted range of the article in `<newsmark-hl>` elements, one per text
 * node piece (like hypothesis' highlighter), so block structure stays valid. Every text node
 * is first split at every boundary of every highlight; then each piece gets nested wrappers,
 * outermost (longest) highlight first, so overlapping highlights nest.
 */
export function drawHighlights(at: ArticleText, specs: HighlightSpec[]): void {
  runToEnd(drawHighlightsSteps(at, specs));
}

/** Specs per slice of drawing; a slice never splits a group of overlapping highlights. */
const SLICE_SPECS = 150;

/**
 * Draws in slices, last part of the text first: splitting a text node keeps the original node as
 * the first piece, so offsets into the text before a slice stay valid after it is drawn and the
 * same text map serves every slice.
 */
export function* drawHighlightsSteps(at: ArticleText, specs: HighlightSpec[]): Steps<void> {
  const sorted = specs.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const windows: HighlightSpec[][] = [];
  let current: HighlightSpec[] = [];
  let reach = -1;
  for (const spec of sorted) {
    if (current.length >= SLICE_SPECS && spec.start >= reach) {
      windows.push(current);
      current = [];
    }
    current.push(spec);
    reach = Math.max(reach, spec.end);
  }
  if (current.length) windows.push(current);
  for (let i = windows.length - 1; i >= 0; i--) {
    drawWindow(at, windows[i]!);
    if (i > 0) yield;
  }
}

function drawWindow(at: ArticleText, specs: HighlightSpec[]): void {
  const doc = at.segments[0]?.node.ownerDocument;
  if (!doc || !specs.length) return;

  const cuts = new Map<Text, Set<number>>();
  const located: Array<{ spec: HighlightSpec; from: { node: Text; offset: number }; to: { node: Text; offset: number } }> = [];
  for (const spec of specs) {
    if (spec.end <= spec.start) continue;
    const from = startPoint(at, spec.start);
    const to = endPoint(at, spec.end);
    if (!from || !to || isEditable(from.node) || isEditable(to.node)) continue;
    located.push({ spec, from, to });
    addCut(cuts, from.node, from.offset);
    addCut(cuts, to.node, to.offset);
  }

  // Split each node at its cuts; the original node stays the first piece.
  const pieces = new Map<Text, Array<{ at: number; node: Text }>>();
  for (const [node, offsets] of cuts) {
    const at = [...offsets].filter((offset) => offset > 0 && offset < node.data.length).sort((a, b) => a - b);
    pieces.set(node, [{ at: 0, node }, ...splitOff(node, at)]);
  }
  const pieceAt = (node: Text, offset: number): Text => {
    const list = pieces.get(node);
    if (!list) return node;
    let found = list[0]!.node;
    for (const p of list) if (p.at <= offset) found = p.node;
    return found;
  };

  const articleNodes = new Set<Text>(at.segments.map((s) => s.node));
  for (const list of pieces.values()) for (const p of list) articleNodes.add(p.node);

  located.sort((a, b) => b.spec.end - b.spec.start - (a.spec.end - a.spec.start));
  for (const { spec, from, to } of located) {
    const first = pieceAt(from.node, from.offset);
    const last = to.offset > 0 ? pieceAt(to.node, to.offset - 1) : to.node;
    for (const piece of textNodesBetween(doc, first, last, articleNodes)) if (!isEditable(piece)) wrap(doc, piece, spec);
  }
}

/**
 * Text the reader can edit (a box that became editable after the analysis, a document switched
 * to design mode): a wrapper there would become part of what they write. The analysis already
 * leaves editable boxes out; this is the drawing's own guard.
 */
function isEditable(node: Text): boolean {
  return node.parentElement?.isContentEditable === true;
}

function addCut(cuts: Map<Text, Set<number>>, node: Text, offset: number): void {
  let set = cuts.get(node);
  if (!set) cuts.set(node, (set = new Set()));
  set.add(offset);
}

/** Article text nodes from `first` to `last` inclusive, in document order; whitespace-only ones are skipped. */
function textNodesBetween(doc: Document, first: Text, last: Text, articleNodes: Set<Text>): Text[] {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* SHOW_TEXT */);
  walker.currentNode = first;
  for (let node: Node | null = first; node; node = walker.nextNode()) {
    const text = node as Text;
    if (articleNodes.has(text) && /\S/.test(text.data)) out.push(text);
    if (node === last) break;
  }
  return out;
}

/** Wrappers Newsmark inserted, per document: clearing removes these and never a page's own elements. */
const ourWrappers = new WeakMap<Document, Element[]>();

function wrap(doc: Document, node: Text, spec: HighlightSpec): void {
  const wrapper = doc.createElement(HIGHLIGHT_TAG);
  const list = ourWrappers.get(doc) ?? [];
  list.push(wrapper);
  ourWrappers.set(doc, list);
  wrapper.setAttribute('data-newsmark-kind', spec.kind);
  for (const [key, value] of Object.entries(spec.data)) wrapper.setAttribute(`data-${key}`, value);
  node.parentNode!.insertBefore(wrapper, node);
  wrapper.appendChild(node);
}

/** Whether the page removed any of the wrappers drawn (a framework rendering the article again drops them). */
export function highlightsRemoved(doc: Document): boolean {
  return (ourWrappers.get(doc) ?? []).some((el) => !el.isConnected);
}

/**
 * Text nodes Newsmark split off, per document. Clearing joins exactly these back to the text
 * before them; `normalize()` would also merge or drop the page's own text nodes, which
 * frameworks (React, Vue) keep references to.
 */
const splitPieces = new WeakMap<Document, Text[]>();

/**
 * Splits `node` at every offset (ascending, inside the text) in one pass: the node keeps the text
 * before the first offset, and new text nodes with the rest follow it, in order. Not splitText
 * once per offset: each call copies the node's remaining text (strings are immutable), which is
 * quadratic on a long text node — a whole report or log in one <pre> — and took 50–100 ms per
 * slice of drawing on a 200,000-character one.
 */
function splitOff(node: Text, offsets: number[]): Array<{ at: number; node: Text }> {
  if (!offsets.length) return [];
  const doc = node.ownerDocument;
  const data = node.data;
  const fragment = doc.createDocumentFragment();
  const pieces = offsets.map((at, i) => ({ at, node: doc.createTextNode(data.slice(at, offsets[i + 1] ?? data.length)) }));
  for (const piece of pieces) fragment.appendChild(piece.node);
  node.parentNode!.insertBefore(fragment, node.nextSibling);
  node.deleteData(offsets[0]!, data.length - offsets[0]!);
  const list = splitPieces.get(doc) ?? [];
  for (const piece of pieces) list.push(piece.node);
  splitPieces.set(doc, list);
  return pieces;
}

/** Removes every wrapper and merges the text back: the page's text is exactly as before. */
export function clearHighlights(doc: Document): void {
  const wrappers = ourWrappers.get(doc) ?? [];
  ourWrappers.delete(doc);
  for (const el of wrappers) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
  // Last split first: each piece joins the text it was split from, which is right before it.
  const pieces = splitPieces.get(doc) ?? [];
  splitPieces.delete(doc);
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i]!;
    const before = piece.previousSibling;
    if (!piece.parentNode || !before || before.nodeType !== 3) continue;
    (before as Text).appendData(piece.data);
    piece.remove();
  }
}
