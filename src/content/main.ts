/**
 * The content script: thin glue between the page, the pure analysis modules and the
 * background (which owns the database; this script never opens IndexedDB).
 */
import { SCRIPT_STARTED } from './scriptClock.ts'; // first: it times the evaluation of the rest
import browser from 'webextension-polyfill';
import { buildArticleText, type ArticleText } from '../analysis/article/articleText.ts';
import type { ArticleRegion } from '../analysis/article/region.ts';
import { canonicalUrl } from '../analysis/article/metadata.ts';
import { pageKeyFor } from '../analysis/article/pageIdentity.ts';
import { textOffsetOf } from '../analysis/article/textPositions.ts';
import { expandAnalysis } from '../analysis/compactAnalysis.ts';
import { isBeingEdited } from '../analysis/article/detectArticle.ts';
import { isEditableByMarkup } from '../analysis/article/pageStats.ts';
import { type DocumentAnalysis, findArticleSteps } from '../analysis/findArticle.ts';
import { runSliced, type SliceClock, type Steps } from '../shared/steps.ts';
import { describeRange } from '../anchoring/selectors.ts';
import { fail, ok, parsePageRequest, type PageRequest, type PageState } from '../messages/index.ts';
import { SANCTIONS_QUERY_LIMITS } from '../messages/schemas.ts';
import { askBackground } from '../messages/portTransport.ts';
import type { Annotation, AnnotationDraft } from '../store/annotation.ts';
import { describeHighlight } from './describeHighlight.ts';
import { clearHighlights, drawHighlightsSteps, highlightsRemoved } from './highlighter.ts';
import { annotationSpecs, detectionSpecs } from './highlightSpecs.ts';
import { type CardLine, installHoverCard } from './hoverCard.ts';
import { installSelectionSaver, type SelectionSaver } from './selectionSaver.ts';
import { attachUiHost, createUiHost } from './ui/uiHost.ts';

const state = {
  analysis: null as DocumentAnalysis | null,
  /** The text map of the note region, or null when it must be built again (see textMap). */
  text: null as ArticleText | null,
  pageKey: '',
  visible: true,
  annotations: [] as Annotation[],
  orphans: [] as string[],
  analyzedUrl: '',
  /** Set by a drawing that found the article's text changed since it was analysed. */
  stale: false,
  /** The URL analysed again because its article changed during the analysis (once per URL). */
  reanalysedUrl: '',
  /** Analyses of this URL because the page replaced its article's elements (see articleReplaced). */
  rereads: 0,
};

/**
 * A break that lets the page paint and handle input between slices of our work:
 * scheduler.yield() where the browser has it, else a MessageChannel task (setTimeout(0)
 * would be clamped to 4 ms once nested).
 */
const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
const pause = (): Promise<void> =>
  scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
/**
 * A break that also lets the browser render: drawing dirties the article's layout, and without
 * a frame between slices the browser would lay out every slice's wrappers in one long task at
 * the end. Hidden pages render no frames, so they take the plain break; a visible page whose
 * frames are throttled goes on after FRAME_WAIT_MS at most.
 */
const FRAME_WAIT_MS = 100;
const pauseForFrame = (): Promise<void> => {
  if (document.visibilityState !== 'visible') return pause();
  return new Promise<void>((resolve) => {
    let done = false;
    const next = (): void => {
      if (done) return;
      done = true;
      void pause().then(resolve);
    };
    requestAnimationFrame(next);
    setTimeout(next, FRAME_WAIT_MS);
  });
};
/** Bumped by each new analysis (analyses) and each new drawing (draws): older ones stop at their next slice. */
let analyses = 0;
let draws = 0;

async function analyze(): Promise<void> {
  const started = performance.now();
  const mine = ++analyses;
  clearHighlights(document);
  state.analyzedUrl = location.href;
  // The page's identity is known before the analysis, so its annotations load meanwhile.
  // A new page (or a single-page app's next page): nothing of the old one may be used meanwhile.
  draws++;
  state.analysis = null;
  state.text = null;
  state.stale = false;
  state.annotations = [];
  state.pageKey = pageKeyFor(location.href, canonicalUrl(document, location.href));
  const load = ++loads;
  const saved = fetchAnnotations();
  // Main-thread time of this analysis: its slices, without the pauses between them or the wait for the background.
  const clock: SliceClock = { busyMs: performance.now() - started };
  // Detection starts in a task of its own, not in the one that evaluated this script.
  await pause();
  if (mine !== analyses) return;
  const analysis = await runSliced(findArticleSteps(document, location.href), pause, SLICE_MS, () => mine !== analyses, clock);
  if (!analysis || mine !== analyses) return;
  const detected = performance.now();
  performance.measure('newsmark:detect', { start: started, end: detected });
  // The first drawing may reuse the text map detection built, unless the article changes meanwhile.
  const changes = analysis.detected && analysis.articleText ? watchChanges(analysis.detected.region.roots) : null;
  if (analysis.articleText) {
    // People, claims and sanctions status come from the background (text in, offsets out).
    try {
      const sending = performance.now();
      const text = analysis.articleText.text;
      const reply = askBackground({ type: 'analysis/text', text });
      clock.busyMs += performance.now() - sending; // the message is serialised before the wait
      const compact = await reply;
      if (mine !== analyses) return changes?.disconnect();
      const { people, claims } = expandAnalysis(text, compact);
      analysis.result.people = people;
      analysis.result.claims = claims;
    } catch (error) {
      console.warn('Newsmark: could not analyse the article', error);
    }
  }
  const analysed = performance.now();
  performance.measure('newsmark:people-and-claims', { start: detected, end: analysed });
  state.analysis = analysis;
  const annotations = await saved;
  if (mine !== analyses) return changes?.disconnect();
  if (load === loads) state.annotations = annotations; // a newer load (a change meanwhile) wins
  const unchanged = changes ? !changes.changed() : false;
  changes?.disconnect();
  // Drawing starts in a task of its own, not in the one that received (and decoded) the answer.
  await pause();
  if (mine !== analyses) return;
  await redraw(unchanged ? analysis.articleText : null, clock);
  // Phase measures above and below are for profiling; 'newsmark:analyze' spans the whole analysis.
  performance.measure('newsmark:highlight', { start: analysed, end: performance.now() });
  performance.measure('newsmark:analyze', { start: started, end: performance.now(), detail: { mainThreadMs: clock.busyMs } });
  void loadSanctionsStatus(analysis);
  if (state.stale && state.reanalysedUrl !== location.href) {
    // The page changed its article while the background was busy (only detections still in
    // place were drawn): read it once more, when it has had a moment to settle.
    state.reanalysedUrl = location.href;
    setTimeout(() => void analyze(), REANALYSE_AFTER_MS);
  }
}

/** Sanctions-list status for the people found; the hover card and the popup show it when it arrives. */
async function loadSanctionsStatus(analysis: DocumentAnalysis): Promise<void> {
  const people = analysis.result.people;
  if (!people.length) return;
  try {
    // Each person once, with each way the article names them once: a long page can name one
    // person thousands of times, and the request has bounds (beyond them, no status is shown).
    const asked = people.slice(0, SANCTIONS_QUERY_LIMITS.people).map((p) => ({
      name: p.name,
      mentions: [...new Set(p.mentions.map((m) => m.text))].slice(0, SANCTIONS_QUERY_LIMITS.mentionsPerPerson),
    }));
    const matches = await askBackground({ type: 'sanctions/match', people: asked });
    people.forEach((person, i) => (person.sanctions = matches[i] ?? []));
    performance.mark('newsmark:sanctions-checked');
  } catch (error) {
    console.warn('Newsmark: could not check the sanctions lists', error);
  }
}

/**
 * The page replaced the elements its article was read from, or removed our wrappers from it
 * (a framework rendering the article again): the highlights are gone with them.
 */
function articleReplaced(): boolean {
  const roots = state.analysis?.detected?.region.roots;
  if (!roots) return false;
  return roots.some((root) => !root.isConnected) || highlightsRemoved(document);
}

/** How many times one URL is read again because its article was replaced. */
const MAX_REREADS = 3;

/** How long to wait before analysing again an article that changed during its analysis (ms). */
const REANALYSE_AFTER_MS = 500;

/** Longest stretch of our work before we give the main thread back (ms). */
const SLICE_MS = 12;

/**
 * Removes all wrappers, then draws detections and saved annotations again from a fresh text map,
 * in slices. A newer redraw (or analysis) cancels an older one between slices.
 */
async function redraw(fresh: ArticleText | null = null, clock?: SliceClock): Promise<void> {
  const mine = ++draws;
  await runSliced(redrawSteps(fresh), pauseForFrame, SLICE_MS, () => mine !== draws, clock);
}

/** Watches `roots` for changes to their text or nodes: any change means a text map built before is stale. */
function watchChanges(roots: Element[]): { changed: () => boolean; disconnect: () => void } {
  let seen = false;
  // Records reach the callback at each microtask checkpoint; takeRecords() has the rest.
  const observer = new MutationObserver(() => {
    seen = true;
  });
  for (const root of roots) observer.observe(root, { subtree: true, childList: true, characterData: true });
  return {
    changed: () => seen || observer.takeRecords().length > 0,
    disconnect: () => observer.disconnect(),
  };
}

/**
 * The note region's text map, built when first needed after a drawing (drawing splits text
 * nodes, so the map used to draw no longer points at the right nodes).
 */
function textMap(): ArticleText | null {
  if (!state.text) {
    const region = noteRegion();
    state.text = region ? buildArticleText(region) : null;
  }
  return state.text;
}

/**
 * Where the reader's own highlights live: the article, or — on a page that is not an article,
 * where Newsmark finds nothing itself — the whole body, so selections can still be saved.
 */
function noteRegion(): ArticleRegion | null {
  if (!state.analysis) return null;
  if (state.analysis.detected) return state.analysis.detected.region;
  // Nothing is drawn into a document being edited, nor into its editable boxes (a reader's own text).
  if (!document.body || isBeingEdited(document)) return null;
  return { roots: [document.body], excluded: new Set(Array.from(document.body.querySelectorAll('[contenteditable]')).filter(isEditableByMarkup)) };
}

/**
 * `fresh`: a text map of the region built since the last drawing with no change to the page since
 * (the detection's, on a page's first drawing), which saves building it again.
 */
function* redrawSteps(fresh: ArticleText | null): Steps<void> {
  if (!fresh) clearHighlights(document); // a fresh map means nothing of ours is drawn
  const region = noteRegion();
  yield;
  const text = fresh ?? (region ? buildArticleText(region) : null);
  state.text = text;
  yield;
  const { specs, orphans } = text ? annotationSpecs(text.text, state.annotations) : { specs: [], orphans: state.annotations.map((a) => a.id) };
  state.orphans = orphans;
  if (!state.visible || !text || !state.analysis || !region) return;
  yield;
  state.stale = !!state.analysis.detected && text.text !== state.analysis.result.article.text;
  const detections = state.analysis.detected ? detectionSpecs(state.analysis.result, text.text) : [];
  const all = [...detections, ...specs];
  if (!all.length) return;
  // The drawing splits text nodes: the map is built again when next needed (textMap).
  state.text = null;
  yield* drawHighlightsSteps(text, all);
}

/** Bumped by each load of this page's annotations: only the newest answer is kept. */
let loads = 0;

function fetchAnnotations(): Promise<Annotation[]> {
  return askBackground({ type: 'annotations/forPage', pageKey: state.pageKey }).catch((error: unknown) => {
    console.warn('Newsmark: could not load saved annotations', error);
    return [];
  });
}

async function loadAnnotations(): Promise<void> {
  const load = ++loads;
  const annotations = await fetchAnnotations();
  if (load !== loads) return;
  state.annotations = annotations;
  await redraw();
}

function selectionOffsets(): { start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const region = noteRegion();
  if (!region || !region.roots.some((root) => root.contains(range.commonAncestorContainer) || range.commonAncestorContainer.contains(root))) return null;
  const text = textMap();
  if (!text) return null;
  const start = textOffsetOf(text, range.startContainer, range.startOffset);
  const end = textOffsetOf(text, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  if (!text.text.slice(start, end).trim()) return null;
  return { start, end };
}

function draftFor(start: number, end: number, extra: Partial<AnnotationDraft> = {}): AnnotationDraft {
  const text = textMap();
  if (!text) throw new Error('This page has not been read yet');
  const article = state.analysis!.result.article;
  // Bounded to what the background accepts: a page's title or URL can be any length.
  return {
    pageKey: state.pageKey.slice(0, 4096),
    url: location.href.slice(0, 4096),
    pageTitle: (article.title || document.title).slice(0, 2000),
    siteName: (article.siteName ?? location.hostname).slice(0, 500),
    kind: 'note',
    ...describeRange(text.text, start, end),
    note: '',
    tags: [],
    person: null,
    claimType: null,
    ...extra,
  };
}

function pageState(): PageState {
  const result = state.analysis?.result;
  return {
    pageKey: state.pageKey,
    url: location.href,
    title: result?.article.title || document.title,
    siteName: result?.article.siteName ?? location.hostname,
    isArticle: !!state.analysis?.detected,
    highlightsVisible: state.visible,
    people: result?.people ?? [],
    claims: result?.claims ?? [],
    orphans: state.orphans,
  };
}

async function setVisible(visible: boolean): Promise<boolean> {
  state.visible = visible;
  await redraw();
  return visible;
}

async function handle(request: PageRequest): Promise<unknown> {
  switch (request.type) {
    case 'page/getState':
      return pageState();
    case 'page/setHighlights':
      return setVisible(request.visible);
    case 'page/toggleHighlights':
      return setVisible(!state.visible);
    case 'page/annotationsChanged':
      await loadAnnotations();
      return true;
    case 'page/saveSelection':
      return saver.open();
    case 'page/noteClosed':
      saver.closeNote(request.saved);
      if (request.saved) await loadAnnotations();
      return true;
    case 'page/draft':
      return draftFor(request.start, request.end, { kind: request.kind, person: request.person, claimType: request.claimType });
  }
}

/** Opens a saved annotation's note and tags in the note frame (the page cannot read it there). */
async function editNote(id: string, highlight: Element): Promise<void> {
  try {
    const { token } = await askBackground({ type: 'notes/edit', id });
    saver.openFrame(`${browser.runtime.getURL('note-frame.html')}#${token}`, highlight.getBoundingClientRect());
  } catch (error) {
    console.warn('Newsmark: could not open the note', error);
  }
}

/** Context across articles: how many other saved articles mention this person. */
async function savedArticlesLine(person: string): Promise<CardLine[]> {
  const { count } = await askBackground({ type: 'people/savedPages', person, exceptPageKey: state.pageKey }).catch(() => ({ count: 0 }));
  if (!count) return [{ text: 'Not in any other article you saved' }];
  return [{
    text: `In ${count} other saved article${count === 1 ? '' : 's'} — open in the library`,
    action: () => void askBackground({ type: 'library/open', person }),
  }];
}

/** The Save highlight button and note frame; installed by start(). */
let saver: SelectionSaver;

/**
 * Newsmark reads HTML pages (XHTML and the page a browser makes for plain text included). In an
 * XML document — a feed in the browser's XML viewer, an SVG image shown on its own — elements
 * are not HTML elements, so there is no article to read and nothing to host our UI: the script
 * stays out of it.
 */
if (document.documentElement instanceof HTMLElement && document.createElement('span') instanceof HTMLElement) start();

function start(): void {
  const controls = createUiHost(document);
  const card = createUiHost(document, 'card');
  installHoverCard(card, (highlight) => {
    if (!state.analysis) return null;
    const content = describeHighlight(highlight, state.analysis.result, state.annotations);
    const kind = highlight.getAttribute('data-newsmark-kind');
    const person = kind === 'person' ? highlight.getAttribute('data-newsmark-person') : null;
    if (content && person) content.later = () => savedArticlesLine(person);
    const noteId = kind === 'note' ? highlight.getAttribute('data-newsmark-id') : null;
    if (content && noteId) content.later = async () => [{ text: 'Edit note or tags', action: () => void editNote(noteId, highlight) }];
    return content;
  });

  saver = installSelectionSaver(controls, {
    selectionInArticle: selectionOffsets,
    startNote: async ({ start, end }) => {
      const pagePeople = state.analysis?.result.people.map((p) => p.name) ?? [];
      const { token } = await askBackground({ type: 'notes/open', draft: draftFor(start, end), pagePeople });
      return `${browser.runtime.getURL('note-frame.html')}#${token}`;
    },
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = parsePageRequest(message);
    if (!request) return undefined;
    return handle(request).then(ok, fail);
  });

  // Single-page apps change the URL through the History API without a load: re-run then.
  const withoutHash = (url: string) => url.split('#')[0];
  // Frameworks also render an article again in place, dropping the elements we read and drew
  // into: read it again then, a few times per URL at most (a page could re-render for ever).
  setInterval(() => {
    if (withoutHash(location.href) !== withoutHash(state.analyzedUrl)) {
      state.rereads = 0;
      void analyze();
    } else if (articleReplaced() && state.rereads < MAX_REREADS) {
      state.rereads++;
      void analyze();
    }
  }, 1000);

  performance.measure('newsmark:startup', { start: SCRIPT_STARTED, end: performance.now() });
  void analyze().finally(() => {
    attachUiHost(controls);
    attachUiHost(card);
  });
}
