import { useState } from 'preact/hooks';

/** "Save" on a detection: opens a note field, then saves the detection with the note. */
export function DetectionSaver({ label, onSave }: { label: string; onSave: (note: string) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState('');

  if (status === 'saved') return <span class="saved" role="status">Saved</span>;
  if (!open) {
    return (
      <button type="button" class="small" aria-label={`Save ${label}`} onClick={() => setOpen(true)}>
        Save
      </button>
    );
  }
  const save = async () => {
    setStatus('saving');
    setError('');
    try {
      await onSave(note);
      setStatus('saved');
    } catch (e) {
      setStatus('idle');
      setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div class="edit">
      <textarea aria-label="Note" placeholder="Add a note (optional)" value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      {error && <p class="error" role="alert">{error}</p>}
      <div class="row">
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
        <button type="button" class="primary" disabled={status === 'saving'} onClick={() => void save()}>
          Save
        </button>
      </div>
    </div>
  );
}
