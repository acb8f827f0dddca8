import type { ArticleText, TextSegment } from './articleText.ts';

export interface DomPoint {
  node: Text;
  offset: number;
}

/** Index of the segment holding character `offset`, or of the first segment after it. */
function segmentAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function nodeOffsetOf(seg: TextSegment, offset: number): number {
  const i = offset - seg.start;
  return seg.nodeStart + i;
}

/** DOM point just before character `offset` (a range start). */
export function startPoint(at: ArticleText, offset: number): DomPoint | null {
  const seg = at.segments[segmentAt(at.segments, offset)];
  if (!seg) return null;
  const clamped = Math.max(offset, seg.start);
  return { node: seg.node, offset: nodeOffsetOf(seg, clamped) };
}

/** DOM point just after character `offset - 1` (a range end). */
export function endPoint(at: ArticleText, offset: number): DomPoint | null {
  if (offset <= 0) return null;
  const idx = segmentAt(at.segments, offset - 1);
  let seg = at.segments[idx];
  // A synthetic line break belongs to no segment: end after the previous segment instead.
  if (!seg || seg.start > offset - 1) seg = at.segments[idx - 1];
  if (!seg) return null;
  const last = Math.min(offset - 1, seg.end - 1);
  return { node: seg.node, offset: nodeOffsetOf(seg, last) + 1 };
}

/**
 * Text offset of a DOM point (e.g. a selection boundary). Points that fall outside the
 * article map to the nearest article character after them (or the end).
 */
export function textOffsetOf(at: ArticleText, node: Node, offset: number): number | null {
  const doc = node.ownerDocument;
  if (!doc) return null;
  // Same text node: find the segment run for this node.
  if (node.nodeType === 3) {
    let best: number | null = null;
    for (const seg of at.segments) {
      if (seg.node !== node) continue;
      const count = seg.end - seg.start;
      for (let i = 0; i < count; i++) {
        if (nodeOffsetOf(seg, seg.start + i) >= offset) return seg.start + i;
      }
      best = seg.end;
    }
    if (best !== null) return best;
  }
  // Otherwise: the first segment whose node lies at or after the point.
  const range = doc.createRange();
  range.setStart(node, offset);
  for (const seg of at.segments) {
    if (range.comparePoint(seg.node, 0) >= 0) return seg.start;
  }
  return at.text.length;
}
