import type { HistoryItem } from './model.ts';

/** Undo and redo entries of older libraries carry no `step`: their labels say it ("Undid: Marked Verified"). */
const LEGACY_STEP = /^(Undid|Redid): ([\s\S]*)$/;

/** Which way an entry steps through the history, if it is an undo or a redo. */
export function stepOf(entry: Pick<HistoryItem, 'step' | 'label'>): 'undo' | 'redo' | null {
  if (entry.step) return entry.step;
  const m = LEGACY_STEP.exec(entry.label);
  return m ? (m[1] === 'Undid' ? 'undo' : 'redo') : null;
}

/**
 * The changes that stand, oldest first: every edit not undone since, without the undo and redo steps
 * themselves. A report says what was done to a claim, not how the checker went back and forth.
 */
export function standingHistory<T extends HistoryItem>(history: readonly T[]): T[] {
  const undone = new Set<string>();
  const edits: T[] = [];
  for (const h of history) {
    const step = stepOf(h);
    if (!step) {
      edits.push(h);
      continue;
    }
    const target = h.target ?? legacyTarget(edits, undone, h, step);
    if (!target) continue;
    if (step === 'undo') undone.add(target);
    else undone.delete(target);
  }
  return edits.filter((h) => !undone.has(h.id));
}

/** The entry an older undo or redo stepped over: the newest edit of its claim with that label (undo is last in, first out). */
function legacyTarget(edits: readonly HistoryItem[], undone: ReadonlySet<string>, step: HistoryItem, direction: 'undo' | 'redo'): string | undefined {
  const label = LEGACY_STEP.exec(step.label)?.[2];
  for (let i = edits.length - 1; i >= 0; i--) {
    const e = edits[i]!;
    if (e.claimId === step.claimId && e.label === label && undone.has(e.id) === (direction === 'redo')) return e.id;
  }
  return undefined;
}

/** The standing entries grouped by claim, in one pass (a scan per claim would be quadratic). */
export function historyByClaim<T extends HistoryItem>(history: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const h of standingHistory(history)) {
    const list = map.get(h.claimId);
    if (list) list.push(h);
    else map.set(h.claimId, [h]);
  }
  return map;
}

/** The standing entry that gave the claim its current status, if the history has it. */
export function statusEntry<T extends HistoryItem>(entries: readonly T[] | undefined): T | undefined {
  return entries?.findLast((h) => h.kind === 'status' || (h.kind === undefined && h.label.startsWith('Marked ')));
}
