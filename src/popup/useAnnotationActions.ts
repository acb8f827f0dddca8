import { useState } from 'preact/hooks';
import { askBackground } from '../messages/transport.ts';
import type { Annotation } from '../store/annotation.ts';

/** Edit and delete (with undo) for a list of annotations; `reload` refreshes the list. */
export function useAnnotationActions(reload: () => Promise<void>) {
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  return {
    deleted,
    update: async (id: string, note: string, tags?: string[]) => {
      await askBackground({ type: 'annotations/update', id, note, tags });
      await reload();
    },
    remove: async (id: string) => {
      const removed = await askBackground({ type: 'annotations/delete', id });
      await reload();
      setDeleted(removed); // after the list no longer shows it, so the message and the list agree
    },
    undo: async () => {
      if (!deleted) return;
      await askBackground({ type: 'annotations/restore', annotation: deleted });
      setDeleted(null);
      await reload();
    },
    dismissUndo: () => setDeleted(null),
  };
}
