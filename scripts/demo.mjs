/**
 * npm start: builds, serves the demo article on 127.0.0.1, opens Chromium with the extension
 * (headless when there is no display), prints what Newsmark found and where the screenshot is.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../tests/support/chromium.mjs';
import { startServer } from '../tests/support/server.mjs';

const headless = !process.env.DISPLAY;
execFileSync(process.execPath, ['build.mjs', '--quiet'], { stdio: 'inherit' });
const server = await startServer(resolve('demo'));
const browser = await launchWithExtension({ headless });
try {
  const page = await browser.context.newPage();
  const url = `${server.origin}/article.html`;
  await page.goto(url);
  await page.waitForSelector('newsmark-hl', { timeout: 15_000 });
  const found = await page.evaluate(() => {
    const people = new Map();
    for (const el of document.querySelectorAll('newsmark-hl[data-newsmark-kind="person"]')) {
      const name = el.dataset.newsmarkPerson;
      people.set(name, (people.get(name) ?? 0) + (el.parentElement?.closest('newsmark-hl[data-newsmark-kind="person"]') ? 0 : 1));
    }
    const claims = new Map();
    for (const el of document.querySelectorAll('newsmark-hl[data-newsmark-kind="claim"]')) {
      const key = el.dataset.newsmarkClaim;
      claims.set(key, { type: el.dataset.newsmarkClaimType, text: (claims.get(key)?.text ?? '') + el.textContent });
    }
    return { people: [...people], claims: [...claims.values()] };
  });
  console.log(`\nNewsmark on ${url}\n`);
  console.log(`People (${found.people.length}):`);
  for (const [name, count] of found.people) console.log(`  • ${name} — ${count} highlighted mention${count === 1 ? '' : 's'}`);
  console.log(`\nSanctions claims (${found.claims.length}):`);
  for (const claim of found.claims) console.log(`  • [${claim.type}] ${claim.text}`);
  const outDir = resolve('.tmp');
  mkdirSync(outDir, { recursive: true });
  const shot = join(outDir, 'demo-page.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`\nScreenshot of the highlighted page: ${shot}`);
  if (!headless) {
    console.log('Chromium stays open with the extension loaded; press Ctrl+C to quit.');
    await new Promise((r) => process.on('SIGINT', r));
  }
} finally {
  await browser.close();
  await server.close();
}
