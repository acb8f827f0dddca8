/**
 * UN Security Council Consolidated List XML → individuals as `SanctionsEntry`.
 *
 * A small tolerant regex reader rather than DOMParser: the schema is flat and fixed
 * (CONSOLIDATED_LIST > INDIVIDUALS > INDIVIDUAL > FIELD | GROUP > VALUE), the reader runs
 * unchanged in Node (no DOMParser there) and in an extension page (the service worker has
 * none either), and it reads the 2 MB file in a few ms without building a DOM.
 * It handles attributes, self-closing tags, CDATA, comments and the XML character entities.
 *
 * Names: FIRST..FOURTH_NAME joined in order (natural order, no surname marked); aliases from
 * INDIVIDUAL_ALIAS/ALIAS_NAME except QUALITY "Low" (the UN says those are too broad to
 * identify anyone). program = UN_LIST_TYPE, id = REFERENCE_NUMBER, title = DESIGNATION values,
 * listDate = the date part of the root's dateGenerated.
 */
import type { SanctionsEntry, SanctionsIndex } from './sanctions-entry.ts';
import { decodeCharacterReferences, XML_ENTITIES } from '../../shared/characterReferences.ts';

export const UN_LIST_NAME = 'UN SC Consolidated';

/** Text content of an XML fragment: tags dropped, CDATA kept, entities decoded, spaces collapsed. */
export function xmlText(fragment: string): string {
  const withoutTags = fragment
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) => cdata.replace(/[&<]/g, (ch) => (ch === '&' ? '&amp;' : '&lt;')))
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ');
  return decodeCharacterReferences(withoutTags, XML_ENTITIES).replace(/\s+/g, ' ').trim();
}

/** Inner XML of every <tag …>…</tag> (self-closing ones give ""). Not for nested same-name tags. */
export function xmlElements(xml: string, tag: string): string[] {
  const re = new RegExp(`<${tag}(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${tag}\\s*>)`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1] ?? '');
}

function firstText(xml: string, tag: string): string {
  const inner = xmlElements(xml, tag)[0];
  return inner === undefined ? '' : xmlText(inner);
}

function excerpt(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 60));
}

function parseIndividual(block: string): SanctionsEntry | null {
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((tag) => firstText(block, tag))
    .filter(Boolean)
    .join(' ');
  if (!primary) return null;
  const names = [primary];
  for (const alias of xmlElements(block, 'INDIVIDUAL_ALIAS')) {
    if (firstText(alias, 'QUALITY').toLowerCase() === 'low') continue;
    const name = firstText(alias, 'ALIAS_NAME');
    if (name && !names.includes(name)) names.push(name);
  }
  const designation = xmlElements(block, 'DESIGNATION')[0] ?? '';
  const title = xmlElements(designation, 'VALUE').map(xmlText).filter(Boolean).join('; ');
  return {
    id: firstText(block, 'REFERENCE_NUMBER') || firstText(block, 'DATAID'),
    names,
    program: firstText(block, 'UN_LIST_TYPE'),
    title,
  };
}

/** UN consolidated list XML text → index of individuals (entities are skipped). */
export function parseUnConsolidatedXml(xml: string): SanctionsIndex {
  const root = /<CONSOLIDATED_LIST\b([^>]*)>/.exec(xml);
  if (!root) throw new Error(`not a UN consolidated list XML: no <CONSOLIDATED_LIST> root element (starts ${excerpt(xml)})`);
  const generated = /\bdateGenerated\s*=\s*["']([^"']*)["']/.exec(root[1] ?? '')?.[1] ?? '';
  const listDate = /^\d{4}-\d{2}-\d{2}/.exec(generated)?.[0] ?? '';
  const entries: SanctionsEntry[] = [];
  for (const block of xmlElements(xml, 'INDIVIDUAL')) {
    const entry = parseIndividual(block);
    if (entry) entries.push(entry);
  }
  if (entries.length === 0 && !/<INDIVIDUALS\b/.test(xml)) {
    throw new Error('not a UN consolidated list XML: <CONSOLIDATED_LIST> has no <INDIVIDUALS> section');
  }
  return { list: UN_LIST_NAME, listDate, entries };
}
