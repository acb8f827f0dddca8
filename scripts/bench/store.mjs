/**
 * npm run bench:store — the library at scale, in Chromium with the built extension:
 * 10,000 annotations over 1,000 pages are imported, then we measure the popup's first render
 * (navigation start → first list rendered with data) and a library search (message round
 * trip from the popup to the background and back), as medians. Needs Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { launchWithExtension } from '../../tests/support/chromium.mjs';

const ANNOTATIONS = 10_000;
const PAGES = 1_000;
const WORDS = 'harbour minister grain ferry quay sanctions export freeze treaty council budget pipeline shipment inquiry court tariff'.split(' ');

function syntheticBackup() {
  const annotations = [];
  for (let i = 0; i < ANNOTATIONS; i++) {
    const page = i % PAGES;
    const w = (k) => WORDS[(i * 7 + k * 3) % WORDS.length];
    const quote = `the ${w(0)} ${w(1)} said ${w(2)} ${i}`;
    annotations.push({
      id: `bench-${i}`, pageKey: `https://site${page % 37}.example/story/${page}`, url: `https://site${page % 37}.example/story/${page}`,
      pageTitle: `Story ${page}: ${w(3)} and ${w(4)}`, siteName: `Site ${page % 37}`, kind: ['note', 'person', 'claim'][i % 3],
      quote, prefix: 'before ', suffix: ' after', start: 100, end: 100 + quote.length, codePointStart: 100, codePointEnd: 100 + quote.length,
      note: i % 2 ? `note about ${w(5)} number ${i}` : '', tags: i % 5 ? [] : [w(6)], person: i % 3 === 1 ? `Person ${i % 250}` : null,
      claimType: i % 3 === 2 ? 'imposed' : null, createdAt: 1_700_000_000_000 + i * 60_000, updatedAt: 1_700_000_000_000 + i * 60_000,
    });
  }
  return JSON.stringify({ format: 'newsmark-backup', version: 1, annotations });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

execFileSync(process.execPath, ['build.mjs', '--quiet', '--no-zip'], { stdio: 'inherit' });
const browser = await launchWithExtension();
try {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl());
  const json = syntheticBackup();
  const imported = await popup.evaluate((j) => chrome.runtime.sendMessage({ type: 'annotations/import', json: j }), json);
  if (!imported.ok) throw new Error(imported.error);

  const renders = [];
  for (let i = 0; i < 7; i++) {
    const p = await browser.context.newPage();
    await p.setViewportSize({ width: 420, height: 600 });
    await p.goto(browser.popupUrl());
    await p.waitForFunction(() => performance.getEntriesByName('newsmark:library-rendered').length > 0);
    await p.locator('li.annotation').first().waitFor();
    renders.push(await p.evaluate(() => performance.getEntriesByName('newsmark:library-rendered')[0].startTime));
    await p.close();
  }
  const queries = ['grain', 'ferry quay', 'note about budget', 'person 42', 'no-such-word', 'story 512', 'sanctions', 'tariff 9'];
  const searches = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      searches.push(await popup.evaluate(async (query) => {
        const t0 = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'annotations/search', filter: { query }, limit: 100 });
        if (!reply.ok) throw new Error(reply.error);
        return performance.now() - t0;
      }, q));
    }
  }
  const result = { bench: 'store', annotations: ANNOTATIONS, pages: PAGES, firstRenderMs: median(renders), searchMs: median(searches), searchMaxMs: Math.max(...searches) };
  console.log(`library with ${ANNOTATIONS} annotations over ${PAGES} pages (Chromium, built extension)`);
  console.log(`popup first render   median ${result.firstRenderMs.toFixed(1)} ms  (goal ≤ 200 ms; ${renders.length} opens)`);
  console.log(`library search       median ${result.searchMs.toFixed(1)} ms, max ${result.searchMaxMs.toFixed(1)} ms  (goal ≤ 50 ms; ${searches.length} queries)`);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
