import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { askBackground } from '../messages/transport.ts';
import type { Annotation } from '../store/annotation.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { UndoBar } from './UndoBar.tsx';
import { useAnnotationActions } from './useAnnotationActions.ts';

/** Every saved annotation, newest first, with search, export and import. */
export function Library() {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    try {
      setItems(await askBackground({ type: 'annotations/search', query }));
    } catch (e) {
      setMessage({ text: `Could not read your annotations: ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  }, [query]);
  useEffect(() => void reload(), [reload]);
  const actions = useAnnotationActions(reload);

  const exportAll = async () => {
    const json = await askBackground({ type: 'annotations/export' });
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `newsmark-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ text: 'Exported your annotations.' });
  };
  const importFile = async (file: File) => {
    try {
      const summary = await askBackground({ type: 'annotations/import', json: await file.text() });
      setMessage({ text: `Imported ${summary.added} annotation${summary.added === 1 ? '' : 's'}${summary.skipped ? ` (${summary.skipped} already here)` : ''}.` });
      await reload();
    } catch (e) {
      setMessage({ text: `Nothing imported. ${e instanceof Error ? e.message : String(e)}`, error: true });
    }
  };

  return (
    <div class="library">
      <div class="toolbar">
        <input type="search" aria-label="Search" placeholder="Search quotes, notes, pages, people" value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <button type="button" onClick={() => void exportAll()}>Export</button>
        <button type="button" onClick={() => fileInput.current?.click()}>Import</button>
        <input ref={fileInput} type="file" accept="application/json,.json" hidden aria-hidden="true" tabIndex={-1}
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
            (e.target as HTMLInputElement).value = '';
          }} />
      </div>
      {message && <p class={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
      <UndoBar deleted={actions.deleted} onUndo={() => void actions.undo()} onDismiss={actions.dismissUndo} />
      {items === null ? <p class="muted" role="status">Loading…</p> : items.length === 0 ? (
        <p class="empty">{query ? 'No saved annotation matches your search.' : 'Your library is empty. Save a highlight on any article and it appears here.'}</p>
      ) : (
        <ul class="annotations">
          {items.map((a) => (
            <AnnotationItem key={a.id} annotation={a} showPage onSave={(note) => actions.update(a.id, note)} onDelete={() => actions.remove(a.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}
