import { useState } from 'preact/hooks';
import type { Annotation } from '../store/annotation.ts';

interface Props {
  annotation: Annotation;
  showPage?: boolean;
  orphan?: boolean;
  onSave: (note: string) => Promise<void>;
  onDelete: () => Promise<void>;
}

/** One saved annotation: its quote and note as text, with Edit and Delete. */
export function AnnotationItem({ annotation, showPage, orphan, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(annotation.note);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError('');
    try {
      await onSave(draft);
      setEditing(false);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const date = new Date(annotation.createdAt);
  return (
    <li class={`annotation kind-${annotation.kind}`}>
      {showPage && (
        <div class="source">
          <a href={annotation.url} target="_blank" rel="noreferrer" class="page-title">
            {annotation.pageTitle || annotation.url}
          </a>
          <span class="muted">
            {annotation.siteName ? `${annotation.siteName} · ` : ''}
            <time dateTime={date.toISOString()}>{date.toLocaleDateString()}</time>
          </span>
        </div>
      )}
      <blockquote class="quote">{annotation.quote}</blockquote>
      {orphan && <p class="orphan" role="note">Not found on this version of the page</p>}
      {editing ? (
        <div class="edit">
          <textarea aria-label="Note" value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <div class="row">
            <button type="button" onClick={() => { setEditing(false); setDraft(annotation.note); }}>Cancel</button>
            <button type="button" class="primary" disabled={busy} onClick={() => void save()}>Save</button>
          </div>
        </div>
      ) : (
        annotation.note && <p class="note">{annotation.note}</p>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {!editing && (
        <div class="row actions">
          <button type="button" onClick={() => setEditing(true)}>Edit</button>
          <button type="button" class="danger" onClick={() => void onDelete().catch((e) => setError(String(e instanceof Error ? e.message : e)))}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
