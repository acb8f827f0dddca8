import { useEffect, useState } from 'preact/hooks';
import type { ListStatus } from '../background/sanctionsLists.ts';
import { askBackground } from '../messages/transport.ts';
import type { SanctionsIndex } from '../nlp/sanctions/index.ts';
import { fileDate, readOfacFiles, readUnXml } from './readListFile.ts';

type Message = { text: string; error?: boolean } | null;

/** The sanctions lists in use, and importing newer official files (OFAC CSV, UN consolidated XML). */
export function SanctionsListsSettings() {
  const [lists, setLists] = useState<ListStatus[] | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [sdn, setSdn] = useState<File | null>(null);
  const [alt, setAlt] = useState<File | null>(null);
  const [ofacDate, setOfacDate] = useState('');
  const [un, setUn] = useState<File | null>(null);

  useEffect(() => void askBackground({ type: 'lists/status' }).then(setLists, (e) => setMessage({ text: String(e), error: true })), []);

  const importIndex = async (read: () => Promise<SanctionsIndex>, fileName: string) => {
    setBusy(true);
    setMessage({ text: `Reading ${fileName}…` });
    try {
      const index = await read();
      setLists(await askBackground({ type: 'lists/import', index, fileName }));
      setMessage({ text: `Imported ${index.list} of ${index.listDate}: ${index.entries.length.toLocaleString()} individual${index.entries.length === 1 ? '' : 's'}. It is used from now on.` });
    } catch (e) {
      setMessage({ text: `Nothing imported. ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  };
  const remove = async (list: string) => setLists(await askBackground({ type: 'lists/remove', list }));
  const pick = (e: Event) => (e.target as HTMLInputElement).files?.[0] ?? null;

  return (
    <section aria-labelledby="lists-heading">
      <h2 id="lists-heading">Sanctions lists</h2>
      <p class="muted">People highlighted in an article are matched against these lists, offline. A match is shown with its list’s date.</p>
      {lists === null ? <p class="muted" role="status">Loading…</p> : (
        <table>
          <thead><tr><th>List</th><th>Date</th><th>Source</th><th /></tr></thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.list}>
                <td>{l.list}{l.individuals !== null ? ` · ${l.individuals.toLocaleString()} individuals` : ''}</td>
                <td>{l.listDate}{l.aliasDate && l.aliasDate !== l.listDate ? ` (aliases ${l.aliasDate})` : ''}</td>
                <td>{l.source === 'bundled' ? 'Bundled with Newsmark' : `Imported from ${l.fileName}`}</td>
                <td>{l.source === 'imported' && <button type="button" onClick={() => void remove(l.list)}>Remove</button>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message && <p class={message.error ? 'error' : 'status'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}

      <form onSubmit={(e) => { e.preventDefault(); if (sdn) void importIndex(() => readOfacFiles(sdn, alt, ofacDate), sdn.name); }}>
        <h3>OFAC SDN list (CSV)</h3>
        <label>sdn.csv <input type="file" accept=".csv,text/csv" required onChange={(e) => { const f = pick(e); setSdn(f); if (f && !ofacDate) setOfacDate(fileDate(f)); }} /></label>
        <label>alt.csv <span class="muted">optional: the aliases</span><input type="file" accept=".csv,text/csv" onChange={(e) => setAlt(pick(e))} /></label>
        <label>List date <input type="date" required value={ofacDate} onInput={(e) => setOfacDate((e.target as HTMLInputElement).value)} /></label>
        <div class="row"><button type="submit" class="primary" disabled={busy || !sdn}>Import OFAC list</button></div>
      </form>

      <form onSubmit={(e) => { e.preventDefault(); if (un) void importIndex(() => readUnXml(un), un.name); }}>
        <h3>UN Security Council consolidated list (XML)</h3>
        <label>consolidated.xml <input type="file" accept=".xml,application/xml,text/xml" required onChange={(e) => setUn(pick(e))} /></label>
        <div class="row"><button type="submit" class="primary" disabled={busy || !un}>Import UN list</button></div>
      </form>
    </section>
  );
}
