import type { AnnotationKind } from '../store/annotation.ts';
import type { LibraryFilter } from '../store/libraryQuery.ts';

const DAY = 24 * 60 * 60 * 1000;
const SINCE: Record<string, number> = { day: DAY, week: 7 * DAY, month: 31 * DAY, year: 366 * DAY };

/** Filters by kind, person, site and date; each a labelled native select, so keyboards and screen readers work. */
export function LibraryFilters({ filter, sites, people, onChange }: {
  filter: LibraryFilter; sites: string[]; people: string[]; onChange: (next: LibraryFilter) => void;
}) {
  const since = Object.entries(SINCE).find(([, ms]) => filter.from !== undefined && Math.abs(Date.now() - ms - filter.from) < DAY)?.[0] ?? '';
  const set = (patch: Partial<LibraryFilter>) => {
    const next = { ...filter, ...patch };
    for (const key of Object.keys(next) as Array<keyof LibraryFilter>) if (next[key] === undefined || next[key] === '') delete next[key];
    onChange(next);
  };
  return (
    <div class="filters">
      <label>
        <span>Kind</span>
        <select value={filter.kind ?? ''} onChange={(e) => set({ kind: ((e.target as HTMLSelectElement).value || undefined) as AnnotationKind | undefined })}>
          <option value="">All</option>
          <option value="note">Notes</option>
          <option value="person">People</option>
          <option value="claim">Claims</option>
        </select>
      </label>
      <label>
        <span>Person</span>
        <select value={filter.person ?? ''} onChange={(e) => set({ person: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="">Anyone</option>
          {[...new Set([...people, ...(filter.person ? [filter.person] : [])])].map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label>
        <span>Site</span>
        <select value={filter.site ?? ''} onChange={(e) => set({ site: (e.target as HTMLSelectElement).value || undefined })}>
          <option value="">Any site</option>
          {sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        <span>Saved</span>
        <select value={since} onChange={(e) => {
          const key = (e.target as HTMLSelectElement).value;
          set({ from: key ? Date.now() - SINCE[key]! : undefined });
        }}>
          <option value="">Any time</option>
          <option value="day">Last 24 hours</option>
          <option value="week">Last week</option>
          <option value="month">Last month</option>
          <option value="year">Last year</option>
        </select>
      </label>
    </div>
  );
}
