/**
 * The background owns the database. It answers only the extension's own contexts (content
 * scripts and extension pages report our id as sender.id; web pages cannot reach
 * runtime.onMessage without externally_connectable, which we do not declare), validates every
 * message, and lets content scripts — which run inside pages nobody controls — ask only for
 * what a page needs: its own annotations, never the library, edits, deletes, export or import.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import * as v from 'valibot';
import { analyzeText } from '../analysis/analyzeText.ts';
import { compactAnalysis } from '../analysis/compactAnalysis.ts';
import { loadPeopleModel } from '../nlp/people/index.ts';
import { annotationDraftSchema, peopleNamesSchema } from '../messages/schemas.ts';
import { fail, ok, parseBackgroundRequest, parsePortEnvelope, type BackgroundRequest, type PortAnswer, type Reply, REQUEST_PORT } from '../messages/index.ts';
import { askPage } from '../messages/transport.ts';
import { AnnotationStore } from '../store/annotationStore.ts';
import { NewsmarkDatabase } from '../store/database.ts';
import { installCommands } from './commands.ts';
import { NoteSessions } from './noteSessions.ts';
import { SanctionsLists } from './sanctionsLists.ts';
import { mayAsk, mayTouchPage } from './senderPolicy.ts';
import { describeStorageError } from './storageErrors.ts';

const db = new NewsmarkDatabase();
const store = new AnnotationStore(db);
const lists = new SanctionsLists(db);
const notes = new NoteSessions();

async function handle(request: BackgroundRequest, sender: Runtime.MessageSender): Promise<unknown> {
  switch (request.type) {
    case 'annotations/forPage':
      ownPageOnly(sender, request.pageKey);
      // A page asks for its annotations just before it detects its article: a worker that has just
      // started decodes the person model meanwhile, so the analysis that follows need not wait as long.
      setTimeout(loadPeopleModel, 0);
      return store.forPage(request.pageKey);
    case 'annotations/save':
      return notifyPages(await store.save(request.draft, { pagePeople: request.pagePeople, id: request.id }));
    case 'annotations/saveDetection': {
      // One message from the popup does the whole save, so closing the popup cannot cut it in half.
      const { tabId, note, start, end, kind, person, claimType } = request;
      // What the page's content script answers is validated like any other message.
      const draft = v.parse(annotationDraftSchema(), await askPage(tabId, { type: 'page/draft', start, end, kind, person, claimType }));
      const state = await askPage(tabId, { type: 'page/getState' });
      const pagePeople = v.parse(peopleNamesSchema(), state.people.map((p) => p.name));
      return notifyPages(await store.save({ ...draft, note }, { pagePeople }));
    }
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
    case 'annotations/import': {
      const summary = await store.importFile(request.json);
      await notifyAllPages();
      return summary;
    }
    case 'people/savedPages':
      return { count: (await store.pagesMentioning(request.person, request.exceptPageKey)).length };
    case 'library/open': {
      const query = request.person ? `?person=${encodeURIComponent(request.person)}` : '';
      await browser.tabs.create({ url: browser.runtime.getURL(`popup.html${query}`) });
      return true;
    }
    case 'analysis/text': {
      // People and claims are found here, where the person model is decoded once per
      // background lifetime instead of once per page. The text never leaves the machine.
      // Sanctions status is a separate request, so highlights need not wait for the list index.
      const started = performance.now();
      const result = compactAnalysis(analyzeText(request.text));
      performance.measure('newsmark:background-analysis', { start: started, end: performance.now() });
      return result;
    }
    case 'sanctions/match':
      return Promise.all(request.people.map((person) => lists.match(person.name, person.mentions)));
    case 'lists/status':
      return lists.status();
    case 'lists/import':
      return lists.import(request.index, request.fileName);
    case 'lists/remove':
      return lists.remove(request.list);
    case 'notes/open':
      ownPageOnly(sender, request.draft.pageKey);
      return { token: notes.open(request.draft, request.pagePeople ?? [], sender.tab?.id) };
    case 'notes/edit': {
      const annotation = await store.get(request.id);
      if (!annotation) throw new Error('That annotation no longer exists');
      ownPageOnly(sender, annotation.pageKey);
      return { token: notes.edit(annotation, sender.tab?.id) };
    }
    case 'notes/get':
      return notes.get(request.token);
    case 'notes/close': {
      const tabId = notes.close(request.token) ?? sender.tab?.id;
      if (tabId !== undefined) await browser.tabs.sendMessage(tabId, { type: 'page/noteClosed', saved: request.saved }).catch(() => undefined);
      return true;
    }
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

function ownPageOnly(sender: Runtime.MessageSender, pageKey: string): void {
  if (!mayTouchPage(sender, pageKey, browser.runtime.getURL(''))) throw new Error('Not allowed from this page');
}

/** One request, validated and checked against what its sender may ask, answered. */
function answer(request: BackgroundRequest | null, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  if (!request) return Promise.resolve(fail('Newsmark did not understand that request'));
  if (!mayAsk(request.type, sender, browser.runtime.id, browser.runtime.getURL(''))) {
    return Promise.resolve(fail('Not allowed from a web page'));
  }
  return handle(request, sender).then(ok, (error: unknown) => fail(describeStorageError(error)));
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  return answer(parseBackgroundRequest(message), sender);
});

/**
 * Content scripts ask over a port (messages/portTransport.ts): the same validation and the same
 * policy, with the sender the browser reports for the port.
 */
browser.runtime.onConnect.addListener((port) => {
  const sender = port.sender;
  if (port.name !== REQUEST_PORT || !sender || sender.id !== browser.runtime.id) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener((message: unknown) => {
    const envelope = parsePortEnvelope(message);
    if (!envelope) return;
    void answer(envelope.request, sender)
      .then((reply) => port.postMessage({ id: envelope.id, reply } satisfies PortAnswer))
      .catch(() => undefined); // the page went away before its answer
  });
});

installCommands();
