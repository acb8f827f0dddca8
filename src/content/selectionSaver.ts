import { el, type UiHost } from './ui/uiHost.ts';

export interface SelectionOffsets {
  start: number;
  end: number;
}

export interface SelectionSaverOptions {
  /** Maps the current selection to article-text offsets, or null when it is not in the article. */
  selectionInArticle: () => SelectionOffsets | null;
  /** Saves; rejects with a message the reader can understand. */
  save: (offsets: SelectionOffsets, note: string) => Promise<void>;
}

/**
 * The in-page save flow: select text in the article → "Save highlight" → "Note" → "Save".
 * All controls are in the shadow root and reachable by keyboard (Enter saves, Escape closes).
 */
export function installSelectionSaver(ui: UiHost, options: SelectionSaverOptions): { open: () => boolean; dispose: () => void } {
  const doc = ui.host.ownerDocument;
  const saveButton = el(doc, 'button', { className: 'save-button primary', text: 'Save highlight', attrs: { type: 'button', hidden: '' } });
  const note = el(doc, 'textarea', { attrs: { 'aria-label': 'Note', placeholder: 'Add a note (optional)' } });
  const error = el(doc, 'div', { className: 'error', attrs: { role: 'alert' } });
  const submit = el(doc, 'button', { className: 'primary', text: 'Save', attrs: { type: 'button' } });
  const cancel = el(doc, 'button', { text: 'Cancel', attrs: { type: 'button' } });
  const form = el(doc, 'div', { className: 'saver', attrs: { role: 'dialog', 'aria-label': 'Save highlight', hidden: '' } }, [
    note, error, el(doc, 'div', { className: 'row' }, [cancel, submit]),
  ]);
  const toast = el(doc, 'div', { className: 'toast', attrs: { role: 'status', hidden: '' } });
  ui.root.append(saveButton, form, toast);

  let pending: SelectionOffsets | null = null;
  let rect: DOMRect | null = null;

  const hideAll = () => {
    saveButton.hidden = true;
    form.hidden = true;
    error.textContent = '';
  };
  const place = (node: HTMLElement) => {
    const r = rect ?? new DOMRect(20, 20, 0, 0);
    const width = doc.documentElement.clientWidth;
    node.style.left = `${Math.max(8, Math.min(r.left, width - 320))}px`;
    node.style.top = `${Math.min(r.bottom + 8, doc.documentElement.clientHeight - 60)}px`;
  };
  const onSelectionDone = (event: Event) => {
    if (event.composedPath().includes(ui.host)) return;
    setTimeout(() => {
      if (!form.hidden) return;
      const offsets = options.selectionInArticle();
      const selection = doc.getSelection();
      if (!offsets || !selection || selection.rangeCount === 0) {
        saveButton.hidden = true;
        return;
      }
      pending = offsets;
      rect = selection.getRangeAt(0).getBoundingClientRect();
      place(saveButton);
      saveButton.hidden = false;
    }, 0);
  };
  const openForm = () => {
    saveButton.hidden = true;
    note.value = '';
    error.textContent = '';
    place(form);
    form.hidden = false;
    note.focus();
  };
  const showToast = (message: string) => {
    toast.textContent = message;
    toast.hidden = false;
    setTimeout(() => (toast.hidden = true), 2500);
  };
  const doSave = async () => {
    if (!pending) return;
    submit.disabled = true;
    error.textContent = '';
    try {
      await options.save(pending, note.value);
      hideAll();
      pending = null;
      doc.getSelection()?.removeAllRanges();
      showToast('Saved to Newsmark');
    } catch (e) {
      error.textContent = `Not saved: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      submit.disabled = false;
    }
  };

  saveButton.addEventListener('mousedown', (e) => e.preventDefault()); // keep the page selection
  saveButton.addEventListener('click', openForm);
  submit.addEventListener('click', () => void doSave());
  cancel.addEventListener('click', hideAll);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideAll();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void doSave();
  });
  doc.addEventListener('mouseup', onSelectionDone, true);
  doc.addEventListener('keyup', onSelectionDone, true);

  return {
    /** Opens the note form for the current selection (context menu / shortcut); false if none. */
    open: () => {
      const offsets = options.selectionInArticle();
      if (!offsets) return false;
      pending = offsets;
      const selection = doc.getSelection();
      rect = selection && selection.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
      openForm();
      return true;
    },
    dispose: () => {
      doc.removeEventListener('mouseup', onSelectionDone, true);
      doc.removeEventListener('keyup', onSelectionDone, true);
      saveButton.remove();
      form.remove();
      toast.remove();
    },
  };
}
