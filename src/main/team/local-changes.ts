import { isWholeClaim } from '../../shared/claim-delta.ts';
import type { FactDocument, HistoryEntry } from '../../shared/model.ts';
import { addedClaimValue, fieldChanges, fieldKey, type ClaimField, type TeamChange } from '../../shared/team/change-model.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { isTeamEntry, publishedBody } from './apply-changes.ts';
import type { SyncState } from './sync-state.ts';

/** The changes of one document not yet on the server, and where its record moves once they are. */
export interface PendingDocument {
  documentId: string;
  changes: TeamChange[];
  /** The last history entry looked at: the document's new pushedThrough once its changes are pushed. */
  through: string | null;
  updatedAt: string;
  /** How many versions the article has here: the desk has them all once pushed. */
  versions: number;
  /** Set when the changes move the article to the trash (true) or back (false). */
  deleted?: boolean;
}

/** What the server takes besides claim fields: versions and the trash need protocol 4. */
export interface PendingOptions {
  documentFields: boolean;
}

/** The fields one history entry changed, and the field a conflict's resolution settles (sent even when unchanged here). */
function entryFields(entry: HistoryEntry): { field: ClaimField; before: unknown; value: unknown }[] {
  const changed = fieldChanges(entry.before, entry.after);
  const r = entry.resolves;
  if (!r || changed.some((f) => f.field === r.field)) return changed;
  // Why: keeping the value that stands changes nothing here, yet colleagues must learn the conflict is settled.
  return [...changed, { field: r.field as ClaimField, before: r.value, value: r.value }];
}

/** The change id: the device, document, history entry and field, so deriving it again gives the same id. */
function changeId(device: string, documentId: string, entryId: string, field: string): string {
  return `${device}:${documentId}:${entryId}:${field}`;
}

/**
 * Where the entries after `pushedThrough` start (0: every entry, none pushed yet). Searched from the end,
 * where the unpushed entries are: a sync never walks a long history to find the few new ones.
 */
function afterPushed(history: readonly HistoryEntry[], pushedThrough: string | null): number {
  if (pushedThrough !== null) for (let i = history.length - 1; i >= 0; i--) if (history[i]!.id === pushedThrough) return i + 1;
  return 0;
}

/**
 * The changes of `doc` after its last pushed history entry (and the document itself, if not published yet),
 * each with the version it was made on: the field's version as last synced, or the previous change here.
 */
export function documentChanges(doc: FactDocument, device: string, published: boolean, pushedThrough: string | null, versions: Readonly<Record<string, number>> = {}, versionsSynced = 1): TeamChange[] {
  // This call's own changes by field; other fields are looked up in `versions` (never copied: it has a
  // key for every field the desk ever changed, thousands of links on a busy document).
  const known = new Map<string, string>();
  const changes: TeamChange[] = [];
  if (!published) changes.push({ id: changeId(device, doc.id, 'document', 'document'), document: doc.id, claim: '', field: 'document', before: null, value: publishedBody(doc), at: doc.importedAt });
  const count = doc.versions?.length ?? 1;
  // A newer version goes first: colleagues then have its new claims when the marks made on them arrive.
  if (published && count > versionsSynced) {
    const key = fieldKey('', 'version');
    changes.push({ id: changeId(device, doc.id, `version-${count}`, 'version'), document: doc.id, claim: '', field: 'version', before: null, value: publishedBody(doc), base: Object.hasOwn(versions, key) ? versions[key]! : 0, at: doc.versions!.at(-1)!.importedAt });
  }
  for (let i = afterPushed(doc.history, pushedThrough); i < doc.history.length; i++) {
    const entry = doc.history[i]!;
    // Entries written by sync came from the desk; pushing them back would echo every colleague's change.
    if (isTeamEntry(entry)) continue;
    // A claim added by hand syncs as a claim of its own, under an id no other device makes.
    const added = entry.before === null && entry.after && isWholeClaim(entry.after) && entry.after.origin === 'manual' ? [{ field: 'claim' as const, before: null, value: addedClaimValue(entry.after) }] : [];
    for (const f of [...added, ...entryFields(entry)]) {
      const id = changeId(device, doc.id, entry.id, f.field);
      const key = fieldKey(entry.claimId, f.field);
      const base = known.get(key) ?? (Object.hasOwn(versions, key) ? versions[key]! : 0);
      changes.push({ id, document: doc.id, claim: entry.claimId, field: f.field, before: f.before, value: f.value, ...(typeof base === 'number' ? { base } : { baseChange: base }), at: entry.at });
      known.set(key, id);
    }
  }
  return changes;
}

/** The change that moves a published article to the trash or back, under an id a retry makes again. */
function trashMove(state: SyncState, documentId: string, deleted: boolean, at: string): TeamChange {
  const rec = state.doc(documentId);
  const base = state.data.versions[documentId]?.[fieldKey('', 'deleted')] ?? 0;
  return { id: changeId(state.data.device, documentId, `trash-${rec.trashMoves ?? 0}`, 'deleted'), document: documentId, claim: '', field: 'deleted', before: !deleted, value: deleted, base, at };
}

/** Published articles moved to the trash here that the desk still has in its library. */
function trashMoves(store: LibraryStore, state: SyncState): PendingDocument[] {
  return store.trash
    .filter((s) => state.data.documents[s.id]?.published === true && state.data.documents[s.id]!.deleted !== true)
    .map((s) => {
      const rec = state.doc(s.id);
      return { documentId: s.id, changes: [trashMove(state, s.id, true, s.updatedAt ?? s.importedAt)], through: rec.pushedThrough, updatedAt: rec.seenUpdatedAt ?? '', versions: rec.versionsSynced ?? 1, deleted: true };
    });
}

/** The fields (claim/field keys) edited here after the last pushed history entry. */
export function unpushedFields(doc: FactDocument, pushedThrough: string | null): Set<string> {
  const out = new Set<string>();
  for (let i = afterPushed(doc.history, pushedThrough); i < doc.history.length; i++) {
    const entry = doc.history[i]!;
    if (!isTeamEntry(entry)) for (const f of entryFields(entry)) out.add(fieldKey(entry.claimId, f.field));
  }
  return out;
}

/**
 * Everything this device has not pushed yet, from the history entries already durable on disk. Documents
 * unchanged since they were last looked at are not read; sample articles every device loads itself are
 * not published (each device would add its own copy).
 */
export async function pendingChanges(store: LibraryStore, state: SyncState, options: PendingOptions = { documentFields: true }): Promise<PendingDocument[]> {
  const out: PendingDocument[] = options.documentFields ? trashMoves(store, state) : [];
  for (const summary of store.documents) {
    if (summary.damaged) continue;
    const rec = state.data.documents[summary.id];
    const updatedAt = summary.updatedAt ?? summary.importedAt;
    const restored = options.documentFields && rec?.published === true && rec.deleted === true;
    if (rec?.published && rec.seenUpdatedAt === updatedAt && !restored) continue;
    if (!rec?.published && store.seeded.includes(summary.sourceName)) continue;
    let doc: FactDocument;
    try {
      doc = await store.getDocument(summary.id);
    } catch {
      continue; // a damaged file is reported by the store; its changes go once it is restored
    }
    const count = doc.versions?.length ?? 1;
    // Against an older server a version waits (it would refuse the whole push); the claims' marks still go.
    const changes = documentChanges(doc, state.data.device, rec?.published ?? false, rec?.pushedThrough ?? null, state.data.versions[doc.id], options.documentFields ? (rec?.versionsSynced ?? 1) : count);
    if (restored) changes.unshift(trashMove(state, doc.id, false, doc.updatedAt ?? doc.importedAt));
    out.push({ documentId: doc.id, changes, through: doc.history.at(-1)?.id ?? null, updatedAt: doc.updatedAt ?? doc.importedAt, versions: options.documentFields ? count : (rec?.versionsSynced ?? (rec?.published ? 1 : count)), ...(restored ? { deleted: false } : {}) });
  }
  return out;
}
