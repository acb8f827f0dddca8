import { useCallback, useEffect, useState } from 'preact/hooks';
import { askBackground } from '../messages/transport.ts';
import type { LibraryFilter, LibraryPage } from '../store/libraryQuery.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { TransferBar } from './TransferBar.tsx';
import { UndoBar } from './UndoBar.tsx';
import { useAnnotationActions } from './useAnnotationActions.ts';

const PAGE_SIZE = 50;

/** Every saved annotation, newest first: search, filters, export and import. */
export function Library({ initialPerson }: { initialPerson?: string }) {
  const [filter, setFilter] = useState<LibraryFilter>(initialPerson ? { person: initialPerson } : {});
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [page, setPage] = useState<LibraryPage | null>(null);
  const [error, setError] = useState('');

  const reload = useCallback(async () => {
    try {
      setPage(await askBackground({ type: 'annotations/search', filter, limit }));
      setError('');
    } catch (e) {
      setError(`Could not read your annotations: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [filter, limit]);
  useEffect(() => void reload(), [reload]);
  useEffect(() => {
    // The first render with data, for bench:store (read from the popup's performance timeline).
    if (page && !performance.getEntriesByName('newsmark:library-rendered').length) performance.mark('newsmark:library-rendered');
  }, [page]);
  const actions = useAnnotationActions(reload);
  const filtered = !!(filter.query || filter.kind || filter.person || filter.site || filter.from);

  return (
    <div class="library">
      <div class="toolbar">
        <input type="search" aria-label="Search" placeholder="Search quotes, notes, pages, people, tags" value={filter.query ?? ''}
          onInput={(e) => setFilter({ ...filter, query: (e.target as HTMLInputElement).value })} />
      </div>
      <LibraryFilters filter={filter} sites={page?.sites ?? []} people={page?.people ?? []}
        onChange={(next) => { setLimit(PAGE_SIZE); setFilter(next); }} />
      <TransferBar onImported={reload} />
      {error && <p class="error" role="alert">{error}</p>}
      <UndoBar deleted={actions.deleted} onUndo={() => void actions.undo()} onDismiss={actions.dismissUndo} />
      {page === null ? <p class="muted" role="status">Loading…</p> : page.items.length === 0 ? (
        <p class="empty">{filtered ? 'No saved annotation matches your search.' : 'Your library is empty. Save a highlight on any article and it appears here.'}</p>
      ) : (
        <>
          <p class="muted" aria-live="polite">{page.total} annotation{page.total === 1 ? '' : 's'}</p>
          <ul class="annotations">
            {page.items.map((a) => (
              <AnnotationItem key={a.id} annotation={a} showPage onSave={(note, tags) => actions.update(a.id, note, tags)} onDelete={() => actions.remove(a.id)} />
            ))}
          </ul>
          {page.total > page.items.length && (
            <button type="button" class="more" onClick={() => setLimit(limit + PAGE_SIZE)}>Show more ({page.total - page.items.length} left)</button>
          )}
        </>
      )}
    </div>
  );
}
