/**
 * One e2e file's world: the fixture site on 127.0.0.1, Chromium with the built extension, and a
 * reader's tab open on `path` with Newsmark's highlights drawn. Registers its own before/after.
 */
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import { launchWithExtension } from './chromium.mjs';
import { startServer } from './server.mjs';

export function useReaderSession(path, { pages = {}, onContext, onReady } = {}) {
  const session = {};
  before(async () => {
    session.server = await startServer(resolve('tests/fixtures/site'), pages);
    session.browser = await launchWithExtension();
    onContext?.(session.browser.context, session.server);
    session.page = await session.browser.context.newPage();
    await session.page.goto(`${session.server.origin}${path}`);
    // Drawing runs in slices: the analysis is complete once its measure exists.
    await session.page.waitForFunction(() => performance.getEntriesByName('newsmark:analyze').length > 0);
    await session.page.waitForSelector('newsmark-hl[data-newsmark-kind="person"]');
    onReady?.(session);
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
