/** Thin browser glue: send a typed request, get its typed answer or a thrown Error. */
import browser from 'webextension-polyfill';
import type { BackgroundRequest, BackgroundResponses, PageRequest, PageResponses, Reply } from './index.ts';

/** The value of a reply, or the error it carries thrown; `what` names the request for an empty reply. */
export function unwrap<T>(reply: unknown, what: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`No answer to ${what}`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

export async function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]> {
  return unwrap(await browser.runtime.sendMessage(request), request.type);
}

export async function askPage<R extends PageRequest>(tabId: number, request: R): Promise<PageResponses[R['type']]> {
  return unwrap(await browser.tabs.sendMessage(tabId, request), request.type);
}
