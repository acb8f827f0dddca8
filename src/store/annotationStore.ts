import * as v from 'valibot';
import { normalizePageUrl } from '../analysis/article/pageIdentity.ts';
import { annotationSchema } from '../messages/schemas.ts';
import type { Annotation, AnnotationDraft, PageRecord } from './annotation.ts';
import type { NewsmarkDatabase } from './database.ts';
import { type LibraryFilter, LibraryIndex, type LibraryPage } from './libraryQuery.ts';
import { toMarkdown } from './markdownExport.ts';
import { fromWebAnnotationCollection, isWebAnnotationFile, toWebAnnotationCollection } from './webAnnotation.ts';

export const BACKUP_FORMAT = 'newsmark-backup';
export type ExportFormat = 'backup' | 'w3c' | 'markdown';

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  annotations: v.array(annotationSchema()),
});

export interface SaveContext {
  /** Canonical names of the people found on the page, for cross-article context. */
  pagePeople?: string[];
  /** An id chosen by the caller: saving the same id again returns the first save (retries are safe). */
  id?: string;
}

/** Every read and write of annotations; the background's only way into the database. */
export class AnnotationStore {
  private library: Promise<LibraryIndex> | null = null;

  constructor(
    private readonly db: NewsmarkDatabase,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  get(id: string): Promise<Annotation | undefined> {
    return this.db.annotations.get(id);
  }

  forPage(pageKey: string): Promise<Annotation[]> {
    return this.db.annotations.where('pageKey').equals(pageKey).sortBy('start');
  }

  async save(draft: AnnotationDraft, context: SaveContext = {}): Promise<Annotation> {
    if (draft.end <= draft.start) throw new Error('An annotation needs a non-empty quote');
    const at = this.now();
    const annotation: Annotation = { ...draft, id: context.id ?? this.newId(), createdAt: at, updatedAt: at };
    const saved = await this.db.transaction('rw', this.db.annotations, this.db.pages, async () => {
      // A retried save (same id) returns the first one, even when the two overlap.
      const earlier = context.id ? await this.db.annotations.get(context.id) : undefined;
      if (earlier) return earlier;
      await this.db.annotations.add(annotation);
      const page = await this.db.pages.get(draft.pageKey);
      const people = new Set([...(page?.people ?? []), ...(context.pagePeople ?? []), ...(draft.person ? [draft.person] : [])]);
      const record: PageRecord = { pageKey: draft.pageKey, url: draft.url, title: draft.pageTitle, siteName: draft.siteName, people: [...people], savedAt: at };
      await this.db.pages.put(record);
      return annotation;
    });
    if (saved === annotation) (await this.libraryIndex()).upsert(annotation);
    return saved;
  }

  async update(id: string, note: string, tags?: string[]): Promise<Annotation> {
    const next = await this.db.transaction('rw', this.db.annotations, async () => {
      const current = await this.db.annotations.get(id);
      if (!current) throw new Error('That annotation no longer exists');
      const updated: Annotation = { ...current, note, tags: tags ?? current.tags, updatedAt: this.now() };
      await this.db.annotations.put(updated);
      return updated;
    });
    (await this.libraryIndex()).upsert(next);
    return next;
  }

  async delete(id: string): Promise<Annotation> {
    const removed = await this.db.transaction('rw', this.db.annotations, this.db.pages, async () => {
      const current = await this.db.annotations.get(id);
      if (!current) throw new Error('That annotation no longer exists');
      await this.db.annotations.delete(id);
      // A page with nothing saved on it any more no longer counts as a saved article.
      if ((await this.db.annotations.where('pageKey').equals(current.pageKey).count()) === 0) await this.db.pages.delete(current.pageKey);
      return current;
    });
    (await this.libraryIndex()).remove(id);
    return removed;
  }

  /** Puts back an annotation exactly as it was (undo of a delete). */
  async restore(annotation: Annotation): Promise<Annotation> {
    await this.db.transaction('rw', this.db.annotations, this.db.pages, async () => {
      await this.db.annotations.put(annotation);
      const page = await this.db.pages.get(annotation.pageKey);
      if (!page) {
        await this.db.pages.put({ pageKey: annotation.pageKey, url: annotation.url, title: annotation.pageTitle, siteName: annotation.siteName,
          people: annotation.person ? [annotation.person] : [], savedAt: annotation.createdAt });
      }
    });
    (await this.libraryIndex()).upsert(annotation);
    return annotation;
  }

  /** Newest first; every word of the query must appear in the quote, note, title, site, person or tags. */
  async search(filter: LibraryFilter, limit = 200): Promise<LibraryPage> {
    return (await this.libraryIndex()).query(filter, limit);
  }

  /** Other saved pages whose article mentions `person`, newest first. */
  async pagesMentioning(person: string, exceptPageKey?: string): Promise<PageRecord[]> {
    const pages = await this.db.pages.where('people').equals(person).toArray();
    return pages.filter((p) => p.pageKey !== exceptPageKey).sort((a, b) => b.savedAt - a.savedAt);
  }

  async export(format: ExportFormat): Promise<string> {
    const annotations = await this.db.annotations.orderBy('createdAt').toArray();
    if (format === 'markdown') return toMarkdown(annotations, new Date(this.now()));
    if (format === 'w3c') return JSON.stringify(toWebAnnotationCollection(annotations), null, 2);
    return JSON.stringify({ format: BACKUP_FORMAT, version: 1, annotations }, null, 2);
  }

  /**
   * Imports a Newsmark backup or a W3C annotation collection. The whole file is validated
   * first, so a malformed file changes nothing; annotations already here (same id) are skipped.
   */
  async importFile(json: string): Promise<{ added: number; skipped: number }> {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      throw new Error('This file is not JSON, so it is neither a Newsmark backup nor a W3C annotation file');
    }
    const parsed = isWebAnnotationFile(data) ? fromWebAnnotationCollection(data, normalizePageUrl) : parseBackup(data);
    // The first of each id wins: merged exports can repeat an annotation.
    const incoming = [...new Map(parsed.reverse().map((a) => [a.id, a])).values()].reverse();
    const repeated = parsed.length - incoming.length;
    const added = await this.db.transaction('rw', this.db.annotations, this.db.pages, async () => {
      const existing = new Set(await this.db.annotations.where('id').anyOf(incoming.map((a) => a.id)).primaryKeys());
      const fresh = incoming.filter((a) => !existing.has(a.id));
      await this.db.annotations.bulkAdd(fresh);
      for (const a of fresh) {
        const page = await this.db.pages.get(a.pageKey);
        const people = new Set([...(page?.people ?? []), ...(a.person ? [a.person] : [])]);
        await this.db.pages.put({ pageKey: a.pageKey, url: a.url, title: a.pageTitle, siteName: a.siteName, people: [...people], savedAt: Math.max(page?.savedAt ?? 0, a.createdAt) });
      }
      return fresh;
    });
    const library = await this.libraryIndex();
    for (const a of added) library.upsert(a);
    return { added: added.length, skipped: incoming.length - added.length + repeated };
  }

  private libraryIndex(): Promise<LibraryIndex> {
    this.library ??= this.db.annotations.toArray().then(
      (all) => new LibraryIndex(all),
      (error: unknown) => {
        this.library = null; // the next search tries again
        throw error;
      },
    );
    return this.library;
  }
}

function parseBackup(data: unknown): Annotation[] {
  const parsed = v.safeParse(BackupSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`Not a Newsmark backup: ${issue?.message ?? 'unexpected content'}${where ? ` at ${where}` : ''}`);
  }
  return parsed.output.annotations;
}
