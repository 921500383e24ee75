import { fieldKey, isDocumentField, VERSIONS_PROTOCOL, type ClaimField, type TeamChange } from '../../shared/team/change-model.ts';
import { describeChange } from '../../shared/team/change-checks.ts';
import { applyFieldValue } from './apply-changes.ts';
import { applyDocumentChange, type DocumentLevelChange } from './document-changes.ts';
import { pendingChanges, unpushedFields, type PendingDocument } from './local-changes.ts';
import { recordConflict, updateClaims, type SyncContext, type SyncReport } from './sync-steps.ts';
import type { PushResult, TeamServer } from './team-server.ts';

/** How many changes go in one push: one call, bounded so a long offline stretch does not make one huge statement. */
const PUSH_BATCH = 2_000;

/** Pushes this library's waiting changes in bounded batches, marking each batch pushed once the server has it. */
export async function pushWaiting(ctx: SyncContext, server: TeamServer, report: SyncReport): Promise<void> {
  const pending = await pendingChanges(ctx.parts.store, ctx.state, { documentFields: server.hello.protocol >= VERSIONS_PROTOCOL });
  const batches: PendingDocument[][] = [[]];
  let size = 0;
  for (const p of pending) {
    if (size > 0 && size + p.changes.length > PUSH_BATCH) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)!.push(p);
    size += p.changes.length;
  }
  for (const batch of batches) {
    const changes = batch.flatMap((p) => p.changes);
    if (changes.length > 0) {
      const results = await server.push(ctx.state.data.device, changes);
      report.pushed += results.filter((r) => !r.duplicate).length;
      await settleConflicts(ctx, changes, results, server.nameOf(server.hello.reviewer), report, new Map(batch.map((p) => [p.documentId, p.through])));
    }
    // Only now is the history marked pushed: a device killed before this line sends the same ids again,
    // and the server answers them as duplicates (applied once).
    for (const p of batch) {
      const rec = ctx.state.doc(p.documentId);
      rec.published = true;
      rec.pushedThrough = p.through ?? rec.pushedThrough;
      rec.seenUpdatedAt = p.updatedAt;
      rec.versionsSynced = p.versions;
      if (p.deleted !== undefined) {
        rec.deleted = p.deleted;
        rec.trashMoves = (rec.trashMoves ?? 0) + 1;
      }
    }
    // With nothing pushed the record is written with the rest of this sync, not once more here.
    if (changes.length > 0) await ctx.state.checkpoint();
  }
}

/** Records each pushed change that did not stand, and puts the standing value back on this device's claim. */
async function settleConflicts(ctx: SyncContext, changes: readonly TeamChange[], results: readonly PushResult[], reviewer: string, report: SyncReport, through: ReadonlyMap<string, string | null>): Promise<void> {
  const byDoc = new Map<string, { change: TeamChange; result: PushResult }[]>();
  const documentLevel: DocumentLevelChange[] = [];
  results.forEach((result, i) => {
    const change = changes[i]!;
    if (result.outcome === 'refused') {
      // Never stored on the server: said to the reviewer, and the change stays in this library only.
      report.refused.push(`${describeChange(change)}: ${typeof result.standingValue === 'string' ? result.standingValue : 'refused'}`);
      return;
    }
    if (change.field !== 'document') {
      const version = result.outcome === 'applied' ? result.seq : result.standingSeq;
      if (version !== null) ctx.state.setVersion(change.document, fieldKey(change.claim, change.field), version);
    }
    // A version or trash move that did not stand gives way here too: the library shows what the desk has.
    if (result.outcome === 'conflict' && (change.field === 'version' || change.field === 'deleted')) {
      documentLevel.push({ seq: result.standingSeq ?? result.seq, document: change.document, field: change.field, value: result.standingValue, author: result.standingAuthor ?? '?', at: change.at });
      return;
    }
    // A document or an added claim is never a conflict: each has an id no other device makes.
    if (result.outcome !== 'conflict' || result.standingSeq === null || isDocumentField(change.field) || change.field === 'claim') return;
    if (recordConflict(ctx.state, { seq: result.seq, documentId: change.document, claimId: change.claim, field: change.field, value: change.value, author: reviewer, at: change.at, standingSeq: result.standingSeq, standingValue: result.standingValue, standingAuthor: result.standingAuthor ?? '?', here: true, resolvedBy: null })) report.newConflicts++;
    byDoc.set(change.document, [...(byDoc.get(change.document) ?? []), { change, result }]);
  });
  for (const [documentId, list] of byDoc) {
    await updateClaims(ctx.parts, documentId, (doc) => {
      // Why: a field edited here while the push was on its way keeps that newer edit; it is pushed next, on
      // the version that stands, and wins there. Overwriting it would leave this library unlike the server.
      const editing = unpushedFields(doc, through.get(documentId) ?? null);
      return list
        .filter(({ change }) => !editing.has(fieldKey(change.claim, change.field)))
        .map(({ change, result }) => applyFieldValue(doc, { seq: result.standingSeq!, claim: change.claim, field: change.field as ClaimField, value: result.standingValue, author: result.standingAuthor ?? '?', at: ctx.parts.now().toISOString() }))
        .filter((c): c is string => c !== null);
    });
  }
  for (const c of documentLevel) await applyDocumentChange(ctx.parts, ctx.state, c);
}
