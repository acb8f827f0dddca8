import { Readability } from '@mozilla/readability';
import { type ArticleMetadata, canonicalUrl, readMetadataFallbacks, toIsoDate } from './metadata.ts';
import type { ArticleRegion } from './region.ts';

export interface DetectedArticle {
  region: ArticleRegion;
  metadata: ArticleMetadata;
}

export interface DetectOptions {
  /** The page's URL (a document parsed in Node has none of its own). */
  url?: string | null;
}

const MIN_ARTICLE_CHARS = 200;

/**
 * Finds the article in `doc` and returns it as the live document's own elements.
 *
 * Readability decides on a clone (it rewrites the DOM it reads). It moves text nodes but
 * never recreates them, so each text node it kept is mapped back to its live twin, and the
 * region is described by elements: the lowest common ancestor of the kept text, minus the
 * subtrees whose text Readability dropped (share bars, captions, related lists…).
 * Returns null for pages that are not articles.
 */
export function detectArticle(doc: Document, options: DetectOptions = {}): DetectedArticle | null {
  const pageUrl = options.url ?? (doc.location ? doc.location.href : null);
  const clone = doc.cloneNode(true) as Document;
  const twins = pairTextNodes(doc, clone);
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  if (!parsed?.content) return null;

  const kept = new Set<Text>();
  collectText(parsed.content, (cloneText) => {
    const live = twins.get(cloneText);
    if (live && /\S/.test(live.data)) kept.add(live);
  });
  let keptChars = 0;
  for (const node of kept) keptChars += node.data.trim().length;
  if (keptChars < MIN_ARTICLE_CHARS) return null;

  const region = regionOf(kept);
  if (!region) return null;
  const fallbacks = readMetadataFallbacks(doc);
  return {
    region,
    metadata: {
      title: (parsed.title || fallbacks.title || '').trim(),
      byline: parsed.byline?.trim() || fallbacks.byline || null,
      siteName: parsed.siteName?.trim() || fallbacks.siteName || null,
      publishedTime: toIsoDate(parsed.publishedTime) ?? fallbacks.publishedTime ?? null,
      lang: parsed.lang?.split(/[-_]/)[0]?.toLowerCase() || fallbacks.lang || null,
      url: canonicalUrl(doc, pageUrl),
    },
  };
}

/** Pairs each text node of the clone with the live one at the same place in the tree. */
function pairTextNodes(live: Document, clone: Document): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  const a = live.createTreeWalker(live, 4 /* SHOW_TEXT */);
  const b = clone.createTreeWalker(clone, 4 /* SHOW_TEXT */);
  let x = a.nextNode();
  let y = b.nextNode();
  while (x && y) {
    pairs.set(y as Text, x as Text);
    x = a.nextNode();
    y = b.nextNode();
  }
  return pairs;
}

function collectText(root: Node, visit: (t: Text) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) visit(node as Text);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

function ancestors(node: Node): Element[] {
  const out: Element[] = [];
  for (let el = node.parentElement; el; el = el.parentElement) out.push(el);
  return out.reverse();
}

function regionOf(kept: Set<Text>): ArticleRegion | null {
  let common: Element[] | null = null;
  for (const node of kept) {
    const chain = ancestors(node);
    if (!common) {
      common = chain;
      continue;
    }
    let i = 0;
    while (i < common.length && i < chain.length && common[i] === chain[i]) i++;
    common = common.slice(0, i);
  }
  const root = common?.[common.length - 1];
  if (!root) return null;

  // Mark every element that holds kept text; any element with visible text but no kept
  // text is outside the article, and so is its whole subtree.
  const holdsKept = new Set<Element>();
  for (const node of kept) {
    for (let el = node.parentElement; el && !holdsKept.has(el); el = el.parentElement) {
      holdsKept.add(el);
      if (el === root) break;
    }
  }
  const excluded = new Set<Element>();
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (const child of Array.from(el.children)) {
      if (holdsKept.has(child)) stack.push(child);
      else if (/\S/.test(child.textContent ?? '')) excluded.add(child);
    }
  }
  return { roots: [root], excluded };
}
