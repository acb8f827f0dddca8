import Dexie, { type Table } from 'dexie';
import type { Annotation } from './annotation.ts';

export const DATABASE_NAME = 'newsmark';

/**
 * The one IndexedDB database, owned by the background. Every schema change is a new
 * `version(n)` with an upgrade that keeps every annotation.
 */
export class NewsmarkDatabase extends Dexie {
  annotations!: Table<Annotation, string>;

  constructor(options?: ConstructorParameters<typeof Dexie>[1]) {
    super(DATABASE_NAME, options);
    this.version(1).stores({
      annotations: 'id, pageKey, createdAt, updatedAt, kind, siteName, *tags',
    });
  }
}
