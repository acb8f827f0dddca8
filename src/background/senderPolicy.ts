import { sameSite } from '../analysis/article/pageIdentity.ts';
import type { BackgroundRequest } from '../messages/index.ts';

/**
 * What each kind of sender may ask. Extension pages (popup, library, note frame) may ask
 * anything. A content script runs inside a page nobody controls, so it may only ask for what
 * that page needs: analysing its text (people, claims, sanctions status), its own annotations, cross-article context, opening the
 * library, and starting a note or opening one for editing (the note itself is typed, shown and
 * saved in the extension's frame, which the page cannot read).
 */
const CONTENT_SCRIPT_MAY: ReadonlySet<BackgroundRequest['type']> = new Set([
  'annotations/forPage', 'analysis/text', 'sanctions/match', 'people/savedPages', 'library/open', 'notes/open', 'notes/edit',
]);

export interface SenderInfo {
  id?: string;
  url?: string;
}

function isExtensionPage(sender: SenderInfo, extensionOrigin: string): boolean {
  return !!sender.url?.startsWith(extensionOrigin);
}

export function mayAsk(type: BackgroundRequest['type'], sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (isExtensionPage(sender, extensionOrigin)) return true;
  return CONTENT_SCRIPT_MAY.has(type);
}

/** A content script may only touch annotations of pages on its own site (see sameSite); extension pages any. */
export function mayTouchPage(sender: SenderInfo, pageKey: string, extensionOrigin: string): boolean {
  return isExtensionPage(sender, extensionOrigin) || (!!sender.url && sameSite(pageKey, sender.url));
}
