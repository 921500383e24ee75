import type { FactDocument } from '../../shared/model.ts';
import { fieldKey } from '../../shared/team/change-model.ts';
import { changeProblem, describeChange } from '../../shared/team/change-checks.ts';
import { applyLogged, compactSynced } from './apply-changes.ts';
import { applyDocumentChange, applyHeld, hold, type DocumentLevelChange } from './document-changes.ts';
import { unpushedFields } from './local-changes.ts';
import { recordConflict, updateClaims, type SyncContext, type SyncReport } from './sync-steps.ts';
import type { PulledChange, TeamServer } from './team-server.ts';

/** How many of the desk's changes one pull asks for. */
const PULL_BATCH = 5_000;

/** Pulls and applies the desk's changes after the last one seen, in batches. */
export async function pullNew(ctx: SyncContext, server: TeamServer, report: SyncReport): Promise<void> {
  for (;;) {
    const rows = await server.pull(ctx.state.data.lastSeq, PULL_BATCH);
    if (rows.length === 0) return;
    await applyPulled(ctx, rows, report);
    ctx.state.data.lastSeq = rows.at(-1)!.seq;
    report.pulled += rows.length;
    // The last batch is written with the rest of this sync (a library killed before it pulls the batch
    // again, and applying a change twice changes nothing).
    if (rows.length < PULL_BATCH) return;
    await ctx.state.checkpoint();
  }
}

/** Applies one batch of pulled changes: the last standing value of each field, conflicts recorded, trash moves last. */
async function applyPulled(ctx: SyncContext, rows: readonly PulledChange[], report: SyncReport): Promise<void> {
  const device = ctx.state.data.device;
  const store = ctx.parts.store;
  // The last applied change of each field is the value that stands; this device's own is already here.
  const last = new Map<string, PulledChange>();
  const trashMoves: DocumentLevelChange[] = [];
  for (const r of rows) {
    // Why: a change the app could never make (a status "hacked", a note that is an object, an id like
    // "../../evil") is set aside with a message; it never reaches the library, and the pull goes on.
    const problem = changeProblem(r);
    if (problem) {
      report.quarantined.push(`change ${r.seq} by ${r.author} (${describeChange(r)}): ${problem}`);
      continue;
    }
    if (r.field === 'document') {
      if (r.outcome === 'applied' && r.device !== device && !store.documents.some((d) => d.id === r.document)) await adopt(ctx, r);
      continue;
    }
    if (r.field === 'version' || r.field === 'deleted') {
      if (r.outcome !== 'applied') continue;
      ctx.state.setVersion(r.document, fieldKey('', r.field), r.seq);
      // A version first, so marks on its new claims find them; a trash move after the marks before it.
      if (r.device !== device && r.field === 'version') await applyDocumentChange(ctx.parts, ctx.state, { ...r, field: r.field });
      if (r.device !== device && r.field === 'deleted') trashMoves.push({ ...r, field: r.field });
      continue;
    }
    if (r.outcome === 'conflict' && r.standingSeq !== null && r.field !== 'claim') {
      if (recordConflict(ctx.state, { seq: r.seq, documentId: r.document, claimId: r.claim, field: r.field, value: r.value, author: r.author, at: r.at, standingSeq: r.standingSeq, standingValue: r.standingValue, standingAuthor: r.standingAuthor ?? '?', here: r.device === device, resolvedBy: null })) report.newConflicts++;
    }
    if (r.outcome !== 'applied') continue;
    last.set(`${r.document}/${fieldKey(r.claim, r.field)}`, r);
    // A later change that stands on the field resolves its open conflicts (and numbers those resolved here).
    for (const c of ctx.state.data.conflicts) if ((c.resolvedBy === null || c.resolvedBy === 0) && c.seq < r.seq && c.documentId === r.document && c.claimId === r.claim && c.field === r.field) c.resolvedBy = r.seq;
  }
  const byDoc = new Map<string, PulledChange[]>();
  for (const r of last.values()) {
    // This device's own change is here already, and its copy of the field is at that version.
    if (r.device === device) ctx.state.setVersion(r.document, fieldKey(r.claim, r.field), r.seq);
    else byDoc.set(r.document, [...(byDoc.get(r.document) ?? []), r]);
  }
  for (const [documentId, list] of byDoc) {
    const here = store.documents.find((d) => d.id === documentId);
    if (!here || here.damaged) {
      // In the trash here, or damaged until its backup is put back: kept for then (a document this library never
      // had is not the desk's to keep). Why: applied to a damaged file, every sync after would fail on it.
      if (here || store.trash.some((d) => d.id === documentId)) hold(ctx.state, documentId, list.map((r) => ({ seq: r.seq, claim: r.claim, field: r.field, value: r.value, author: r.author, at: r.at })));
      continue;
    }
    await updateClaims(ctx.parts, documentId, (doc) => {
      // A field edited here since the push keeps its edit, made on the older version: the next push
      // sends it as a conflict, rather than this pull overwriting it unseen.
      const editing = unpushedFields(doc, ctx.state.doc(documentId).pushedThrough);
      const take = list.filter((r) => !editing.has(fieldKey(r.claim, r.field)));
      for (const r of take) ctx.state.setVersion(documentId, fieldKey(r.claim, r.field), r.seq);
      // Entries synced before they were compact can hold whole claims; the desk's log keeps their values.
      if (!ctx.compacted.has(documentId)) compactSynced(doc);
      return applyLogged(doc, take);
    });
    ctx.compacted.add(documentId);
  }
  for (const c of trashMoves) await applyDocumentChange(ctx.parts, ctx.state, c);
  await applyHeld(ctx.parts, ctx.state);
}

/** Adds a colleague's published article to this library (its body was checked by changeProblem). */
async function adopt(ctx: SyncContext, r: PulledChange): Promise<void> {
  const body = r.value as Omit<FactDocument, 'history' | 'undoStack' | 'redoStack'>;
  const doc: FactDocument = { ...body, id: r.document, history: [], undoStack: [], redoStack: [] };
  await ctx.parts.store.addDocument(doc);
  ctx.parts.search?.documentChanged(doc);
  Object.assign(ctx.state.doc(r.document), { published: true, pushedThrough: null });
}
