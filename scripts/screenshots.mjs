/**
 * Takes the README's screenshots from the demo article: the highlighted page with a hover
 * card, and the popup (This page, Library), in light and dark. Writes docs/*.png.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchWithExtension, noteFrame, saveSelectionWithNote, selectPhrase } from '../tests/support/chromium.mjs';
import { startServer } from '../tests/support/server.mjs';

execFileSync(process.execPath, ['build.mjs', '--quiet', '--no-zip'], { stdio: 'inherit' });
const server = await startServer(resolve('demo'));
const browser = await launchWithExtension();
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/article.html`);
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="person"]');
  await saveSelectionWithNote(page, 'article', 'grown from four inspectors to thirty in eighteen months', 'Compare with last year’s budget', 'enforcement');
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  // The note frame, open on a second selection.
  await selectPhrase(page, 'article', 'relied on paperwork from a licensed broker');
  await page.getByRole('button', { name: 'Save highlight' }).click();
  await noteFrame(page).getByRole('textbox', { name: 'Note' }).fill('Which broker?');
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/note-frame.png', clip: { x: 0, y: 300, width: 820, height: 380 } });
  await noteFrame(page).getByRole('button', { name: 'Cancel' }).click();
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  await page.hover('newsmark-hl[data-newsmark-kind="claim"] >> nth=1');
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/page.png', clip: { x: 0, y: 0, width: 1100, height: 700 } });

  const tabId = await browser.tabIdOf(page);
  for (const scheme of ['light', 'dark']) {
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(browser.popupUrl(`?tab=${tabId}`));
    await popup.getByText('Oskar Lindqvist').first().waitFor();
    await popup.screenshot({ path: `docs/popup-${scheme}.png` });
    await popup.getByRole('tab', { name: 'Library' }).click();
    await popup.getByRole('searchbox', { name: 'Search' }).waitFor();
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: `docs/library-${scheme}.png` });
    await popup.close();
  }
  console.log('wrote docs/page.png, docs/popup-{light,dark}.png, docs/library-{light,dark}.png');
} finally {
  await browser.close();
  await server.close();
}
