/**
 * The note frame: an extension page shown in a frame inside the article page. Keystrokes typed
 * here are invisible to the page's scripts. It reads its draft from the background by the token
 * in its URL, saves with a caller-chosen id (so a retry after a service-worker restart cannot
 * save twice), then asks the background to close it.
 */
import { askBackground } from '../messages/transport.ts';
import { el } from '../shared/dom.ts';
import type { NoteSession } from '../background/noteSessions.ts';
import type { AnnotationDraft } from '../store/annotation.ts';

const token = location.hash.slice(1);
const app = document.getElementById('app')!;
const saveId = crypto.randomUUID();

async function withRetry<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    // The service worker may have been restarted mid-call: one more try reaches the new one.
    if (!/establish connection|message port closed|No answer/i.test(String(error))) throw error;
    await new Promise((r) => setTimeout(r, 300));
    return action();
  }
}

async function close(saved: boolean): Promise<void> {
  await askBackground({ type: 'notes/close', token, saved }).catch(() => undefined);
}

function render(draft: AnnotationDraft, pagePeople: string[], existing: NoteSession['existing']): void {
  const note = el(document, 'textarea', { attrs: { 'aria-label': 'Note', placeholder: 'Add a note (optional)' } });
  const tags = el(document, 'input', { attrs: { type: 'text', 'aria-label': 'Tags', placeholder: 'Tags, separated by commas' } });
  const error = el(document, 'p', { className: 'error', attrs: { role: 'alert' } });
  const save = el(document, 'button', { className: 'primary', text: 'Save', attrs: { type: 'button' } });
  const cancel = el(document, 'button', { text: 'Cancel', attrs: { type: 'button' } });
  const quote = el(document, 'p', { className: 'quote', text: `“${draft.quote}”`, attrs: { title: draft.quote } });
  app.replaceChildren(quote, note, tags, error, el(document, 'div', { className: 'row' }, [
    el(document, 'span', { className: 'hint', text: 'Ctrl+Enter to save' }), cancel, save,
  ]));
  if (existing) {
    note.value = existing.note;
    tags.value = existing.tags.join(', ');
  }
  note.focus();

  const doSave = async () => {
    save.disabled = true;
    save.textContent = 'Saving…';
    error.textContent = '';
    try {
      const tagList = [...new Set(tags.value.split(',').map((t) => t.trim()).filter(Boolean))];
      if (existing) await withRetry(() => askBackground({ type: 'annotations/update', id: existing.id, note: note.value, tags: tagList }));
      else await withRetry(() => askBackground({ type: 'annotations/save', draft: { ...draft, note: note.value, tags: tagList }, pagePeople, id: saveId }));
      await close(true);
    } catch (e) {
      error.textContent = `Not saved: ${e instanceof Error ? e.message : String(e)}`;
      save.disabled = false;
      save.textContent = 'Save';
    }
  };
  save.addEventListener('click', () => void doSave());
  cancel.addEventListener('click', () => void close(false));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') void close(false);
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void doSave();
  });
}

withRetry(() => askBackground({ type: 'notes/get', token }))
  .then(({ draft, pagePeople, existing }) => render(draft, pagePeople, existing))
  .catch((e) => {
    const cancel = el(document, 'button', { text: 'Close', attrs: { type: 'button' } });
    cancel.addEventListener('click', () => void close(false));
    app.replaceChildren(el(document, 'p', { className: 'error', attrs: { role: 'alert' }, text: e instanceof Error ? e.message : String(e) }), el(document, 'div', { className: 'row' }, [cancel]));
  });
