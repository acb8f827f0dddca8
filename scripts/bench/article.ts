/**
 * Article benchmark: body-text extraction on the dev part of scrapinghub's
 * article-extraction-benchmark (../shared/data/article-bench), scored with the
 * benchmark's own shingle metric (see that folder's README; restated in ./shingleMetric.ts),
 * for our detector (detectArticle + buildArticleText on a linkedom document, i.e. the CLI's
 * `article.text`) and for @mozilla/readability 0.6.0 (`textContent`), same run.
 *
 *   npm run bench:article              # table, then one JSON line: {"bench":"article",...}
 *   npm run bench:article -- --errors  # also the worst pages, with what we added / missed
 *   npm run bench:article -- --dump=FILE  # per-page P/R as JSON, to diff two versions
 *
 * Timing: per page, ours = detectArticle + buildArticleText on the parsed document;
 * Readability = `new Readability(doc).parse()` on a clone made outside the timer (the
 * stricter comparison: its cloning cost is not charged to it). Parsing is charged to neither.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ours, parsePage, readability } from './extractors.ts';
import { aggregate, type Counts, matchCounts, precisionOf, recallOf, unmatchedLines } from './shingleMetric.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = resolve(ROOT, '../shared/data/article-bench');

interface Page { id: string; url: string; truth: string; html: string }
export interface ExtractorScore { p: number; r: number; f1: number; medianMs: number; nullPages: number }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

// ---- the data ----

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(join(DATA, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, item]) => ({
      id, url: item.url, truth: item.articleBody,
      html: gunzipSync(readFileSync(join(DATA, 'html', `${id}.html.gz`))).toString('utf8'),
    }));
}

function main(): void {
  if (!existsSync(join(DATA, 'ground-truth.json'))) {
    console.log('skipped: ../shared/data/article-bench not found');
    return;
  }
  const showErrors = process.argv.includes('--errors');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const pages = loadPages().filter((p) => !only || p.id.startsWith(only));

  const rows: Array<{ page: Page; ours: Counts; theirs: Counts; text: string }> = [];
  const ourMs: number[] = [];
  const theirMs: number[] = [];
  let ourNulls = 0, theirNulls = 0;
  for (const page of pages) {
    const doc = parsePage(page.html);
    let t0 = performance.now();
    const text = ours(doc, page.url);
    ourMs.push(performance.now() - t0);

    const clone = doc.cloneNode(true) as Document;
    t0 = performance.now();
    const theirText = readability(clone);
    theirMs.push(performance.now() - t0);

    if (!text) ourNulls++;
    if (!theirText) theirNulls++;
    rows.push({ page, text, ours: matchCounts(page.truth, text), theirs: matchCounts(page.truth, theirText) });
  }

  const score = (counts: Counts[], ms: number[], nulls: number): ExtractorScore => ({ ...aggregate(counts), medianMs: median(ms), nullPages: nulls });
  const oursScore = score(rows.map((r) => r.ours), ourMs, ourNulls);
  const theirScore = score(rows.map((r) => r.theirs), theirMs, theirNulls);

  const fmt = (x: number): string => x.toFixed(3);
  console.log(`article bench: ${pages.length} pages (${DATA})`);
  console.log('extractor                 precision  recall  F1     median ms  empty');
  for (const [name, s] of [['newsmark detectArticle', oursScore], ['@mozilla/readability', theirScore]] as const) {
    console.log(`${name.padEnd(26)}${fmt(s.p).padEnd(11)}${fmt(s.r).padEnd(8)}${fmt(s.f1).padEnd(7)}${s.medianMs.toFixed(2).padEnd(11)}${s.nullPages}`);
  }

  if (showErrors) {
    const worst = rows
      .map((r) => ({ ...r, f: 2 / (1 / Math.max(precisionOf(r.ours), 1e-9) + 1 / Math.max(recallOf(r.ours), 1e-9)) }))
      .sort((a, b) => a.f - b.f)
      .slice(0, 25);
    console.log('\nworst pages (ours):');
    for (const r of worst) {
      console.log(`- ${r.page.id.slice(0, 12)} P ${fmt(precisionOf(r.ours))} R ${fmt(recallOf(r.ours))}  ${r.page.url.slice(0, 90)}`);
      for (const line of unmatchedLines(r.text, r.page.truth, 4)) console.log(`    + ${line}`);
      for (const line of unmatchedLines(r.page.truth, r.text, 4)) console.log(`    - ${line}`);
    }
  }

  const dump = process.argv.find((a) => a.startsWith('--dump='))?.slice(7);
  if (dump) {
    const perPage = Object.fromEntries(rows.map((r) => [r.page.id.slice(0, 12), { p: +precisionOf(r.ours).toFixed(3), r: +recallOf(r.ours).toFixed(3) }]));
    writeFileSync(dump, JSON.stringify(perPage, null, 1));
  }
  console.log(JSON.stringify({ bench: 'article', pages: pages.length, ours: oursScore, readability: theirScore }));
}

main();
