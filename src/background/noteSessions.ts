import type { AnnotationDraft } from '../store/annotation.ts';

interface Session {
  draft: AnnotationDraft;
  pagePeople: string[];
  tabId: number | undefined;
}

/**
 * Drafts waiting for their note. The content script registers the selection and gets a random
 * token; the extension-origin note frame, which the page cannot read, fetches the draft by that
 * token. A page never learns a token, so it cannot make the frame save anything.
 */
export class NoteSessions {
  private sessions = new Map<string, Session>();

  open(draft: AnnotationDraft, pagePeople: string[], tabId: number | undefined): string {
    const token = crypto.randomUUID();
    this.sessions.set(token, { draft, pagePeople, tabId });
    return token;
  }

  get(token: string): { draft: AnnotationDraft; pagePeople: string[] } {
    const session = this.sessions.get(token);
    if (!session) throw new Error('This note window has expired. Select the text again to save it.');
    return { draft: session.draft, pagePeople: session.pagePeople };
  }

  /** Forgets the session; returns the tab it came from. */
  close(token: string): number | undefined {
    const tabId = this.sessions.get(token)?.tabId;
    this.sessions.delete(token);
    return tabId;
  }
}
