import type { DocumentField } from '../../shared/team/change-model.ts';
import { fieldKey, TEAM_ENTRY } from '../../shared/team/change-model.ts';
import { adoptVersion, type VersionBody } from '../../shared/versions.ts';
import type { ServiceParts } from '../service/service-parts.ts';
import type { ClaimField } from '../../shared/team/change-model.ts';
import { applyLogged } from './apply-changes.ts';
import { unpushedFields } from './local-changes.ts';
import type { HeldChange, SyncState } from './sync-state.ts';

/** A change of a document itself from the desk: its newer version, or its move to the trash or back. */
export interface DocumentLevelChange {
  seq: number;
  document: string;
  field: Exclude<DocumentField, 'document'>;
  value: unknown;
  author: string;
  at: string;
}

/**
 * Applies a colleague's version or trash move to this library, through the store (its one writer), and
 * records that the desk and this library agree on it, so it is never pushed back.
 */
export async function applyDocumentChange(parts: ServiceParts, state: SyncState, c: DocumentLevelChange): Promise<void> {
  const { store, search } = parts;
  const rec = state.doc(c.document);
  if (c.field === 'deleted') {
    const deleted = c.value === true;
    if (deleted && store.documents.some((d) => d.id === c.document)) {
      await store.deleteDocument(c.document);
      search?.documentRemoved(c.document);
    } else if (!deleted && store.trash.some((d) => d.id === c.document)) {
      await store.restoreDocument(c.document);
      // A damaged one comes back damaged (found so now, or before): nothing to search until its backup is put back.
      const restored = store.documents.some((d) => d.id === c.document && d.damaged) ? null : await store.getDocument(c.document).catch(() => null);
      if (restored) search?.documentChanged(restored);
    }
    rec.deleted = deleted;
    return;
  }
  if (!store.documents.some((d) => d.id === c.document && !d.damaged)) {
    // In the trash here, or damaged: kept, and taken in when the article is restored (or its backup put back).
    if (store.trash.some((d) => d.id === c.document) || store.documents.some((d) => d.id === c.document)) hold(state, c.document, [{ seq: c.seq, claim: '', field: c.field, value: c.value, author: c.author, at: c.at }]);
    return;
  }
  const body = c.value as VersionBody;
  const number = body.versions?.length ?? 1;
  const { document } = await store.updateDocument(c.document, (doc) =>
    adoptVersion(doc, body, { at: c.at, label: `${c.author}: changed in version ${number} of the article: look again`, by: c.author, newId: ((i) => () => `${TEAM_ENTRY}${c.seq}-version-${i++}`)(0) }),
  );
  search?.documentChanged(document);
  rec.versionsSynced = number;
}

/** Keeps colleagues' changes to an article that is in the trash here, to take in when it is restored. */
export function hold(state: SyncState, documentId: string, changes: readonly HeldChange[]): void {
  const rec = state.doc(documentId);
  rec.held = [...(rec.held ?? []), ...changes];
}

/** Takes in the changes held for articles that are back in the library (restored here or by a colleague). */
export async function applyHeld(parts: ServiceParts, state: SyncState): Promise<void> {
  for (const [documentId, rec] of Object.entries(state.data.documents)) {
    if (!rec.held?.length || !parts.store.documents.some((d) => d.id === documentId && !d.damaged)) continue;
    const held = rec.held;
    delete rec.held;
    // In log order: a version first where it came first, so marks made on its new claims find them.
    for (let i = 0; i < held.length; ) {
      const h = held[i]!;
      if (h.field === 'version') {
        await applyDocumentChange(parts, state, { seq: h.seq, document: documentId, field: 'version', value: h.value, author: h.author, at: h.at });
        i++;
        continue;
      }
      let j = i;
      while (j < held.length && held[j]!.field !== 'version') j++;
      const run = held.slice(i, j).map((x) => ({ ...x, id: '', document: documentId, field: x.field as ClaimField, before: null, outcome: 'applied' as const, device: '', standingSeq: null }));
      const { result, document } = await parts.store.updateDocument(documentId, (doc) => {
        // As a pull does: a field edited here since the last push keeps its edit (the push sends it as a
        // conflict), and each field taken in is at the desk's version, so the next edit of it is no conflict.
        const editing = unpushedFields(doc, state.doc(documentId).pushedThrough);
        const take = run.filter((r) => !editing.has(fieldKey(r.claim, r.field)));
        for (const r of take) state.setVersion(documentId, fieldKey(r.claim, r.field), r.seq);
        return applyLogged(doc, take);
      });
      for (const id of result) parts.search?.claimChanged(document, id);
      i = j;
    }
  }
}
