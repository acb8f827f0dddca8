/**
 * Compact text form of a `SanctionsIndex`, used for the bundled index
 * (`sdn-index.generated.ts`) and usable for an imported list kept in storage.
 *
 *   programs: string[]                      distinct programme strings, sorted
 *   rows:     "id|programNo|title|name|alias|alias…"   one per entry, sorted by id
 *
 * "|" never occurs in OFAC or UN names; the encoder replaces any with "/".
 */
import type { SanctionsEntry, SanctionsIndex } from './sanctions-entry.ts';

export interface EncodedSanctionsIndex {
  list: string;
  listDate: string;
  aliasDate?: string;
  programs: string[];
  rows: string[];
}

const clean = (field: string): string => field.replace(/\|/g, '/').replace(/[\r\n]+/g, ' ');

export function encodeSanctionsIndex(index: SanctionsIndex): EncodedSanctionsIndex {
  const programs = [...new Set(index.entries.map((e) => e.program))].sort();
  const programNo = new Map(programs.map((p, i) => [p, i]));
  const rows = index.entries.map((e) =>
    [e.id, String(programNo.get(e.program)), e.title, ...e.names].map(clean).join('|'),
  );
  const encoded: EncodedSanctionsIndex = { list: index.list, listDate: index.listDate, programs, rows };
  if (index.aliasDate) encoded.aliasDate = index.aliasDate;
  return encoded;
}

export function decodeSanctionsIndex(encoded: EncodedSanctionsIndex): SanctionsIndex {
  const entries: SanctionsEntry[] = encoded.rows.map((row) => {
    const [id = '', programNo = '', title = '', ...names] = row.split('|');
    return { id, program: encoded.programs[Number(programNo)] ?? '', title, names };
  });
  const index: SanctionsIndex = { list: encoded.list, listDate: encoded.listDate, entries };
  if (encoded.aliasDate) index.aliasDate = encoded.aliasDate;
  return index;
}
