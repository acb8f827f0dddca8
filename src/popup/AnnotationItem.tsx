import { useState } from 'preact/hooks';
import { CLAIM_TYPE_LABEL } from '../shared/claimLabels.ts';
import type { Annotation } from '../store/annotation.ts';

interface Props {
  annotation: Annotation;
  showPage?: boolean;
  orphan?: boolean;
  onSave: (note: string, tags: string[]) => Promise<void>;
  onDelete: () => Promise<void>;
}

export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))];
}

/** The source page, scrolled to the quote with a text fragment where the browser supports it. */
export function linkToQuote(a: Annotation): string {
  const quote = a.quote.replace(/\s+/g, ' ').trim();
  const words = quote.split(' ');
  const fragment = words.length > 8 ? `${encodeURIComponent(words.slice(0, 4).join(' '))},${encodeURIComponent(words.slice(-4).join(' '))}` : encodeURIComponent(quote);
  return `${a.url.split('#')[0]}#:~:text=${fragment.replace(/-/g, '%2D')}`;
}

/** One saved annotation: its quote, note and tags as text, with Edit and Delete. */
export function AnnotationItem({ annotation, showPage, orphan, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    setError('');
    try {
      await onSave(draft, parseTags(tags));
      setEditing(false);
    } catch (e) {
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };
  const date = new Date(annotation.createdAt);
  const kindLabel = annotation.kind === 'person' ? `Person · ${annotation.person ?? ''}` : annotation.kind === 'claim' ? `Claim · ${CLAIM_TYPE_LABEL[annotation.claimType ?? 'other'] ?? ''}` : null;
  return (
    <li class={`annotation kind-${annotation.kind}`}>
      {showPage && (
        <div class="source">
          <a href={linkToQuote(annotation)} target="_blank" rel="noreferrer" class="page-title">
            {annotation.pageTitle || annotation.url}
          </a>
          <span class="muted">
            {annotation.siteName ? `${annotation.siteName} · ` : ''}
            saved <time dateTime={date.toISOString()}>{date.toLocaleDateString()}</time>
          </span>
        </div>
      )}
      {kindLabel && <div class="kind-label">{kindLabel}</div>}
      <blockquote class="quote">{annotation.quote}</blockquote>
      {orphan && <p class="orphan" role="note">Not found on this version of the page</p>}
      {editing ? (
        <div class="edit" onKeyDown={(e) => { if (e.key === 'Escape') setEditing(false); if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(); }}>
          <textarea aria-label="Note" value={draft} onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)} />
          <input type="text" aria-label="Tags" placeholder="Tags, separated by commas" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          <div class="row">
            <button type="button" onClick={() => { setEditing(false); setDraft(annotation.note); setTags(annotation.tags.join(', ')); }}>Cancel</button>
            <button type="button" class="primary" disabled={busy} onClick={() => void save()}>Save</button>
          </div>
        </div>
      ) : (
        <>
          {annotation.note && <p class="note">{annotation.note}</p>}
          {annotation.tags.length > 0 && (
            <ul class="tags" aria-label="Tags">
              {annotation.tags.map((t) => <li key={t} class="tag">{t}</li>)}
            </ul>
          )}
        </>
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
