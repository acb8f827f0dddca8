/**
 * Faults a reader can run into: the service worker restarting mid-save or while a page is open
 * (the page's channel to it closes), the popup closed mid-save.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noteFrame, selectPhrase } from '../support/chromium.mjs';
import { useReaderSession } from '../support/readerSession.mjs';

let browser;
let page;

useReaderSession('/article.html', { onReady: (session) => ({ browser, page } = session) });

async function libraryNotes() {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl());
  await popup.locator('.library p[aria-live], .library p.empty').first().waitFor(); // the list has loaded
  const notes = await popup.locator('li.annotation p.note').allTextContents();
  await popup.close();
  return notes.sort();
}

test('the service worker stopped while a note is being written: Save still saves it, once', async () => {
  await selectPhrase(page, 'article', 'studying the decision line by line');
  await page.getByRole('button', { name: 'Save highlight' }).click();
  const frame = noteFrame(page);
  await frame.getByRole('textbox', { name: 'Note' }).fill('written across a worker restart');
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved to Newsmark' }).waitFor();
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  assert.deepEqual(await libraryNotes(), ['written across a worker restart']);
});

test('the service worker stopped while a page is open: the page asks again over a new channel', async () => {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Save highlight asks the background for a note session: the port the page opened is gone with the worker.
  await selectPhrase(page, 'article', 'hundreds of jobs');
  await page.getByRole('button', { name: 'Save highlight' }).click();
  await noteFrame(page).getByRole('textbox', { name: 'Note' }).waitFor();
  await noteFrame(page).getByRole('button', { name: 'Cancel' }).click();
  await page.waitForFunction(() => !document.querySelector('newsmark-ui')?.shadowRoot?.querySelector('iframe[title="Newsmark note"]'));
});

test('the popup closed right after Save: the annotation is saved all the same', async () => {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Save Marcus Oyelaran' }).click();
  await popup.getByRole('textbox', { name: 'Note' }).fill('saved as the popup closed');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await popup.close();
  await page.waitForFunction(() => document.querySelectorAll('newsmark-hl[data-newsmark-kind="note"]').length >= 2);
  assert.deepEqual(await libraryNotes(), ['saved as the popup closed', 'written across a worker restart']);
});
