import type { Annotation, AnnotationDraft } from '../store/annotation.ts';

interface Session {
  draft: AnnotationDraft;
  pagePeople: string[];
  tabId: number | undefined;
  /** Set when the frame edits a saved annotation rather than saving a new one. */
  existing?: Annotation;
}

export interface NoteSession {
  draft: AnnotationDraft;
  pagePeople: string[];
  existing: { id: string; note: string; tags: string[] } | null;
}

/**
 * Drafts waiting for their note. The content script registers the selection and gets a random
 * token; the extension-origin note frame, which the page cannot read, fetches the draft by that
 * token. Only extension pages may read a session (sender policy), so a page that sees the frame's
 * URL can at most show the frame again: it cannot read what is typed there nor save by itself.
 */
export class NoteSessions {
  private sessions = new Map<string, Session>();

  open(draft: AnnotationDraft, pagePeople: string[], tabId: number | undefined): string {
    const token = crypto.randomUUID();
    this.sessions.set(token, { draft, pagePeople, tabId });
    return token;
  }

  /** A session that edits a saved annotation's note and tags. */
  edit(annotation: Annotation, tabId: number | undefined): string {
    const token = crypto.randomUUID();
    const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = annotation;
    this.sessions.set(token, { draft, pagePeople: [], tabId, existing: annotation });
    return token;
  }

  get(token: string): NoteSession {
    const session = this.sessions.get(token);
    if (!session) throw new Error('This note window has expired. Select the text again to save it.');
    const existing = session.existing ? { id: session.existing.id, note: session.existing.note, tags: session.existing.tags } : null;
    return { draft: session.draft, pagePeople: session.pagePeople, existing };
  }

  /** Forgets the session; returns the tab it came from. */
  close(token: string): number | undefined {
    const tabId = this.sessions.get(token)?.tabId;
    this.sessions.delete(token);
    return tabId;
  }
}
