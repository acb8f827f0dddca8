import { decodeOfacBytes, parseOfacCsv, parseUnConsolidatedXml, type SanctionsIndex } from '../nlp/sanctions/index.ts';

/** The file's own date (its last modification) as YYYY-MM-DD, the default list date for an OFAC CSV. */
export function fileDate(file: File): string {
  return new Date(file.lastModified).toISOString().slice(0, 10);
}

/** Reads an official list file chosen by the reader; throws a readable Error for anything else. */
export async function readOfacFiles(sdn: File, alt: File | null, listDate: string): Promise<SanctionsIndex> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(listDate)) throw new Error('Give the list’s date (as published by OFAC)');
  const sdnText = decodeOfacBytes(new Uint8Array(await sdn.arrayBuffer()));
  const altText = alt ? decodeOfacBytes(new Uint8Array(await alt.arrayBuffer())) : undefined;
  return parseOfacCsv({ sdn: sdnText, alt: altText, listDate, aliasDate: alt ? listDate : undefined });
}

export async function readUnXml(file: File): Promise<SanctionsIndex> {
  const index = parseUnConsolidatedXml(await file.text());
  if (!index.listDate) index.listDate = fileDate(file);
  return index;
}
