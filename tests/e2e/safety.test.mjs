/**
 * A page nobody controls must not read, change or delete a reader's annotations, must not see
 * the keystrokes of a note, and cannot inject markup through titles or notes; the extension
 * makes no network requests at all.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { noteFrame, saveSelectionWithNote, selectPhrase, waitForHoverCard } from '../support/chromium.mjs';
import { useReaderSession } from '../support/readerSession.mjs';

let browser;
let server;
let page;
const requests = [];

useReaderSession('/hostile.html', { onContext: (context) => context.on('request', (request) => requests.push(request.url())), onReady: (session) => ({ browser, server, page } = session) });

async function library() {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl());
  await popup.locator('.library p[aria-live], .library p.empty').first().waitFor(); // the list has loaded
  return popup;
}

test('the page sees none of the keystrokes of a note typed in the note frame', async () => {
  await selectPhrase(page, 'article', 'a shortage of parts');
  await page.getByRole('button', { name: 'Save highlight' }).click();
  const note = noteFrame(page).getByRole('textbox', { name: 'Note' });
  await note.click();
  await note.pressSequentially('secret plan <b>x</b>', { delay: 5 });
  await noteFrame(page).getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved to Newsmark' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__seenKeys), []);
});

test('a page cannot read, change or delete annotations with postMessage, DOM events, crafted elements or its own frame', async () => {
  await saveSelectionWithNote(page, 'article', 'a written timetable', 'ask again in May');
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  await page.evaluate(() => window.__attack());
  // Hovering the page's forged highlight must not reveal a note to the page.
  await page.hover('newsmark-hl:text("forged highlight")');
  await page.waitForTimeout(300);
  const visible = await page.evaluate(() => window.__visibleUi);
  assert.doesNotMatch(visible, /secret plan|ask again/, 'no note text is readable from the page');
  assert.deepEqual(await page.evaluate(() => window.__attempts), ['chrome.runtime: absent', 'browser: undefined']);

  // A page framing our note page with a guessed token gets nothing and can save nothing.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.id = 'probe';
    document.body.appendChild(frame);
  }, `chrome-extension://${browser.extensionId}/note-frame.html#guessed-token`);
  const probe = page.frameLocator('#probe');
  await probe.getByRole('alert').filter({ hasText: 'expired' }).waitFor();
  assert.equal(await probe.getByRole('textbox', { name: 'Note' }).count(), 0);

  const popup = await library();
  const notes = await popup.locator('li.annotation p.note').allTextContents();
  assert.deepEqual(notes.sort(), ['ask again in May', 'secret plan <b>x</b>']);
  await popup.close();
});

test('markup in a page title and in a note is shown as text, never run', async () => {
  await page.reload();
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  await popup.getByText('secret plan <b>x</b>').waitFor();
  await popup.getByRole('tab', { name: 'Library' }).click();
  await popup.getByText('secret plan <b>x</b>').waitFor();
  const titles = await popup.locator('a.page-title').allTextContents();
  assert.ok(titles.some((t) => t.includes('<img src=x')), `title shown as text: ${titles}`);
  assert.equal(await popup.evaluate(() => document.querySelectorAll('li.annotation img, li.annotation script, li.annotation b').length), 0);
  assert.equal(await popup.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.hover('newsmark-hl[data-newsmark-kind="note"] >> nth=0');
  assert.match(await waitForHoverCard(page, /saved highlight/i), /secret plan <b>x<\/b>|ask again in May/);
  await popup.close();
});

test('the extension makes no network requests', async () => {
  const foreign = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  // And no bundle carries code that could make one.
  for (const file of readdirSync('dist/chrome').filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join('dist/chrome', file), 'utf8');
    assert.doesNotMatch(code, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|importScripts\(/, `${file} has no network API`);
  }
});
