import type { Annotation } from './annotation.ts';

/** Markdown for notes apps (Obsidian and the like): one section per article, quotes as blockquotes. */
export function toMarkdown(annotations: Annotation[], exportedAt = new Date()): string {
  const byPage = new Map<string, Annotation[]>();
  for (const a of [...annotations].sort((x, y) => x.createdAt - y.createdAt)) {
    const list = byPage.get(a.pageKey) ?? [];
    list.push(a);
    byPage.set(a.pageKey, list);
  }
  const out = [`# Newsmark annotations`, '', `Exported ${exportedAt.toISOString().slice(0, 10)} · ${annotations.length} annotation${annotations.length === 1 ? '' : 's'}`, ''];
  for (const list of byPage.values()) {
    const first = list[0]!;
    out.push(`## [${escapeInline(first.pageTitle || first.url)}](${first.url.replace(/\)/g, '%29')})`, '');
    if (first.siteName) out.push(`*${escapeInline(first.siteName)}*`, '');
    for (const a of list) {
      out.push(...a.quote.split('\n').map((line) => `> ${line}`), '');
      if (a.note) out.push(a.note, '');
      const meta = [new Date(a.createdAt).toISOString().slice(0, 10), a.person ? `person: ${a.person}` : '', a.claimType ? `claim: ${a.claimType.replace(/_/g, ' ')}` : '', ...a.tags.map((t) => `#${t.replace(/\s+/g, '-')}`)].filter(Boolean);
      out.push(`<sub>${meta.map(escapeInline).join(' · ')}</sub>`, '');
    }
  }
  return out.join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
