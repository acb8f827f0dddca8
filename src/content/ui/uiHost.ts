import { CARD_HOST_TAG, UI_HOST_TAG } from '../../analysis/article/region.ts';
import { IN_PAGE_CSS } from './inPageStyles.ts';

/**
 * Newsmark's in-page UI lives in one shadow root so page CSS cannot restyle it. The host
 * hangs off <html>, not <body>, so the body's text is never touched by our UI (see attachUiHost).
 */
export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * `controls` (the Save highlight button, the note frame, the toast) live in an open shadow root,
 * where assistive tech and tests find them by name; nothing there is private. The hover `card`,
 * which shows a reader's note, lives in a closed one, so page scripts cannot read it.
 */
export function createUiHost(doc: Document, kind: 'controls' | 'card' = 'controls'): UiHost {
  const host = doc.createElement((kind === 'card' ? CARD_HOST_TAG : UI_HOST_TAG).toLowerCase());
  host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
  const root = host.attachShadow({ mode: kind === 'card' ? 'closed' : 'open' });
  const style = doc.createElement('style');
  style.textContent = IN_PAGE_CSS;
  root.appendChild(style);
  return { host, root };
}

/**
 * Puts a host built by createUiHost into the page (once). The content script does this when the
 * page's first analysis is drawn, not before: inserting an element invalidates the page's layout,
 * which on a big page costs a rendering pass of its own (30–50 ms on 48,000 elements); with the
 * highlights, the browser renders both changes in one pass. Nothing is shown in a host before
 * there is an analysis to show.
 */
export function attachUiHost(ui: UiHost): void {
  if (!ui.host.isConnected) ui.host.ownerDocument.documentElement.appendChild(ui.host);
}
