import type { Annotation } from '../store/annotation.ts';

export function UndoBar({ deleted, onUndo, onDismiss }: { deleted: Annotation | null; onUndo: () => void; onDismiss: () => void }) {
  if (!deleted) return null;
  return (
    <div class="undo" role="status">
      <span>Annotation deleted.</span>
      <button type="button" onClick={onUndo}>Undo</button>
      <button type="button" aria-label="Dismiss" onClick={onDismiss}>×</button>
    </div>
  );
}
