import type { Annotation, AnnotationKind } from './annotation.ts';

export interface LibraryFilter {
  query?: string;
  kind?: AnnotationKind;
  person?: string;
  site?: string;
  /** Inclusive bounds on the time the annotation was saved (ms since epoch). */
  from?: number;
  to?: number;
}

export interface LibraryPage {
  items: Annotation[];
  total: number;
  sites: string[];
  people: string[];
}

interface Entry {
  annotation: Annotation;
  haystack: string;
}

/**
 * The library held in memory (newest first), with each annotation's searchable text
 * lowercased once, so a search over 10,000 annotations is a single pass of `includes`.
 */
export class LibraryIndex {
  private entries: Entry[];

  constructor(annotations: Annotation[]) {
    this.entries = annotations.map(toEntry).sort((a, b) => b.annotation.createdAt - a.annotation.createdAt);
  }

  upsert(annotation: Annotation): void {
    this.remove(annotation.id);
    const entry = toEntry(annotation);
    const at = this.entries.findIndex((e) => e.annotation.createdAt < annotation.createdAt);
    if (at === -1) this.entries.push(entry);
    else this.entries.splice(at, 0, entry);
  }

  remove(id: string): void {
    this.entries = this.entries.filter((e) => e.annotation.id !== id);
  }

  query(filter: LibraryFilter, limit: number): LibraryPage {
    const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const items: Annotation[] = [];
    let total = 0;
    const sites = new Set<string>();
    const people = new Set<string>();
    for (const { annotation: a, haystack } of this.entries) {
      if (a.siteName) sites.add(a.siteName);
      if (a.person) people.add(a.person);
      if (filter.kind && a.kind !== filter.kind) continue;
      if (filter.person && a.person !== filter.person) continue;
      if (filter.site && a.siteName !== filter.site) continue;
      if (filter.from !== undefined && a.createdAt < filter.from) continue;
      if (filter.to !== undefined && a.createdAt > filter.to) continue;
      if (words.length && !words.every((w) => haystack.includes(w))) continue;
      total++;
      if (items.length < limit) items.push(a);
    }
    return { items, total, sites: [...sites].sort(), people: [...people].sort() };
  }
}

function toEntry(annotation: Annotation): Entry {
  const a = annotation;
  return { annotation, haystack: [a.quote, a.note, a.pageTitle, a.siteName ?? '', a.person ?? '', a.tags.join(' ')].join('\n').toLowerCase() };
}
