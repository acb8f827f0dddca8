import * as v from 'valibot';
import { AnnotationSchema } from '../messages/schemas.ts';
import type { Annotation, AnnotationDraft } from './annotation.ts';
import type { NewsmarkDatabase } from './database.ts';

export const BACKUP_FORMAT = 'newsmark-backup';

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(1),
  annotations: v.array(AnnotationSchema),
});

export class AnnotationStore {
  constructor(
    private readonly db: NewsmarkDatabase,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  forPage(pageKey: string): Promise<Annotation[]> {
    return this.db.annotations.where('pageKey').equals(pageKey).sortBy('start');
  }

  async save(draft: AnnotationDraft): Promise<Annotation> {
    if (draft.end <= draft.start) throw new Error('An annotation needs a non-empty quote');
    const at = this.now();
    const annotation: Annotation = { ...draft, id: this.newId(), createdAt: at, updatedAt: at };
    await this.db.annotations.add(annotation);
    return annotation;
  }

  async update(id: string, note: string, tags?: string[]): Promise<Annotation> {
    return this.db.transaction('rw', this.db.annotations, async () => {
      const current = await this.db.annotations.get(id);
      if (!current) throw new Error('That annotation no longer exists');
      const next: Annotation = { ...current, note, tags: tags ?? current.tags, updatedAt: this.now() };
      await this.db.annotations.put(next);
      return next;
    });
  }

  async delete(id: string): Promise<Annotation> {
    return this.db.transaction('rw', this.db.annotations, async () => {
      const current = await this.db.annotations.get(id);
      if (!current) throw new Error('That annotation no longer exists');
      await this.db.annotations.delete(id);
      return current;
    });
  }

  /** Puts back an annotation exactly as it was (undo of a delete). */
  async restore(annotation: Annotation): Promise<Annotation> {
    await this.db.annotations.put(annotation);
    return annotation;
  }

  /** Newest first; every word of the query must appear in the quote, note, title, site, person or tags. */
  async search(query: string, limit = 500): Promise<Annotation[]> {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (a: Annotation) => {
      if (!words.length) return true;
      const hay = [a.quote, a.note, a.pageTitle, a.siteName ?? '', a.person ?? '', a.tags.join(' ')].join('\n').toLowerCase();
      return words.every((w) => hay.includes(w));
    };
    return this.db.annotations.orderBy('createdAt').reverse().filter(matches).limit(limit).toArray();
  }

  async exportJson(): Promise<string> {
    const annotations = await this.db.annotations.orderBy('createdAt').toArray();
    return JSON.stringify({ format: BACKUP_FORMAT, version: 1, annotations }, null, 2);
  }

  /** Validates the whole file first: a malformed file changes nothing. Same ids are skipped. */
  async importJson(json: string): Promise<{ added: number; skipped: number }> {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      throw new Error('This file is not JSON, so it is not a Newsmark backup');
    }
    const parsed = v.safeParse(BackupSchema, data);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const where = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new Error(`Not a Newsmark backup: ${issue?.message ?? 'unexpected content'}${where ? ` at ${where}` : ''}`);
    }
    return this.db.transaction('rw', this.db.annotations, async () => {
      const incoming = parsed.output.annotations;
      const existing = new Set(await this.db.annotations.where('id').anyOf(incoming.map((a) => a.id)).primaryKeys());
      const fresh = incoming.filter((a) => !existing.has(a.id));
      await this.db.annotations.bulkAdd(fresh);
      return { added: fresh.length, skipped: incoming.length - fresh.length };
    });
  }
}
