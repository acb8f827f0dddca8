/**
 * Offline sanctions lookup for people found in an article.
 *
 *   matchSanctionsList("Vladimir Putin")
 *     → [{ list: "OFAC SDN", entry: "PUTIN, Vladimir Vladimirovich", program: "RUSSIA-EO14024",
 *          listDate: "2023-01-21", score: 0.95 }]
 *
 * The bundled OFAC SDN index is decoded and indexed lazily on the first call.
 * For an imported list: `createSanctionsMatcher(parseOfacCsv(…) | parseUnConsolidatedXml(…))`.
 */
import { createSanctionsMatcher, type SanctionsMatch, type SanctionsMatcher } from './name-matcher.ts';
import { decodeSanctionsIndex } from './sdn-index-codec.ts';
import { SDN_INDEX } from './sdn-index.generated.ts';

export type { SanctionsMatch, SanctionsMatcher } from './name-matcher.ts';
export { createSanctionsMatcher, MATCH_THRESHOLD } from './name-matcher.ts';
export type { SanctionsEntry, SanctionsIndex } from './sanctions-entry.ts';
export { decodeSanctionsIndex, encodeSanctionsIndex, type EncodedSanctionsIndex } from './sdn-index-codec.ts';
export { decodeOfacBytes, parseOfacCsv } from './parse-ofac-csv.ts';
export { parseUnConsolidatedXml } from './parse-un-xml.ts';
export { SDN_ALIAS_DATE, SDN_LIST_DATE } from './sdn-index.generated.ts';

let bundled: SanctionsMatcher | undefined;

/** The matcher over the bundled OFAC SDN individuals (built on first use, ~tens of ms). */
export function bundledSanctionsMatcher(): SanctionsMatcher {
  bundled ??= createSanctionsMatcher(decodeSanctionsIndex(SDN_INDEX));
  return bundled;
}

/**
 * Strong matches of a person on the bundled OFAC SDN list, best first; `[]` when none.
 * `mentions` are other surface forms of the same person (e.g. a fuller form); each is tried.
 */
export function matchSanctionsList(personName: string, mentions?: string[]): SanctionsMatch[] {
  return bundledSanctionsMatcher().match(personName, mentions);
}
