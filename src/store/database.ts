import Dexie, { type Table } from 'dexie';
import type { SanctionsIndex } from '../nlp/sanctions/index.ts';
import type { Annotation, PageRecord } from './annotation.ts';

export const DATABASE_NAME = 'newsmark';

/** Schema history. Never edit a past version: add a new one with an upgrade that keeps everything. */
export const SCHEMA_V1 = { annotations: 'id, pageKey, createdAt, updatedAt, kind, siteName, *tags' };
export const SCHEMA_V2 = { ...SCHEMA_V1, annotations: 'id, pageKey, createdAt, updatedAt, kind, siteName, person, *tags', pages: 'pageKey, savedAt, siteName, *people' };
export const SCHEMA_V3 = { ...SCHEMA_V2, lists: 'list, listDate' };

/** A sanctions list the reader imported from an official file (the newest per list wins). */
export interface ImportedList {
  list: string;
  listDate: string;
  importedAt: number;
  fileName: string;
  index: SanctionsIndex;
}

/** The one IndexedDB database, owned by the background. */
export class NewsmarkDatabase extends Dexie {
  annotations!: Table<Annotation, string>;
  pages!: Table<PageRecord, string>;
  lists!: Table<ImportedList, string>;

  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super(DATABASE_NAME, options);
    this.version(1).stores(SCHEMA_V1);
    // v2: code-point positions for W3C export, a `person` index, and a page table for the
    // library and for cross-article context. Old annotations get both, derived from what they have.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const pages = new Map<string, PageRecord>();
        await tx.table('annotations').toCollection().modify((a: Annotation) => {
          a.codePointStart ??= a.start;
          a.codePointEnd ??= a.end;
          a.tags ??= [];
          a.person ??= null;
          const page = pages.get(a.pageKey) ?? { pageKey: a.pageKey, url: a.url, title: a.pageTitle, siteName: a.siteName, people: [], savedAt: a.createdAt };
          if (a.person && !page.people.includes(a.person)) page.people.push(a.person);
          page.savedAt = Math.max(page.savedAt, a.createdAt);
          pages.set(a.pageKey, page);
        });
        await tx.table('pages').bulkPut([...pages.values()]);
      });
    // v3: sanctions lists imported on the options page. Nothing to migrate.
    this.version(3).stores(SCHEMA_V3);
  }
}
