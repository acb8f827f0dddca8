/** Settings: importing official sanctions-list files (invented fixtures in the official formats). */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launchWithExtension, waitForHoverCard, waitForSanctionsCheck } from '../support/chromium.mjs';
import { startServer } from '../support/server.mjs';

let browser;
let server;
let options;

before(async () => {
  server = await startServer(resolve('tests/fixtures/site'));
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByText('Bundled with Newsmark').waitFor();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function hoverCardFor(person) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/article.html`);
  await page.waitForSelector(`newsmark-hl[data-newsmark-person="${person}"]`);
  await waitForSanctionsCheck(page);
  await page.hover(`newsmark-hl[data-newsmark-person="${person}"] >> nth=0`);
  const text = await waitForHoverCard(page, new RegExp(person));
  await page.close();
  return text;
}

test('a file that is not a sanctions list is refused with a clear message', async () => {
  await options.locator('input[type="file"]').nth(0).setInputFiles('tests/fixtures/lists/not-a-list.csv');
  await options.getByRole('button', { name: 'Import OFAC list' }).click();
  await options.getByRole('alert').filter({ hasText: 'Nothing imported. not an OFAC SDN CSV' }).waitFor();
  await options.locator('input[type="file"]').nth(2).setInputFiles('tests/fixtures/lists/not-a-list.csv');
  await options.getByRole('button', { name: 'Import UN list' }).click();
  await options.getByRole('alert').filter({ hasText: 'not a UN consolidated list XML' }).waitFor();
  assert.equal(await options.getByText('Imported from').count(), 0);
});

test('a newer OFAC CSV replaces the bundled list and its entries match people in articles', async () => {
  assert.doesNotMatch(await hoverCardFor('Marcus Oyelaran'), /OFAC/);
  await options.locator('input[type="file"]').nth(0).setInputFiles('tests/fixtures/lists/sdn.csv');
  await options.locator('input[type="date"]').fill('2026-10-01');
  await options.getByRole('button', { name: 'Import OFAC list' }).click();
  await options.getByText('Imported OFAC SDN of 2026-10-01: 2 individuals.').waitFor();
  await options.getByText('Imported from sdn.csv').waitFor();
  assert.equal(await options.getByText('Bundled with Newsmark').count(), 0);
  const card = await hoverCardFor('Marcus Oyelaran');
  assert.match(card, /OFAC SDN list \(as of 2026-10-01\): OYELARAN, Marcus Adebayo/);
});

test('a UN consolidated XML adds the UN list; removing an import goes back to the bundled list', async () => {
  await options.locator('input[type="file"]').nth(2).setInputFiles('tests/fixtures/lists/un.xml');
  await options.getByRole('button', { name: 'Import UN list' }).click();
  await options.getByText('Imported UN SC Consolidated of 2026-09-01: 1 individual.').waitFor();
  assert.match(await hoverCardFor('Tomas Reinholt'), /UN SC Consolidated list \(as of 2026-09-01\): TOMAS REINHOLT/);
  await options.getByRole('row', { name: /OFAC SDN/ }).getByRole('button', { name: 'Remove' }).click();
  await options.getByText('Bundled with Newsmark').waitFor();
  assert.doesNotMatch(await hoverCardFor('Marcus Oyelaran'), /OFAC/);
});
