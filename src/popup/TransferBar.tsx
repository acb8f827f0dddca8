import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { askBackground } from '../messages/transport.ts';

type Format = 'backup' | 'w3c' | 'markdown';
const FORMATS: Record<Format, { label: string; ext: string; mime: string }> = {
  backup: { label: 'Newsmark backup (JSON)', ext: 'json', mime: 'application/json' },
  w3c: { label: 'W3C Web Annotation (JSON-LD)', ext: 'jsonld', mime: 'application/ld+json' },
  markdown: { label: 'Markdown, by article', ext: 'md', mime: 'text/markdown' },
};

/** Export (three formats) and Import (backup or W3C), with a clear message either way. */
export function TransferBar({ onImported }: { onImported: () => Promise<void> }) {
  const [format, setFormat] = useState<Format>('backup');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    setBusy(true);
    try {
      const text = await askBackground({ type: 'annotations/export', format });
      const { ext, mime } = FORMATS[format];
      const url = URL.createObjectURL(new Blob([text], { type: mime }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `newsmark-${new Date().toISOString().slice(0, 10)}.${ext}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ text: `Exported as ${FORMATS[format].label}.` });
    } catch (e) {
      setMessage({ text: `Export failed: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  const importFile = async (file: File) => {
    setBusy(true);
    setMessage({ text: `Importing ${file.name}…` });
    try {
      const summary = await askBackground({ type: 'annotations/import', json: await file.text() });
      setMessage({ text: `Imported ${summary.added} annotation${summary.added === 1 ? '' : 's'}${summary.skipped ? ` (${summary.skipped} already in your library)` : ''}.` });
      await onImported();
    } catch (e) {
      setMessage({ text: `Nothing imported. ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="transfer">
      <div class="row">
        <select aria-label="Export format" value={format} onChange={(e) => setFormat((e.target as HTMLSelectElement).value as Format)}>
          {(Object.keys(FORMATS) as Format[]).map((f) => <option key={f} value={f}>{FORMATS[f].label}</option>)}
        </select>
        <button type="button" disabled={busy} onClick={() => void exportAll()}>Export</button>
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>Import</button>
        <button type="button" class="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('popup.html') })}>Open full library</button>
        <input ref={fileInput} type="file" accept=".json,.jsonld,application/json,application/ld+json" hidden aria-hidden="true" tabIndex={-1}
          data-testid="import-file"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
            (e.target as HTMLInputElement).value = '';
          }} />
      </div>
      {message && <p class={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </div>
  );
}
