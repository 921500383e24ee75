import type { UndoState } from './ipc-contract.ts';

/** What undo and redo would do next, from a document's history and its two stacks. */
export function undoStateOf(doc: { history: ReadonlyArray<{ id: string; label: string }>; undoStack: readonly string[]; redoStack: readonly string[] }): UndoState {
  // From the newest entry back: what the stacks point at is nearly always recent, and a history of thousands is not walked per change.
  const label = (id: string | undefined): string | null => (id ? (doc.history.findLast((h) => h.id === id)?.label ?? null) : null);
  return { canUndo: doc.undoStack.length > 0, canRedo: doc.redoStack.length > 0, undoLabel: label(doc.undoStack.at(-1)), redoLabel: label(doc.redoStack.at(-1)) };
}
