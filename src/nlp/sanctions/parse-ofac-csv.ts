/**
 * OFAC legacy CSV (sdn.csv + optional alt.csv) → individuals as `SanctionsEntry`.
 * Pure TS, no Node APIs: runs in an extension page and in the build script alike.
 *
 * Quirks handled: CRLF or LF, a trailing 0x1A (DOS EOF) line, "-0-" meaning empty,
 * an optional header row (mirrors add one) — any row whose first field is not a number
 * is skipped — and multi-programme fields written "SDGT] [IFSR".
 */
import type { SanctionsEntry, SanctionsIndex } from './sanctions-entry.ts';

export const OFAC_LIST_NAME = 'OFAC SDN';

/** Windows-1252 0x80–0x9F (unassigned bytes kept as their C1 code point). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decode raw bytes of an OFAC download (Windows-1252) to text. Done by hand: Node's
 * TextDecoder('windows-1252') decodes as ISO-8859-1 (0x80 → U+0080, not €).
 */
export function decodeOfacBytes(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b))));
  }
  return parts.join('');
}

/** RFC 4180-style CSV reader: quoted fields, doubled quotes, CRLF/LF. */
export function readCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\u001a') field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** OFAC writes "-0-" (with a trailing space) for an empty field. */
function cell(row: string[], index: number): string {
  const value = (row[index] ?? '').trim();
  return value === '-0-' ? '' : value;
}

/** SDN_Type values; "" is an entity ("-0-"). */
const SDN_TYPES = new Set(['', 'individual', 'vessel', 'aircraft']);

function isEntNum(value: string): boolean {
  return /^\d+$/.test(value.trim());
}

/** "SDGT] [IFSR" → "SDGT, IFSR". */
export function normaliseOfacProgram(raw: string): string {
  return raw
    .split(/\]\s*\[/)
    .map((part) => part.replace(/[[\]]/g, '').trim())
    .filter(Boolean)
    .join(', ');
}

function excerpt(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  return JSON.stringify(firstLine.slice(0, 60));
}

export interface OfacCsvInput {
  /** Text of sdn.csv (already decoded; see `decodeOfacBytes`). */
  sdn: string;
  /** Text of alt.csv, if available. */
  alt?: string;
  /** Snapshot date of sdn.csv, YYYY-MM-DD (the CSV itself carries no date). */
  listDate: string;
  /** Snapshot date of alt.csv when it differs from sdn.csv. */
  aliasDate?: string;
}

/** Parse sdn.csv rows (individuals only). Throws on a file that is not an SDN CSV. */
export function parseOfacSdnRows(sdnText: string): Map<string, SanctionsEntry> {
  const individuals = new Map<string, SanctionsEntry>();
  let dataRows = 0;
  let typedRows = 0;
  for (const row of readCsvRows(sdnText)) {
    if (!isEntNum(row[0] ?? '')) continue;
    if (row.length < 4) throw new Error(`not an OFAC SDN CSV: row for ent_num ${row[0] ?? ''} has ${row.length} fields, expected 12`);
    dataRows++;
    const type = cell(row, 2).toLowerCase();
    if (SDN_TYPES.has(type)) typedRows++;
    if (type !== 'individual') continue;
    const id = cell(row, 0);
    const name = cell(row, 1);
    if (!name) continue;
    individuals.set(id, { id, names: [name], program: normaliseOfacProgram(cell(row, 3)), title: cell(row, 4) });
  }
  if (dataRows > 0 && typedRows < dataRows * 0.9) {
    throw new Error(`not an OFAC SDN CSV: the third column (SDN_Type) should be individual, vessel, aircraft or -0- (starts ${excerpt(sdnText)})`);
  }
  if (dataRows === 0) throw new Error(`not an OFAC SDN CSV: no "ent_num,SDN_Name,SDN_Type,Program,…" rows found (starts ${excerpt(sdnText)})`);
  return individuals;
}

/** Add alt.csv aliases to the entries they belong to; aliases of unknown ent_nums are dropped. */
export function addOfacAliases(entries: Map<string, SanctionsEntry>, altText: string): void {
  let dataRows = 0;
  for (const row of readCsvRows(altText)) {
    if (!isEntNum(row[0] ?? '')) continue;
    const type = cell(row, 2).toLowerCase();
    if (row.length < 4 || !/^(aka|fka|nka)$/.test(type)) {
      throw new Error(`not an OFAC alt.csv: expected "ent_num,alt_num,aka|fka|nka,alt_name,remarks", got ${JSON.stringify(row.slice(0, 4).join(','))}`);
    }
    dataRows++;
    const entry = entries.get(cell(row, 0));
    const alias = cell(row, 3);
    if (entry && alias && !entry.names.includes(alias)) entry.names.push(alias);
  }
  if (dataRows === 0) throw new Error(`not an OFAC alt.csv: no "ent_num,alt_num,alt_type,alt_name" rows found (starts ${excerpt(altText)})`);
}

/** sdn.csv [+ alt.csv] text → index of individuals, sorted by ent_num. */
export function parseOfacCsv(input: OfacCsvInput): SanctionsIndex {
  const entries = parseOfacSdnRows(input.sdn);
  if (input.alt !== undefined) addOfacAliases(entries, input.alt);
  const sorted = [...entries.values()].sort((a, b) => Number(a.id) - Number(b.id));
  const index: SanctionsIndex = { list: OFAC_LIST_NAME, listDate: input.listDate, entries: sorted };
  if (input.aliasDate) index.aliasDate = input.aliasDate;
  return index;
}
