import { el } from '../shared/dom.ts';
import type { UiHost } from './ui/uiHost.ts';

export interface SelectionOffsets {
  start: number;
  end: number;
}

export interface SelectionSaverOptions {
  /** Maps the current selection to article-text offsets, or null when it is not in the article. */
  selectionInArticle: () => SelectionOffsets | null;
  /** Registers the selection with the background; resolves to the note frame's URL. */
  startNote: (offsets: SelectionOffsets) => Promise<string>;
}

export interface SelectionSaver {
  /** Opens the note frame for the current selection (context menu / shortcut); false if none. */
  open: () => boolean;
  /** Opens the note frame at `url` next to `near` (editing a saved note from its card). */
  openFrame: (url: string, near: DOMRect) => void;
  /** The note frame finished: saved or cancelled. */
  closeNote: (saved: boolean) => void;
  dispose: () => void;
}

/**
 * The in-page save flow: select text in the article → "Save highlight" → a note frame with
 * "Note" and "Save". The button lives in our shadow root; what the reader types goes into an
 * extension-origin frame, because a page's scripts can observe key events anywhere in its own
 * DOM, shadow roots included, but never inside a cross-origin frame.
 */
export function installSelectionSaver(ui: UiHost, options: SelectionSaverOptions): SelectionSaver {
  const doc = ui.host.ownerDocument;
  const saveButton = el(doc, 'button', { className: 'save-button primary', text: 'Save highlight', attrs: { type: 'button', hidden: '' } });
  const toast = el(doc, 'div', { className: 'toast', attrs: { role: 'status', hidden: '' } });
  ui.root.append(saveButton, toast);

  let pending: SelectionOffsets | null = null;
  let rect: DOMRect | null = null;
  let frame: HTMLIFrameElement | null = null;

  const place = (node: HTMLElement, width: number) => {
    const r = rect ?? new DOMRect(20, 20, 0, 0);
    const viewport = doc.documentElement.clientWidth;
    node.style.left = `${Math.max(8, Math.min(r.left, viewport - width - 8))}px`;
    node.style.top = `${Math.max(8, Math.min(r.bottom + 8, doc.documentElement.clientHeight - 200))}px`;
  };
  const showToast = (message: string, isError = false) => {
    toast.textContent = message;
    toast.classList.toggle('error', isError);
    toast.hidden = false;
    setTimeout(() => (toast.hidden = true), 3000);
  };
  const removeFrame = () => {
    frame?.remove();
    frame = null;
  };
  const showFrame = (url: string) => {
    removeFrame();
    frame = el(doc, 'iframe', { className: 'note-frame', attrs: { src: url, title: 'Newsmark note' } });
    place(frame, 340);
    ui.root.appendChild(frame);
    frame.addEventListener('load', () => frame?.focus());
  };
  const openFrame = async () => {
    if (!pending) return;
    saveButton.hidden = true;
    removeFrame();
    try {
      showFrame(await options.startNote(pending));
    } catch (e) {
      showToast(`Could not open the note: ${e instanceof Error ? e.message : String(e)}`, true);
    }
  };
  const onSelectionDone = (event: Event) => {
    if (event.composedPath().includes(ui.host)) return;
    setTimeout(() => {
      const offsets = options.selectionInArticle();
      const selection = doc.getSelection();
      if (!offsets || !selection || selection.rangeCount === 0) {
        saveButton.hidden = true;
        return;
      }
      pending = offsets;
      rect = selection.getRangeAt(0).getBoundingClientRect();
      place(saveButton, 130);
      saveButton.hidden = false;
    }, 0);
  };

  saveButton.addEventListener('mousedown', (e) => e.preventDefault()); // keep the page selection
  saveButton.addEventListener('click', () => void openFrame());
  doc.addEventListener('mouseup', onSelectionDone, true);
  doc.addEventListener('keyup', onSelectionDone, true);

  return {
    open: () => {
      const offsets = options.selectionInArticle();
      if (!offsets) return false;
      pending = offsets;
      const selection = doc.getSelection();
      rect = selection && selection.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
      void openFrame();
      return true;
    },
    openFrame: (url, near) => {
      rect = near;
      saveButton.hidden = true;
      showFrame(url);
    },
    closeNote: (saved) => {
      removeFrame();
      if (saved) {
        pending = null;
        doc.getSelection()?.removeAllRanges();
        showToast('Saved to Newsmark');
      }
    },
    dispose: () => {
      doc.removeEventListener('mouseup', onSelectionDone, true);
      doc.removeEventListener('keyup', onSelectionDone, true);
      removeFrame();
      saveButton.remove();
      toast.remove();
    },
  };
}
