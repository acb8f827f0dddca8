/** One listed person as the matcher sees it, whatever list it came from. */
export interface SanctionsEntry {
  /** The list's own id: OFAC ent_num, UN reference number. */
  id: string;
  /**
   * Primary name first, then aliases. "SURNAME, Given Middle" when the list marks the
   * surname (OFAC), otherwise the name as written in natural order (UN).
   */
  names: string[];
  /** Sanctions programme(s), e.g. "RUSSIA-EO14024" or "NPWMD, IFSR". */
  program: string;
  /** Position or title, "" when the list gives none. */
  title: string;
}

/** A whole list: what `createSanctionsMatcher` consumes and the parsers produce. */
export interface SanctionsIndex {
  /** Shown to the reader as `SanctionsMatch.list`, e.g. "OFAC SDN". */
  list: string;
  /** Date of the list snapshot, YYYY-MM-DD. */
  listDate: string;
  /** Date of the alias snapshot when aliases come from another file, YYYY-MM-DD. */
  aliasDate?: string;
  entries: SanctionsEntry[];
}
