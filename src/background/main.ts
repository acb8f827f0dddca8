/**
 * The background owns the database. It answers only the extension's own contexts (content
 * scripts and extension pages report our id as sender.id; web pages cannot reach
 * runtime.onMessage without externally_connectable, which we do not declare) and validates
 * every message before acting on it.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { fail, ok, parseBackgroundRequest, type BackgroundRequest } from '../messages/index.ts';
import { matchSanctionsList } from '../nlp/sanctions/index.ts';
import { AnnotationStore } from '../store/annotationStore.ts';
import { NewsmarkDatabase } from '../store/database.ts';
import { installCommands } from './commands.ts';

const store = new AnnotationStore(new NewsmarkDatabase());

async function handle(request: BackgroundRequest): Promise<unknown> {
  switch (request.type) {
    case 'annotations/forPage':
      return store.forPage(request.pageKey);
    case 'annotations/save':
      return notifyPages(await store.save(request.draft, { pagePeople: request.pagePeople }));
    case 'annotations/update':
      return notifyPages(await store.update(request.id, request.note, request.tags));
    case 'annotations/delete':
      return notifyPages(await store.delete(request.id));
    case 'annotations/restore':
      return notifyPages(await store.restore(request.annotation));
    case 'annotations/search':
      return store.search(request.filter, request.limit);
    case 'annotations/export':
      return store.export(request.format);
    case 'library/open': {
      const query = request.person ? `?person=${encodeURIComponent(request.person)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`popup.html${query}`) });
      return true;
    }
    case 'people/savedPages':
      return store.pagesMentioning(request.person, request.exceptPageKey);
    case 'annotations/import': {
      const summary = await store.importFile(request.json);
      await notifyAllPages();
      return summary;
    }
    case 'sanctions/match':
      // The list index is built once per background lifetime, not once per page.
      return request.people.map((person) => matchSanctionsList(person.name, person.mentions));
  }
}

/** Tells open pages that annotations changed, so they redraw; pages without our script ignore it. */
async function notifyPages<T>(value: T): Promise<T> {
  await notifyAllPages();
  return value;
}

async function notifyAllPages(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'page/annotationsChanged' }).catch(() => undefined),
    ),
  );
}

function fromOurExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromOurExtension(sender)) return undefined;
  const request = parseBackgroundRequest(message);
  if (!request) return Promise.resolve(fail('Newsmark did not understand that request'));
  return handle(request).then(ok, fail);
});

installCommands();
