/**
 * The reader loop in a real Chromium with the built extension: highlights only in the
 * article, hover card, select → Save highlight → Note → Save, reload, popup, toggle,
 * offline review.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pristineBodyText, saveSelectionWithNote, waitForHoverCard, waitForSanctionsCheck } from '../support/chromium.mjs';
import { useReaderSession } from '../support/readerSession.mjs';

let browser;
let server;
let page;

useReaderSession('/article.html', { onReady: (session) => ({ browser, server, page } = session) });

const highlightsOutsideArticle = () =>
  page.evaluate(() => [...document.querySelectorAll('newsmark-hl')].filter((el) => !el.closest('article')).map((el) => el.textContent));

test('people and the sanctions claim are highlighted, only inside the article', async () => {
  const people = await page.$$eval('newsmark-hl[data-newsmark-kind="person"]', (els) => els.map((el) => [el.dataset.newsmarkPerson, el.textContent]));
  const names = new Set(people.map(([name]) => name));
  for (const name of ['Elena Varga', 'Tomas Reinholt', 'Marcus Oyelaran']) assert.ok(names.has(name), `${name} highlighted (got ${[...names]})`);
  // Short mentions are tied to the full name.
  assert.ok(people.some(([name, text]) => name === 'Elena Varga' && text === 'Varga'));
  const claims = await page.$$eval('newsmark-hl[data-newsmark-kind="claim"]', (els) => els.map((el) => [el.dataset.newsmarkClaimType, el.textContent]));
  assert.ok(claims.some(([, text]) => text.includes('asset freeze')), 'the asset-freeze sentence is a claim');
  assert.ok(claims.every(([type]) => ['imposed', 'threatened_or_called_for', 'violation_or_evasion', 'lifted_or_eased', 'impact', 'other'].includes(type)));
  assert.deepEqual(await highlightsOutsideArticle(), [], 'nothing highlighted in nav, aside, comments or footer');
  const measures = await page.evaluate(() => performance.getEntriesByName('newsmark:analyze', 'measure').length);
  assert.ok(measures >= 1, 'the analysis is measured as newsmark:analyze');
});

test('a claim made without the rules\' measure words is found by the learned assist, and its card says so', async () => {
  const claim = page.locator('newsmark-hl[data-newsmark-kind="claim"]', { hasText: 'restrictions on dealings' }).first();
  await claim.hover();
  const text = await waitForHoverCard(page, /recognised by its wording/);
  assert.match(text, /Sanctions/i);
});

test('hovering a person shows a card with the name and mention count', async () => {
  await page.hover('newsmark-hl[data-newsmark-person="Elena Varga"]');
  const text = await waitForHoverCard(page, /Elena Varga/);
  assert.match(text, /\d+ mentions? in this article/);
  // The card lives in a closed shadow root: the page's scripts cannot read it.
  assert.equal(await page.evaluate(() => document.querySelector('newsmark-card')?.shadowRoot), null);
});

test('select text → Save highlight → Note → Save draws a note that survives a reload', async () => {
  await saveSelectionWithNote(page, 'article', 'the uncertainty had already slowed loading', 'Check the port figures <b>later</b>');
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  assert.equal(await page.locator('iframe[title="Newsmark note"]').count(), 0, 'the note frame closes after saving');

  await page.reload();
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  const noted = await page.$$eval('newsmark-hl[data-newsmark-kind="note"]', (els) => els.map((el) => el.textContent).join(''));
  assert.equal(noted, 'the uncertainty had already slowed loading');
  assert.deepEqual(await highlightsOutsideArticle(), []);
});

test('the popup lists the page’s people, claims and saved note; the library has it too', async () => {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  await popup.getByText('Marcus Oyelaran').waitFor();
  assert.ok(await popup.getByText('the uncertainty had already slowed loading').isVisible());
  // The note is shown as text, never parsed as HTML.
  assert.ok(await popup.getByText('Check the port figures <b>later</b>').isVisible());

  await popup.getByRole('tab', { name: 'Library' }).click();
  await popup.getByRole('searchbox', { name: 'Search' }).waitFor();
  assert.ok(await popup.getByText('Ministers clash over Northport shipping deal').first().isVisible());
  await popup.close();
});

test('a detection can be saved with a note straight from the popup', async () => {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  await popup.getByRole('button', { name: 'Save Tomas Reinholt' }).click();
  await popup.getByRole('textbox', { name: 'Note' }).fill('Chairman of the shipping line');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await popup.getByText('Chairman of the shipping line').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('newsmark-hl[data-newsmark-kind="note"]').length >= 2);
  await popup.close();
});

test('Show highlights off restores the page text exactly; on brings them back', async () => {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  const toggle = popup.getByRole('switch', { name: 'Show highlights' });
  await toggle.waitFor();
  assert.equal(await toggle.isChecked(), true);
  await toggle.uncheck();
  await page.waitForFunction(() => document.querySelectorAll('newsmark-hl').length === 0);
  assert.equal(await page.evaluate(() => document.body.textContent), await pristineBodyText(page));
  await toggle.check();
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="person"]');
  await page.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  await popup.close();
});

test('edit and delete (with undo) from the popup', async () => {
  const tabId = await browser.tabIdOf(page);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  const item = popup.locator('li.annotation', { hasText: 'Chairman of the shipping line' });
  await item.getByRole('button', { name: 'Edit' }).click();
  // While editing, the note is in the text box, not in the item's text.
  await popup.getByRole('textbox', { name: 'Note' }).fill('Chairman since last spring');
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  await popup.getByText('Chairman since last spring').waitFor();

  await popup.locator('li.annotation', { hasText: 'Chairman since last spring' }).getByRole('button', { name: 'Delete' }).click();
  await popup.getByText('Annotation deleted.').waitFor();
  await popup.getByText('Chairman since last spring').waitFor({ state: 'detached' });
  await popup.getByRole('button', { name: 'Undo' }).click();
  await popup.getByText('Chairman since last spring').waitFor();
  await popup.close();
});

test('offline, the popup opened on its own shows the library and searches it', async () => {
  await browser.context.setOffline(true);
  try {
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl());
    assert.equal(await popup.evaluate(() => navigator.onLine), false);
    assert.equal(await popup.getByRole('tab', { name: 'Library' }).getAttribute('aria-selected'), 'true');
    await popup.getByText('the uncertainty had already slowed loading').waitFor();
    await popup.getByRole('searchbox', { name: 'Search' }).fill('port figures');
    await popup.getByText('Chairman since last spring').waitFor({ state: 'detached' });
    assert.ok(await popup.getByText('Check the port figures <b>later</b>').isVisible());
    await popup.getByRole('searchbox', { name: 'Search' }).fill('no such words anywhere');
    await popup.getByText('No saved annotation matches your search.').waitFor();
    await popup.close();
  } finally {
    await browser.context.setOffline(false);
  }
});

test('a person on the OFAC SDN list shows the entry and the list date on hover; a common name does not', async () => {
  const other = await browser.context.newPage();
  await other.goto(`${server.origin}/listed-people.html`);
  await other.waitForSelector('newsmark-hl[data-newsmark-person="Vladimir Putin"]');
  await waitForSanctionsCheck(other);
  await other.hover('newsmark-hl[data-newsmark-person="Vladimir Putin"] >> nth=1');
  const listed = await waitForHoverCard(other, /OFAC SDN/);
  assert.match(listed, /as of \d{4}-\d{2}-\d{2}/);
  assert.match(listed, /PUTIN, Vladimir Vladimirovich/);
  await other.mouse.move(1, 1);
  await other.hover('newsmark-hl[data-newsmark-person="John Smith"]');
  assert.doesNotMatch(await waitForHoverCard(other, /John Smith/), /OFAC/);
  await other.close();
});

test('a page that is not an article: nothing highlighted, the popup says so, and a selection can still be saved', async () => {
  const other = await browser.context.newPage();
  await other.goto(`${server.origin}/not-article.html`);
  await other.waitForFunction(() => performance.getEntriesByName('newsmark:analyze').length > 0);
  assert.equal(await other.locator('newsmark-hl').count(), 0);
  const tabId = await browser.tabIdOf(other);
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl(`?tab=${tabId}`));
  await popup.getByText('No article found on this page.', { exact: false }).waitFor();
  await popup.close();
  await saveSelectionWithNote(other, 'body', 'Grain prices steady', 'front-page teaser');
  await other.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  await other.reload();
  await other.waitForSelector('newsmark-hl[data-newsmark-kind="note"]');
  assert.equal(await other.locator('newsmark-hl').count(), 1);
  await other.close();
});

test('a single-page app that changes the URL through the History API is analysed again', async () => {
  const app = await browser.context.newPage();
  await app.goto(`${server.origin}/spa.html`);
  await app.waitForSelector('newsmark-hl[data-newsmark-person="Ingrid Solvang"]');
  await app.evaluate(() => window.go('/spa/ferries'));
  await app.waitForSelector('newsmark-hl[data-newsmark-person="Marta Kowalczyk"]');
  assert.equal(await app.locator('newsmark-hl[data-newsmark-person="Ingrid Solvang"]').count(), 0);
  await app.waitForFunction(() => performance.getEntriesByName('newsmark:analyze').length >= 2);
  await app.close();
});

test('a page that changes its article during the analysis never gets highlights on the wrong words, and is read again', async () => {
  const live = await browser.context.newPage();
  // Every wrapper the extension ever inserts, with its text at that moment (the page's own observer).
  await live.addInitScript(() => {
    window.__drawn = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeName === 'NEWSMARK-HL' && node.dataset.newsmarkKind === 'person') window.__drawn.push([node.dataset.newsmarkPerson, node.textContent]);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await live.goto(`${server.origin}/live.html`);
  await live.waitForSelector('newsmark-hl[data-newsmark-person="Ingrid Solvang"]');
  await live.waitForSelector('newsmark-hl[data-newsmark-person="Pavel Ostrowski"]');
  const drawn = await live.evaluate(() => window.__drawn);
  assert.ok(drawn.length >= 4);
  for (const [person, text] of drawn) assert.ok(person.split(' ').includes(text) || person === text, `"${text}" drawn as ${person}`);
  assert.ok(await live.evaluate(() => performance.getEntriesByName('newsmark:analyze').length >= 2), 'analysed again once the article settled');
  await live.close();
});
