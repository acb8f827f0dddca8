/**
 * npm run bench:pages:firefox — the real-page sweep in Firefox, the extension's second target.
 *
 * The same pages as bench:pages (../shared/data/article-bench/html, or with --dir any folder's
 * pages, served on 127.0.0.1 as bench:pages serves them: pageSweep.mjs servedFile; every request
 * to another host is aborted, and a page's own scripts run), in Firefox ESR driven over
 * WebDriver BiDi by puppeteer-core with the built dist/firefox installed. For each page:
 *   - errors attributed to the extension: uncaught exceptions whose stack names a moz-extension://
 *     URL, and console errors and warnings from moz-extension:// sources (the background's own
 *     console is out of the driver's reach; a failed request to it shows as the content script's
 *     warning, and as a page without people);
 *   - highlights drawn (<newsmark-hl> wrappers by data-newsmark-kind);
 *   - whether document.body.textContent is exactly the text of the same page in a second Firefox
 *     without the extension (judged as bench:pages judges it: pageSweep.mjs judgeText);
 *   - the extension's 'newsmark:analyze' measure and its phases, and, in the same page afterwards,
 *     `new Readability(document.cloneNode(true)).parse()` (median of 3, and the first run).
 * Timer precision is not reduced in either Firefox (privacy.reduceTimerPrecision off), so the
 * times are as fine as Chromium's.
 * Flags (those of bench:pages that apply here, read by pageSweep.mjs as there):
 *        --limit=N (first N pages), --only=<idprefix>, --no-build (use dist/firefox as is),
 *        --dir=<folder> (sweep the .html pages of another folder instead, served at /site/<path> as
 *        a static site with its assets, so relative CSS, scripts and images load: pages nobody tuned
 *        for; --only=<path prefix> then picks by path relative to the folder, and the report names
 *        pages by that path), --sample=N (N pages spread evenly over them, before --limit),
 *        --extension=<dir> (another unpacked Firefox build; implies --no-build),
 *        --verbose (per-page progress on stderr).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exitUnlessSiteDirExists, exitWhenNoPage, HTML_DIR, judgeText, median, pagePath, printFindings, servedFile, sweepArgs, sweepPageIds, textOnPage } from './pageSweep.mjs';

const PAGE_TIMEOUT_MS = 20_000;
const SETTLE_MS = 400;
const READABILITY_RUNS = 3;

const { argv: args, flag, limit, only, siteDir: SITE_DIR, sample, short, progress } = sweepArgs();

exitUnlessSiteDirExists('bench:pages:firefox', SITE_DIR);
if (!SITE_DIR && !existsSync(HTML_DIR)) {
  console.log('skipped: ../shared/data/article-bench not found (bench:pages:firefox sweeps its pages)');
  process.exit(0);
}
const { default: puppeteer } = await import('puppeteer-core');
const { firefoxPath } = await import('../../tests/support/browsers.mjs');
let executablePath;
try {
  executablePath = firefoxPath();
} catch (error) {
  console.error(`bench:pages:firefox: ${error.message}`);
  process.exit(1);
}

const ids = sweepPageIds({ siteDir: SITE_DIR, only, sample, limit });
exitWhenNoPage('bench:pages:firefox', ids, only);
if (!args.includes('--no-build') && !flag('extension')) execFileSync(process.execPath, ['build.mjs', '--no-zip', '--quiet'], { stdio: 'inherit' });
const EXTENSION_DIR = resolve(flag('extension') ?? 'dist/firefox');
const READABILITY_JS = readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8');

const server = createServer((req, res) => {
  const file = servedFile(SITE_DIR, new URL(req.url, 'http://127.0.0.1').pathname);
  if (!file) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;
const pageUrl = (id) => `${ORIGIN}${pagePath(SITE_DIR, id)}`;

async function launch(withExtension) {
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-bench-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1100, height: 900 },
    extraPrefsFirefox: { 'network.proxy.type': 0, 'privacy.reduceTimerPrecision': false },
  });
  if (withExtension) await browser.installExtension(EXTENSION_DIR);
  return { browser, close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/**
 * A new tab whose requests to other hosts are aborted (the extension's own moz-extension://
 * resources pass) and whose dialogs are dismissed. An aborted navigation leaves the page under test loaded, so pages that send
 * themselves elsewhere (ad-blocker recovery, https upgrades) are measured as they are.
 */
async function newTab(browser) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const ours = url.startsWith(`${ORIGIN}/`) || /^(?:moz-extension|data|blob|about):/.test(url);
    // A request can end on its own (the tab closing) before the answer reaches it.
    (ours ? request.continue() : request.abort()).catch(() => {});
  });
  // An alert() holds the page (and so our content script) until someone answers it: dismissed
  // at once, as Playwright does in the Chromium sweep.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
  return page;
}

async function gotoLoaded(page, url) {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  } catch (error) {
    // A page whose load never fires (a hanging inline script) is still measured from what it has.
    if (!/timeout/i.test(error.message)) throw error;
  }
}

async function plainText(id) {
  const page = await newTab(plain.browser);
  try {
    await gotoLoaded(page, pageUrl(id));
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    return textOnPage(pageUrl(id), await page.evaluate(() => ({ text: document.body ? document.body.textContent : null, path: location.pathname })));
  } finally {
    await page.close();
  }
}

const fromExtension = (s) => typeof s === 'string' && s.includes('moz-extension://');

async function measureWithExtension(id, record) {
  const page = await newTab(withExt.browser);
  page.on('pageerror', (error) => {
    if (fromExtension(`${error.stack ?? ''}\n${error.message}`)) record.errors.push(`${error.name}: ${error.message}`);
  });
  page.on('console', (msg) => {
    if (!['error', 'warn', 'warning'].includes(msg.type())) return;
    if (!fromExtension(msg.location()?.url) && !msg.stackTrace().some((frame) => fromExtension(frame.url))) return;
    record.errors.push(`[console.${msg.type()}] ${msg.text()}`);
  });
  try {
    await gotoLoaded(page, pageUrl(id));
    const analysed = await page
      .waitForFunction(() => performance.getEntriesByName('newsmark:analyze').length > 0, { timeout: PAGE_TIMEOUT_MS, polling: 50 })
      .then(() => true, () => false);
    if (!analysed) record.note = 'no newsmark:analyze measure';
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const snap = await page.evaluate(() => {
      const m = performance.getEntriesByName('newsmark:analyze')[0];
      const kinds = {};
      for (const el of document.querySelectorAll('newsmark-hl')) {
        const k = el.getAttribute('data-newsmark-kind') ?? '?';
        kinds[k] = (kinds[k] ?? 0) + 1;
      }
      return {
        text: document.body ? document.body.textContent : null,
        path: location.pathname,
        kinds,
        analyzeMs: m ? m.duration : null,
        mainThreadMs: m?.detail?.mainThreadMs ?? null,
        phases: Object.fromEntries(['detect', 'people-and-claims', 'highlight'].map((n) => [n, performance.getEntriesByName(`newsmark:${n}`)[0]?.duration ?? null])),
      };
    });
    Object.assign(record, { kinds: snap.kinds, analyzeMs: snap.analyzeMs, mainThreadMs: snap.mainThreadMs, phases: snap.phases });
    record.highlights = Object.values(snap.kinds).reduce((a, b) => a + b, 0);
    // Readability on the same page, after the extension finished (evaluated by the driver, so a page's CSP cannot stop it).
    const times = await page.evaluate(`${READABILITY_JS}
      ;(() => {
        const out = [];
        for (let i = 0; i < ${READABILITY_RUNS}; i++) {
          const t0 = performance.now();
          try { new Readability(document.cloneNode(true)).parse(); } catch { return null; }
          out.push(performance.now() - t0);
        }
        return out;
      })()`);
    record.readabilityMs = times ? median(times) : null;
    record.readabilityFirstMs = times ? times[0] : null;
    record.ratio = record.analyzeMs != null && record.readabilityMs ? record.analyzeMs / record.readabilityMs : null;
    record.ratioCold = record.analyzeMs != null && record.readabilityFirstMs ? record.analyzeMs / record.readabilityFirstMs : null;
    return textOnPage(pageUrl(id), snap);
  } finally {
    await page.close();
  }
}

let plain;
let withExt;
try {
  plain = await launch(false);
  withExt = await launch(true);
} catch (error) {
  console.error(`bench:pages:firefox: could not launch Firefox (${executablePath}): ${error.message.split('\n')[0]}`);
  await plain?.close();
  server.close();
  process.exit(1);
}

const started = Date.now();
const records = [];
for (const [n, id] of ids.entries()) {
  const record = { id, kinds: {}, highlights: 0, errors: [], textEqual: null, diff: null, analyzeMs: null, mainThreadMs: null, phases: {},
    readabilityMs: null, readabilityFirstMs: null, ratio: null, ratioCold: null, note: null };
  records.push(record);
  const t0 = Date.now();
  try {
    const plains = await Promise.all([plainText(id), plainText(id)]);
    const withText = await measureWithExtension(id, record);
    Object.assign(record, await judgeText(withText, plains, () => plainText(id)));
  } catch (error) {
    record.note = `${record.note ? `${record.note}; ` : ''}${error.message.split('\n')[0]}`;
  }
  progress(`[${n + 1}/${ids.length}] ${short(id)} ${((Date.now() - t0) / 1000).toFixed(1)} s ${record.note ?? ''}`);
}
await withExt.close();
await plain.close();
server.close();

const fmt = (x, d = 1) => (x == null ? '-' : x.toFixed(d));
const round = (x, d = 2) => (x == null ? null : Number(x.toFixed(d)));
const medianOf = (f) => median(records.map(f).filter((x) => x != null));
const ratios = records.map((r) => r.ratio).filter((x) => x != null);

console.log(`Firefox: pages ${records.length} in ${((Date.now() - started) / 1000).toFixed(0)} s; with highlights: ${records.filter((r) => r.highlights).length}; total wrappers: ${records.reduce((a, r) => a + r.highlights, 0)}`);
const { counts, listing } = printFindings(records, short);
console.log(`median ratio analyze/readability: ${fmt(median(ratios), 2)} over ${ratios.length} pages; against Readability's first (cold) parse: ${fmt(medianOf((r) => r.ratioCold), 2)}`);
console.log(`median analyze: ${fmt(medianOf((r) => r.analyzeMs))} ms (main thread ${fmt(medianOf((r) => r.mainThreadMs))} ms); phases: detect ${fmt(medianOf((r) => r.phases?.detect))}, people-and-claims ${fmt(medianOf((r) => r.phases?.['people-and-claims']))}, highlight ${fmt(medianOf((r) => r.phases?.highlight))} ms; median readability ${fmt(medianOf((r) => r.readabilityMs))} ms (first run ${fmt(medianOf((r) => r.readabilityFirstMs))} ms)`);
console.log(JSON.stringify({
  bench: 'pages:firefox',
  ...counts,
  medianRatio: round(median(ratios)),
  medianRatioAgainstColdReadability: round(medianOf((r) => r.ratioCold)),
  medianAnalyzeMs: round(medianOf((r) => r.analyzeMs)),
  medianMainThreadMs: round(medianOf((r) => r.mainThreadMs)),
  medianReadabilityMs: round(medianOf((r) => r.readabilityMs)),
  /** Wrappers by kind on each page, to set beside bench:pages' (the same code draws them in both browsers). */
  kinds: Object.fromEntries(records.map((r) => [r.id, r.kinds])),
  ...listing,
}));
