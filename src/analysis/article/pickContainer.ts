import { classWeight, isBoilerplateName, isMarkedAside, isUnlikelyCandidate } from './classSignals.ts';
import { type ElementStats, type PageStats, linkDensity } from './pageStats.ts';

/**
 * Paragraph scoring in the manner of Readability, but read-only: every block that owns
 * a run of real text (25+ characters) gives points to its parent, less to its
 * grandparent and further ancestors; the best-scoring ancestor (discounted by its link
 * density) is the article's container. Nothing is removed from the DOM: boxes that
 * Readability would strip before scoring (sidebars, comment threads, footers) are just
 * not allowed to score.
 */
export interface ContainerChoice {
  /** The article's top-level elements (stats indexes) in document order. */
  roots: number[];
  /** Final (link-discounted) score of each scored element. */
  scores: Map<number, number>;
}

const NOT_PARAGRAPHS = new Set(['li', 'dt', 'dd', 'th', 'h1', 'figcaption', 'caption', 'a', 'button', 'label', 'address']);
const MIN_PARAGRAPH = 25;
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'form']);

function tagBase(tag: string): number {
  switch (tag) {
    case 'div': case 'article': case 'main': case 'section': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

export function pickContainer(stats: PageStats): ContainerChoice | null {
  const { all } = stats;
  // A box holding half the page's text is the page, whatever it is called (a layout wrapper
  // named `page-ad-margins` around everything); one marked up as an aside is not.
  const pageText = all[0]?.text ?? 0;
  const isBarred = barredBoxes(all, pageText);

  const raw = new Map<number, number>();
  const touch = (i: number): number => {
    let score = raw.get(i);
    if (score === undefined) {
      const s = all[i]!;
      score = tagBase(s.tag) + classWeight(s.names);
      raw.set(i, score);
    }
    return score;
  };
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    if (s.ownText < MIN_PARAGRAPH || NOT_PARAGRAPHS.has(s.tag) || isBarred(i)) continue;
    const points = 1 + s.ownCommas + Math.min(Math.floor(s.ownText / 100), 3);
    // Text that sits loose in a box beside blocks (`<div>text<br>text<div>ad</div></div>`)
    // is a paragraph whose parent is that box itself.
    const first = s.blockChildren > 0 && CONTAINERS.has(s.tag) ? i : s.parent;
    let level = 0;
    for (let a = first; a >= 0 && level < 5; a = all[a]!.parent, level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(a, touch(a) + points / divider);
    }
  }
  if (raw.size === 0) return null;

  const scores = new Map<number, number>();
  let top = -1;
  let topScore = -Infinity;
  for (const [i, score] of raw) {
    const s = all[i]!;
    if (s.tag === 'html') continue;
    const final = score * (1 - linkDensity(s));
    scores.set(i, final);
    if (final > topScore) {
      topScore = final;
      top = i;
    }
  }
  if (top < 0) return null;
  top = promote(all, scores, top);
  return { roots: withSiblings(all, scores, proseMass(all, isBarred), isBarred, top), scores };
}

/**
 * Whether an element sits in a box barred from scoring (a sidebar, comment thread, footer…:
 * classSignals.isUnlikelyCandidate), itself included. Decided on demand and remembered, so
 * only the paragraphs' ancestors are ever looked at: the names and roles of the rest of the
 * page (most of it) are never read.
 */
function barredBoxes(all: ElementStats[], pageText: number): (i: number) => boolean {
  const state = new Uint8Array(all.length); // 0 not decided yet, 1 barred, 2 free
  return (i) => {
    const undecided: number[] = [];
    let a = i;
    while (a >= 0 && state[a] === 0) {
      undecided.push(a);
      a = all[a]!.parent;
    }
    let barred = a >= 0 && state[a] === 1;
    for (let k = undecided.length - 1; k >= 0; k--) {
      const s = all[undecided[k]!]!;
      if (!barred) {
        const role = s.el.getAttribute('role');
        barred = isMarkedAside(s.tag, role) || (s.text < pageText * 0.5 && isUnlikelyCandidate(s.names, s.tag, role));
      }
      state[undecided[k]!] = barred ? 1 : 2;
    }
    return state[i] === 1;
  };
}

function ancestorsOf(all: ElementStats[], i: number): number[] {
  const out: number[] = [];
  for (let a = all[i]!.parent; a >= 0; a = all[a]!.parent) out.push(a);
  return out;
}

/** Moves the choice up when the article's paragraphs are split across several close boxes. */
function promote(all: ElementStats[], scores: Map<number, number>, top: number): number {
  const topScore = scores.get(top) ?? 0;
  // Several near-best candidates under one ancestor: the article spans them all
  // (a story body interrupted by ad slots or split into "chunks").
  const rivals = [...scores].filter(([i, sc]) => i !== top && sc >= topScore * 0.75).map(([i]) => new Set(ancestorsOf(all, i)));
  if (rivals.length >= 2) {
    for (const a of ancestorsOf(all, top)) {
      if (all[a]!.tag === 'body' || all[a]!.tag === 'html') break;
      if (rivals.filter((r) => r.has(a)).length >= 2) {
        top = a;
        break;
      }
    }
  }
  // Climb while the parent scores better than the child (the child was one section).
  let last = scores.get(top) ?? 0;
  const threshold = last / 3;
  for (let p = all[top]!.parent; p >= 0 && all[p]!.tag !== 'body'; p = all[p]!.parent) {
    const sc = scores.get(p);
    if (sc === undefined) continue;
    if (sc < threshold) break;
    if (sc > last) top = p;
    last = sc;
  }
  // A wrapper whose only child is the container is the same box.
  for (let p = all[top]!.parent; p >= 0 && all[p]!.tag !== 'body' && onlyChild(all, p, top); p = all[p]!.parent) top = p;
  return top;
}

function onlyChild(all: ElementStats[], parent: number, child: number): boolean {
  const el = all[parent]!.el;
  return el.childElementCount === 1 && el.firstElementChild === all[child]!.el && all[parent]!.text === all[child]!.text;
}

/**
 * The container plus those siblings that continue the article: siblings holding a fair
 * share of prose (stories split into chunks by ad slots or pull quotes, each chunk its
 * own box), well-scored or same-named siblings, and loose paragraphs (articles whose
 * paragraphs sit directly in a wide wrapper next to the scored box).
 */
function withSiblings(all: ElementStats[], scores: Map<number, number>, mass: Float64Array, isBarred: (i: number) => boolean, top: number): number[] {
  const topStats = all[top]!;
  const parent = topStats.parent;
  if (parent < 0) return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topMass = mass[top]!;
  const roots: number[] = [];
  // Boxes that are all prose without links, in runs of sibling boxes with text (-1 ends a run).
  const proseBoxes: number[] = [];
  for (let i = parent + 1; i <= all[parent]!.end; i = all[i]!.end + 1) {
    const s = all[i]!;
    if (i === top) {
      roots.push(i);
      proseBoxes.push(-1);
      continue;
    }
    if (s.text === 0) continue;
    let score = scores.get(i) ?? 0;
    if (topStats.names && s.names === topStats.names) score += topScore * 0.2;
    const density = linkDensity(s);
    // Loose prose beside the container: a <p>, or a box of inline text (not a heading).
    const prose = s.tag === 'p' || (s.ownText === s.text && s.ownText > 0 && (s.tag === 'div' || s.tag === 'span'));
    // A well-scored sibling must bring prose of its own: a side rail named "article-rail"
    // picks up the name bonus with almost no text. Neither kind is a box of teasers.
    const continues = (score >= threshold && s.text - s.linkText >= 140) || (mass[i]! >= Math.max(140, topMass * 0.15) && density < 0.3);
    if (continues) {
      // …nor a box named as boilerplate ("ce_relatedArticles"), which a content-sounding part of its
      // name kept from being barred.
      if (!isTeaserList(all, i, isBarred) && !isBoilerplateName(s.names)) roots.push(i);
    } else if (prose && s.text > 80 && density < 0.25) roots.push(i);
    else if (prose && s.text > 0 && s.text <= 80 && density === 0 && /[.!?…。]\s*$/.test(s.el.textContent ?? '')) roots.push(i);
    else {
      proseBoxes.push(s.text > 80 && s.linkText === 0 && mass[i]! >= s.text * 0.9 ? i : -1);
      continue;
    }
    proseBoxes.push(-1);
  }
  // A run of two or more (a story whose paragraphs each sit in a box of their own: "firstPar",
  // "secondPar"…); one such box alone is more often a standfirst or a highlights box.
  let added = false;
  for (let k = 0; k < proseBoxes.length; k++) {
    const i = proseBoxes[k]!;
    if (i >= 0 && ((proseBoxes[k - 1] ?? -1) >= 0 || (proseBoxes[k + 1] ?? -1) >= 0)) {
      roots.push(i);
      added = true;
    }
  }
  if (added) roots.sort((a, b) => a - b);
  return roots;
}

/**
 * Prose mass of every subtree: the text of its scorable paragraphs, discounted by their
 * links, outside barred boxes.
 */
function proseMass(all: ElementStats[], isBarred: (i: number) => boolean): Float64Array {
  const mass = new Float64Array(all.length);
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!;
    if (s.ownText >= MIN_PARAGRAPH && !NOT_PARAGRAPHS.has(s.tag) && !isBarred(i)) mass[i] = s.ownText * (1 - linkDensity(s));
  }
  for (let i = all.length - 1; i > 0; i--) mass[all[i]!.parent]! += mass[i]!;
  return mass;
}

const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A box of teasers for other stories: two or more headings that link elsewhere, each over a
 * summary paragraph ("Other opinion columns"). Its summaries are prose with few links, so it
 * would pass for a further chunk of the story; a story's own subheadings do not link away (a
 * heading linked to itself, `<a href="#section">`, is a permalink), and a related box inside a
 * real chunk is barred from scoring, so its headings do not count.
 */
function isTeaserList(all: ElementStats[], box: number, isBarred: (i: number) => boolean): boolean {
  let linkedHeadings = 0;
  for (let i = box + 1; i <= all[box]!.end; i++) {
    const s = all[i]!;
    if (!SUBHEADINGS.has(s.tag) || s.text === 0 || s.linkText < s.text * 0.5 || isBarred(i)) continue;
    const href = s.el.querySelector('a[href]')?.getAttribute('href') ?? '';
    if (!href.startsWith('#') && ++linkedHeadings >= 2) return true;
  }
  return false;
}
