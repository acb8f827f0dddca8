/**
 * Annotations that survive: tags, a changed page (still anchored), a removed paragraph
 * (orphan, nothing lost), export → import into a fresh profile, malformed import refused.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { clickInHoverCard, launchWithExtension, noteFrame, saveSelectionWithNote, waitForHoverCard } from '../support/chromium.mjs';
import { useReaderSession } from '../support/readerSession.mjs';

const original = readFileSync(resolve('tests/fixtures/site/article.html'), 'utf8');
let version = original;
let browser;
let page;

async function saveSelection(phrase, note, tags) {
  await saveSelectionWithNote(page, 'article', phrase, note, tags);
}

async function openPopup(query) {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(query ?? `?tab=${tabId}`));
  return popup;
}

/** Highlights are drawn in slices: wait until `n` saved annotations are on the page. */
const waitForNotes = (n) => page.waitForFunction(
  (count) => new Set([...document.querySelectorAll('newsmark-hl[data-newsmark-kind="note"]')].map((e) => e.dataset.newsmarkId)).size === count, n);

const noteTexts = () => page.$$eval('newsmark-hl[data-newsmark-kind="note"]', (els) => {
  const byId = new Map();
  for (const el of els) byId.set(el.dataset.newsmarkId, (byId.get(el.dataset.newsmarkId) ?? '') + el.textContent);
  return [...byId.values()].sort();
});

useReaderSession('/changing.html', { pages: { '/changing.html': () => version }, onReady: (session) => ({ browser, page } = session) });

test('save with a note and tags, reload: the highlight, note and tags are back', async () => {
  await saveSelection('the uncertainty had already slowed loading', 'Loading delays', 'ports, grain');
  await saveSelection('his lawyers were studying the decision', 'Legal review');
  await page.reload();
  await waitForNotes(2);
  assert.deepEqual(await noteTexts(), ['his lawyers were studying the decision', 'the uncertainty had already slowed loading']);
  const popup = await openPopup();
  const item = popup.locator('li.annotation', { hasText: 'Loading delays' });
  await item.locator('li.tag').first().waitFor();
  assert.deepEqual(await item.locator('li.tag').allTextContents(), ['ports', 'grain']);
  await popup.close();
});

test('a saved note’s text and tags can be edited from its card in the page', async () => {
  await page.hover('newsmark-hl[data-newsmark-kind="note"] >> nth=0');
  await waitForHoverCard(page, /Edit note or tags/);
  await clickInHoverCard(page, 'Edit note or tags');
  const frame = noteFrame(page);
  const note = frame.getByRole('textbox', { name: 'Note' });
  await note.waitFor();
  const current = await note.inputValue();
  assert.ok(['Loading delays', 'Legal review'].includes(current), current);
  await note.fill(`${current} (checked)`);
  await frame.getByRole('textbox', { name: 'Tags' }).fill('checked');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved to Newsmark' }).waitFor();
  const popup = await openPopup();
  const item = popup.locator('li.annotation', { hasText: `${current} (checked)` });
  await item.waitFor();
  assert.deepEqual(await item.locator('li.tag').allTextContents(), ['checked']);
  await item.getByRole('button', { name: 'Edit' }).click();
  await popup.getByRole('textbox', { name: 'Note' }).fill(current);
  await popup.getByRole('textbox', { name: 'Tags' }).fill(current === 'Loading delays' ? 'ports, grain' : '');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await popup.locator('li.annotation p.note', { hasText: new RegExp(`^${current}$`) }).waitFor();
  await popup.close();
});

test('the page changed (a sentence inserted, a word edited): both notes still anchored', async () => {
  version = original
    .replace('<p>Foreign Minister', '<p>Update: the ministry issued a statement late on Monday.</p>\n      <p>Foreign Minister')
    .replace('his lawyers were studying the decision', 'his lawyers were reviewing the decision');
  await page.reload();
  await waitForNotes(2);
  assert.deepEqual(await noteTexts(), ['his lawyers were reviewing the decision', 'the uncertainty had already slowed loading']);
});

test('a paragraph removed: its note is an orphan in the popup, and nothing is lost', async () => {
  version = original.replace(/<p>The port handles[\s\S]*?<\/p>/, '');
  await page.reload();
  await waitForNotes(1);
  assert.deepEqual(await noteTexts(), ['his lawyers were studying the decision']);
  const popup = await openPopup();
  const orphan = popup.locator('li.annotation', { hasText: 'Loading delays' });
  await orphan.getByText('Not found on this version of the page').waitFor();
  await popup.getByRole('tab', { name: 'Library' }).click();
  await popup.getByText('Loading delays').waitFor();
  await popup.close();
  version = original;
});

test('export, then import into a fresh profile: the same annotations; importing twice adds none', async () => {
  const popup = await openPopup('');
  await popup.getByRole('tab', { name: 'Library' }).waitFor();
  await popup.getByText('Legal review').waitFor();
  const listed = async (p) => (await p.locator('li.annotation').allTextContents()).sort();
  const before = await listed(popup);
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export' }).click()]);
  const file = join(tmpdir(), `newsmark-export-${process.pid}.json`);
  await download.saveAs(file);
  await popup.close();

  const fresh = await launchWithExtension();
  try {
    const other = await fresh.context.newPage();
    await other.goto(fresh.popupUrl());
    await other.getByText('Your library is empty.').waitFor();
    await other.locator('input[type="file"]').setInputFiles(file);
    await other.getByText('Imported 2 annotations.').waitFor();
    await other.getByText('Legal review').waitFor();
    assert.deepEqual(await listed(other), before);
    await other.locator('input[type="file"]').setInputFiles(file);
    await other.getByText('Imported 0 annotations (2 already in your library).').waitFor();
    assert.equal(await other.locator('li.annotation').count(), 2);
  } finally {
    await fresh.close();
  }
});

test('a malformed file is refused with a message and changes nothing', async () => {
  const popup = await openPopup('');
  await popup.getByText('Legal review').waitFor();
  const count = await popup.locator('li.annotation').count();
  const bad = join(tmpdir(), `newsmark-bad-${process.pid}.json`);
  writeFileSync(bad, JSON.stringify({ format: 'newsmark-backup', version: 1, annotations: [{ id: 1 }] }));
  await popup.locator('input[type="file"]').setInputFiles(bad);
  const alert = popup.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Nothing imported\. Not a Newsmark backup/);
  assert.equal(await popup.locator('li.annotation').count(), count);
  await popup.close();
});
