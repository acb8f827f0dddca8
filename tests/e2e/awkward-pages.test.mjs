/**
 * Pages nobody tuned for: editable text (a reply box, a newsroom's editor, a document in design
 * mode) is never drawn into; a page that claims <newsmark-hl> for itself, one nested 2,000 boxes
 * deep, XHTML, XML documents, a 200,000-character paragraph and a strict content security policy
 * keep their text and raise no error from the extension; a plain-text file is not marked up; a
 * framework that renders the article again gets its highlights back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { pristineBodyText, saveSelectionWithNote, selectPhrase } from '../support/chromium.mjs';
import { useReaderSession } from '../support/readerSession.mjs';

let browser;
let server;
let page;

/** 3,000 clauses and one person named 3,000 times, in one paragraph with no full stop (some 200,000 characters). */
const RUN_ON = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour ledger</title></head><body><article><h1>Harbour ledger</h1><p>${
  Array.from({ length: 3000 }, (_, i) => `Harbour master Ingrid Solvang said the embargo on barge ${i} would be lifted`).join(', ')}</p></article></body></html>`;

/** The fixture article under the strictest policy a news site sends: no inline styles, no scripts, Trusted Types. */
const STRICT = {
  body: readFileSync('tests/fixtures/site/article.html', 'utf8'),
  headers: { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'none'; frame-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'" },
};

useReaderSession('/comment-box.html', { pages: { '/run-on.html': RUN_ON, '/news/strict.html': STRICT }, onReady: (session) => ({ browser, server, page } = session) });

/** Opens `path` in a new tab, waits for the analysis and collects errors from the extension's scripts. */
async function open(path) {
  const tab = await browser.context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => /chrome-extension:\/\//.test(error.stack ?? '') && errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && message.location().url.startsWith('chrome-extension://') && errors.push(message.text()));
  await tab.goto(`${server.origin}${path}`);
  await tab.waitForFunction(() => performance.getEntriesByName('newsmark:analyze').length > 0);
  return { tab, errors };
}

const wrappersInEditableText = (tab) => tab.evaluate(() => [...document.querySelectorAll('newsmark-hl')].filter((el) => el.isContentEditable || el.closest('[contenteditable]')).length);

test('a reply box being typed inside an article: the story is highlighted, the box is left exactly as it was', async () => {
  const names = await page.$$eval('newsmark-hl[data-newsmark-kind="person"]', (els) => els.map((el) => el.textContent));
  assert.ok(names.includes('Marta Kowalczyk') && names.includes('Henrik Aalto'));
  assert.equal(await wrappersInEditableText(page), 0);
  assert.equal(await page.evaluate(() => document.querySelector('.reply').innerHTML === window.__replyHtml), true);
  // Words typed there are the reader's own, not the article's: no Save highlight for them.
  await selectPhrase(page, '.reply', 'the evening boat');
  await page.waitForTimeout(300);
  assert.equal(await page.getByRole('button', { name: 'Save highlight' }).isVisible(), false);
});

test('a newsroom editor holding the story, and a document in design mode: nothing is drawn, the markup is unchanged', async () => {
  const { tab: editor, errors: editorErrors } = await open('/editor.html');
  await editor.waitForTimeout(300);
  assert.equal(await editor.locator('newsmark-hl').count(), 0);
  assert.equal(await editor.evaluate(() => document.getElementById('editor').innerHTML === window.__editorHtml), true);
  await editor.close();

  const { tab: design, errors: designErrors } = await open('/design-mode.html');
  await design.waitForTimeout(300);
  assert.equal(await design.locator('newsmark-hl').count(), 0);
  assert.equal(await design.evaluate(() => document.body.innerHTML === window.__bodyHtml), true);
  await design.close();
  assert.deepEqual([...editorErrors, ...designErrors], []);
});

test('a page that defines its own <newsmark-hl> with a constructor that throws: no error from the extension, the text as served', async () => {
  const { tab, errors } = await open('/custom-element.html');
  await tab.waitForSelector('newsmark-hl[data-newsmark-person="Agnes Holm"]');
  assert.ok(await tab.evaluate(() => window.__constructed) > 0, 'the page’s constructor did run for our wrappers');
  assert.equal(await tab.evaluate(() => document.body.textContent), await pristineBodyText(tab));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('an article nested 2,000 boxes deep is found and highlighted, its text unchanged', async () => {
  const { tab, errors } = await open('/deep.html');
  await tab.waitForSelector('newsmark-hl[data-newsmark-person="Lena Marsh"]');
  await tab.waitForSelector('newsmark-hl[data-newsmark-person="Tobias Lund"]');
  const text = await tab.evaluate(() => document.querySelector('article').textContent);
  assert.ok(text.startsWith('Bridge repairs start in MayCity engineer Lena Marsh said on Thursday'));
  assert.ok(text.endsWith('from residents of both banks.'));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('an XHTML story is read like any page; an RSS feed and an SVG image shown on their own are left alone, without an error', async () => {
  const { tab: story, errors: storyErrors } = await open('/story.xhtml');
  await story.waitForSelector('newsmark-hl[data-newsmark-person="Hedda Brandt"]');
  await story.close();
  for (const path of ['/feed.xml', '/map.svg']) {
    const tab = await browser.context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.origin}${path}`);
    await tab.waitForTimeout(500);
    assert.equal(await tab.evaluate(() => document.querySelectorAll('newsmark-hl, newsmark-ui, newsmark-card').length), 0, path);
    assert.deepEqual(errors, [], path);
    await tab.close();
  }
  assert.deepEqual(storyErrors, []);
});

test('a 200,000-character paragraph without a full stop: highlighted, its person checked against the sanctions lists, no error', async () => {
  const { tab, errors } = await open('/run-on.html');
  const warnings = [];
  tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await tab.waitForFunction(() => performance.getEntriesByName('newsmark:sanctions-checked').length > 0, null, { timeout: 20_000 });
  // Every mention is drawn (one that a claim's edge crosses is drawn in two pieces, the space between them bare).
  const drawn = await tab.$$eval('newsmark-hl[data-newsmark-person="Ingrid Solvang"]', (els) => els.map((el) => el.textContent).join('').replace(/ /g, ''));
  assert.ok(drawn === 'IngridSolvang'.repeat(3000), `3,000 mentions drawn (got ${drawn.length / 13})`);
  assert.ok(await tab.locator('newsmark-hl[data-newsmark-kind="claim"]').count() > 0);
  assert.deepEqual([...errors, ...warnings], []);
  await tab.close();
});

test('a page with a strict content security policy and Trusted Types: highlights drawn, a note saved through the note frame', async () => {
  const { tab, errors } = await open('/news/strict.html');
  await tab.waitForSelector('newsmark-hl[data-newsmark-person="Elena Varga"]');
  assert.equal(await tab.evaluate(() => document.querySelector('style').sheet), null, 'the policy holds: the page’s own inline style is blocked');
  await saveSelectionWithNote(tab, 'article', 'asset freeze', 'under a strict policy');
  await tab.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a framework that renders the article again after Newsmark drew: the page is read again and the highlights come back', async () => {
  const { tab, errors } = await open('/rerender.html');
  await tab.waitForFunction(() => window.__rendered === 1);
  await tab.waitForSelector('newsmark-hl[data-newsmark-person="Rosa Lindgren"]');
  await tab.waitForSelector('newsmark-hl[data-newsmark-person="Emil Strand"]');
  assert.ok(await tab.evaluate(() => performance.getEntriesByName('newsmark:analyze').length) >= 2, 'read again');
  assert.deepEqual(errors, []);
  await tab.close();
});

test('the popup on a feed shown on its own says Newsmark cannot read it, and the library still works', async () => {
  const feed = await browser.context.newPage();
  await feed.goto(`${server.origin}/feed.xml`);
  const tabId = await browser.tabIdOf(feed);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  await popup.getByRole('alert').filter({ hasText: 'Newsmark cannot read this page' }).waitFor();
  await popup.getByRole('tab', { name: 'Library' }).click();
  await popup.getByRole('searchbox').waitFor();
  await popup.close();
  await feed.close();
});

test('a plain-text file is not marked up (no article markup, one block of text), and a selection in it can still be saved', async () => {
  const { tab, errors } = await open('/notes.txt');
  await tab.waitForTimeout(300);
  assert.equal(await tab.locator('newsmark-hl').count(), 0);
  await saveSelectionWithNote(tab, 'pre', 'night shifts would be added', 'follow up in March');
  await tab.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  assert.deepEqual(errors, []);
  await tab.close();
});
