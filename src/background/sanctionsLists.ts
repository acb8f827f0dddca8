import {
  bundledSanctionsMatcher, createSanctionsMatcher, SDN_ALIAS_DATE, SDN_LIST_DATE,
  type SanctionsIndex, type SanctionsMatch, type SanctionsMatcher,
} from '../nlp/sanctions/index.ts';
import type { ImportedList, NewsmarkDatabase } from '../store/database.ts';

const BUNDLED_LIST = 'OFAC SDN';

export interface ListStatus {
  list: string;
  listDate: string;
  aliasDate: string | null;
  individuals: number | null;
  source: 'bundled' | 'imported';
  fileName: string | null;
}

/**
 * The sanctions lists a person is matched against: the bundled OFAC SDN index, and lists the
 * reader imported from official files. Per list, the newest wins (an imported OFAC file newer
 * than the bundled snapshot replaces it). Matchers are built once and rebuilt on import.
 */
export class SanctionsLists {
  private matchers: Promise<Array<{ list: string; matcher: SanctionsMatcher }>> | null = null;

  constructor(private readonly db: NewsmarkDatabase) {}

  async match(name: string, mentions: string[]): Promise<SanctionsMatch[]> {
    const all = (await this.active()).flatMap(({ matcher }) => matcher.match(name, mentions));
    return all.sort((a, b) => b.score - a.score);
  }

  async status(): Promise<ListStatus[]> {
    const imported = await this.db.lists.toArray();
    const bundledWins = !imported.some((l) => l.list === BUNDLED_LIST && l.listDate >= SDN_LIST_DATE);
    const out: ListStatus[] = [];
    if (bundledWins) out.push({ list: BUNDLED_LIST, listDate: SDN_LIST_DATE, aliasDate: SDN_ALIAS_DATE, individuals: null, source: 'bundled', fileName: null });
    for (const l of imported) {
      if (l.list === BUNDLED_LIST && bundledWins) continue;
      out.push({ list: l.list, listDate: l.listDate, aliasDate: l.index.aliasDate ?? null, individuals: l.index.entries.length, source: 'imported', fileName: l.fileName });
    }
    return out;
  }

  /** Stores an imported list (replacing an older import of the same list) and rebuilds the matchers. */
  async import(index: SanctionsIndex, fileName: string, now = Date.now()): Promise<ListStatus[]> {
    if (!index.entries.length) throw new Error('That file lists no individuals, so there is nothing to match against');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(index.listDate)) throw new Error('The list needs a date (YYYY-MM-DD)');
    const current = await this.db.lists.get(index.list);
    if (current && current.listDate > index.listDate) {
      throw new Error(`You already have a newer ${index.list} list (${current.listDate}); the newest list wins`);
    }
    const record: ImportedList = { list: index.list, listDate: index.listDate, importedAt: now, fileName, index };
    await this.db.lists.put(record);
    this.matchers = null;
    return this.status();
  }

  async remove(list: string): Promise<ListStatus[]> {
    await this.db.lists.delete(list);
    this.matchers = null;
    return this.status();
  }

  private active(): Promise<Array<{ list: string; matcher: SanctionsMatcher }>> {
    this.matchers ??= this.db.lists.toArray().then((imported) => {
      const out: Array<{ list: string; matcher: SanctionsMatcher }> = [];
      const ofac = imported.find((l) => l.list === BUNDLED_LIST && l.listDate >= SDN_LIST_DATE);
      out.push({ list: BUNDLED_LIST, matcher: ofac ? createSanctionsMatcher(ofac.index) : bundledSanctionsMatcher() });
      for (const l of imported) if (l.list !== BUNDLED_LIST) out.push({ list: l.list, matcher: createSanctionsMatcher(l.index) });
      return out;
    });
    return this.matchers;
  }
}
