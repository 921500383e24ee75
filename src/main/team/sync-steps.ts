import type { FactDocument } from '../../shared/model.ts';
import type { TeamConflict } from '../../shared/team/conflicts.ts';
import type { ServiceParts } from '../service/service-parts.ts';
import type { SyncState } from './sync-state.ts';

/** What one sync did. */
export interface SyncReport {
  pushed: number;
  pulled: number;
  /** Conflicts that this sync found (pushed here or pulled from colleagues). */
  newConflicts: number;
  /** This library's changes the server refused, with the reason. */
  refused: string[];
  /** Changes from the desk set aside here: they do not have the shape the app uses. */
  quarantined: string[];
}

/** What the push and pull steps of a sync work on. */
export interface SyncContext {
  parts: ServiceParts;
  state: SyncState;
  /** Documents whose synced history was compacted since this library opened (once each: it scans the history). */
  compacted: Set<string>;
}

/** Adds a conflict to the record unless it is there already; true when it is new. */
export function recordConflict(state: SyncState, conflict: TeamConflict): boolean {
  const list = state.data.conflicts;
  if (list.some((c) => c.seq === conflict.seq)) return false;
  list.push(conflict);
  return true;
}

/** Changes one document through the store and updates its claims in search. */
export async function updateClaims(parts: ServiceParts, documentId: string, change: (doc: FactDocument) => string[]): Promise<void> {
  const { result, document } = await parts.store.updateDocument(documentId, change);
  for (const id of result) parts.search?.claimChanged(document, id);
}
