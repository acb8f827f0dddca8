import { HIGHLIGHT_TAG } from './highlighter.ts';
import { el } from '../shared/dom.ts';
import type { UiHost } from './ui/uiHost.ts';

/** What the card shows for one highlight: plain strings only. */
export interface CardContent {
  kind: string;
  title: string;
  lines: string[];
  alert?: string;
  /** Lines that need a round trip (e.g. to the background), added when they arrive. */
  later?: () => Promise<CardLine[]>;
}

export interface CardLine {
  text: string;
  /** When set, the line is a button that does this. */
  action?: () => void;
}

/**
 * A card that says what a highlight is, shown on hover or keyboard focus of a highlight.
 * `describe` turns the innermost highlight under the pointer into card content.
 */
export function installHoverCard(ui: UiHost, describe: (highlight: Element) => CardContent | null): () => void {
  const doc = ui.host.ownerDocument;
  const card = el(doc, 'div', { className: 'card', attrs: { role: 'tooltip', hidden: '' } });
  ui.root.appendChild(card);
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let current: Element | null = null;

  const show = (highlight: Element) => {
    const content = describe(highlight);
    if (!content) return;
    clearTimeout(hideTimer);
    card.replaceChildren(
      el(doc, 'div', { className: 'kind', text: content.kind }),
      el(doc, 'div', { className: 'title', text: content.title }),
      ...content.lines.map((line) => el(doc, 'div', { className: 'line', text: line })),
      ...(content.alert ? [el(doc, 'div', { className: 'sanctioned', text: content.alert })] : []),
    );
    card.hidden = false;
    const shownFor = highlight;
    current = highlight;
    void content.later?.().then((lines) => {
      if (current !== shownFor || card.hidden) return;
      for (const line of lines) {
        if (!line.action) {
          card.appendChild(el(doc, 'div', { className: 'line', text: line.text }));
          continue;
        }
        const button = el(doc, 'button', { className: 'link', text: line.text, attrs: { type: 'button' } });
        button.addEventListener('click', line.action);
        card.appendChild(button);
      }
    });
    const rect = highlight.getBoundingClientRect();
    const width = Math.min(340, doc.documentElement.clientWidth - 16);
    card.style.left = `${Math.max(8, Math.min(rect.left, doc.documentElement.clientWidth - width - 8))}px`;
    const below = rect.bottom + 8;
    card.style.top = `${below + 160 > doc.documentElement.clientHeight ? Math.max(8, rect.top - 8 - card.offsetHeight) : below}px`;
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      card.hidden = true;
      current = null;
    }, 300);
  };
  const onOver = (event: Event) => {
    if (event.composedPath().includes(ui.host)) {
      clearTimeout(hideTimer);
      return;
    }
    const target = event.target instanceof Element ? event.target.closest(HIGHLIGHT_TAG) : null;
    if (target && target !== current) show(target);
    else if (target) clearTimeout(hideTimer);
    else if (!card.hidden) hideSoon();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      card.hidden = true;
      current = null;
    }
  };
  doc.addEventListener('mouseover', onOver, true);
  doc.addEventListener('focusin', onOver, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('mouseover', onOver, true);
    doc.removeEventListener('focusin', onOver, true);
    doc.removeEventListener('keydown', onKey, true);
    card.remove();
  };
}
