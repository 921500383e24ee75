import type { ArticleVersion, Claim, FactDocument, HistoryEntry } from './model.ts';
import { similarity } from './similarity.ts';

/** How alike a claim's old and new words must be to be the same claim changed, rather than one gone and one new. */
const SAME_CLAIM = 0.6;

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The first version of a document, as it was imported. */
function firstVersion(doc: FactDocument): ArticleVersion {
  return { importedAt: doc.importedAt, sourceName: doc.sourceName, ...(doc.metadata?.published ? { published: doc.metadata.published } : {}), ...(doc.metadata?.updated ? { updated: doc.metadata.updated } : {}) };
}

/** An old claim carried onto a new unit: the new words and offsets, the checker's marks as they were. */
function carry(old: Claim, unit: Claim): Claim {
  const shift = unit.start - old.start;
  // A source corrected by hand is the checker's: it stays, moved with its sentence.
  // A source the checker corrected or removed by hand stays theirs in every later version.
  const attribution = old.attributionEdited ? old.attribution && { ...old.attribution, start: old.attribution.start + shift, end: old.attribution.end + shift } : unit.attribution;
  const marks: Claim = { ...old };
  delete marks.recheck;
  return { ...marks, text: unit.text, start: unit.start, end: unit.end, kind: unit.kind, checkworthy: unit.checkworthy, score: unit.score, reasons: unit.reasons, attribution };
}

/** A claim added by hand, found again in the new text (or null when its words are gone). */
function relocate(old: Claim, text: string): Claim | null {
  const at = text.indexOf(old.text);
  return at < 0 ? null : { ...old, start: at, end: at + old.text.length, attribution: old.attribution ? { ...old.attribution, start: at, end: at } : null };
}

/**
 * Makes `doc` (a draft) the newer version `next` of its article. Claims whose words are unchanged keep every
 * mark, note and evidence; claims whose words changed keep them too and are flagged to look at again; new
 * claims are flagged new; claims gone are kept, with their marks, in the version's record. History entries
 * say what the version changed; undo and redo start afresh (their snapshots belong to the old text).
 */
export function applyNewVersion(doc: FactDocument, next: FactDocument, at: string, newEntryId: () => string): NonNullable<ArticleVersion['changes']> {
  const versions = doc.versions ?? [firstVersion(doc)];
  const number = versions.length + 1;
  const unused = new Map(doc.claims.filter((c) => c.origin === 'extracted').map((c) => [c.id, c]));
  const byText = new Map<string, Claim[]>();
  for (const c of unused.values()) byText.set(norm(c.text), [...(byText.get(norm(c.text)) ?? []), c]);
  const placed: Array<Claim | null> = next.claims.map((unit) => {
    const same = byText.get(norm(unit.text))?.find((c) => unused.has(c.id));
    if (!same) return null;
    unused.delete(same.id);
    return carry(same, unit);
  });
  const changes = { kept: placed.filter(Boolean).length, changed: [] as number[], added: [] as number[], removed: [] as number[] };
  const entries: HistoryEntry[] = [];
  // Whole numbers after every claim: a claim added by hand may hold the highest (4.92), and "c5.92" is no id.
  let n = Math.floor(Math.max(0, ...doc.claims.map((c) => c.n)));
  next.claims.forEach((unit, i) => {
    if (placed[i]) return;
    let best: Claim | null = null;
    let bestScore = SAME_CLAIM;
    for (const c of unused.values()) {
      const score = similarity(c.text, unit.text);
      if (score >= bestScore) [best, bestScore] = [c, score];
    }
    if (best) {
      unused.delete(best.id);
      placed[i] = { ...carry(best, unit), recheck: { reason: 'changed', previousText: best.text, version: number } };
      changes.changed.push(best.n);
      entries.push({ id: newEntryId(), at, claimId: best.id, label: `Changed in version ${number} of the article: look again`, before: best, after: placed[i], kind: 'version' });
      return;
    }
    n++;
    placed[i] = { ...unit, id: `c${n}`, n, recheck: { reason: 'new', version: number } };
    changes.added.push(n);
  });
  const manual = doc.claims.filter((c) => c.origin === 'manual').map((c) => [c, relocate(c, next.text)] as const);
  const removed = [...unused.values(), ...manual.filter(([, moved]) => moved === null).map(([c]) => c)].sort((a, b) => a.n - b.n);
  changes.removed = removed.map((c) => c.n);
  doc.claims = [...(placed as Claim[]), ...manual.flatMap(([, moved]) => (moved ? [moved] : []))].sort((a, b) => a.start - b.start || a.n - b.n);
  doc.text = next.text;
  // The fingerprint follows the newest text, so importing this version again is recognised as the same.
  if (next.fingerprint) doc.fingerprint = next.fingerprint;
  else delete doc.fingerprint;
  doc.title = next.title;
  if (next.metadata) doc.metadata = next.metadata;
  doc.sourceUrl ??= next.sourceUrl;
  doc.history.push(...entries);
  doc.undoStack = [];
  doc.redoStack = [];
  doc.versions = [...versions, { importedAt: next.importedAt, sourceName: next.sourceName, ...(next.metadata?.published ? { published: next.metadata.published } : {}), ...(next.metadata?.updated ? { updated: next.metadata.updated } : {}), changes, ...(removed.length ? { removed } : {}) }];
  return changes;
}

/** What a new version changed, in one sentence for the checker. */
export function describeVersion(title: string, changes: NonNullable<ArticleVersion['changes']>): string {
  const part = (k: number[], word: string): string => `${k.length} ${word}${k.length ? ` (${k.map((x) => `#${x}`).join(', ')})` : ''}`;
  return `“${title}” is a newer version of an article in the library: ${changes.kept} claims unchanged, ${part(changes.changed, 'changed')}, ${part(changes.added, 'new')}, ${part(changes.removed, 'gone')}. Changed claims keep their marks and are flagged to look at again.`;
}

/** A newer version of an article as a colleague's library made it: the whole document, without its history. */
export type VersionBody = Omit<FactDocument, 'history' | 'undoStack' | 'redoStack'>;

/** The marks a reviewer gives a claim: they sync field by field, so a colleague's version never overrides them. */
function withMarks(structure: Claim, mine: Claim): Claim {
  const shift = structure.start - mine.start;
  const attribution = mine.attributionEdited ? mine.attribution && { ...mine.attribution, start: mine.attribution.start + shift, end: mine.attribution.end + shift } : structure.attribution;
  return { ...structure, status: mine.status, statusChangedAt: mine.statusChangedAt, note: mine.note, evidence: mine.evidence, dismissed: mine.dismissed, promoted: mine.promoted, attributionEdited: mine.attributionEdited, attribution };
}

/**
 * Takes a colleague's newer version of the article into `doc`: its text, title, version record and the claims
 * as that library placed them (claims keep their ids across versions, so each keeps the marks this library
 * has for it; new claims come as made there). Claims added by hand here and not in it are found again in the
 * new text, as a local new version would. Returns the ids of claims whose words changed (their timeline says so).
 */
export function adoptVersion(doc: FactDocument, body: VersionBody, entry: { at: string; label: string; by?: string; newId: () => string }): string[] {
  const local = new Map(doc.claims.map((c) => [c.id, c]));
  const inBody = new Set(body.claims.map((c) => c.id));
  const changed: string[] = [];
  const claims = body.claims.map((c) => {
    const mine = local.get(c.id);
    if (!mine) return c;
    const next = withMarks(c, mine);
    if (mine.text !== c.text) {
      changed.push(c.id);
      doc.history.push({ id: entry.newId(), at: entry.at, claimId: c.id, label: entry.label, before: mine, after: next, kind: 'version', ...(entry.by ? { by: entry.by } : {}) });
    }
    return next;
  });
  const manual = doc.claims.filter((c) => c.origin === 'manual' && !inBody.has(c.id)).flatMap((c) => relocate(c, body.text) ?? []);
  doc.claims = [...claims, ...manual].sort((a, b) => a.start - b.start || a.n - b.n);
  doc.text = body.text;
  doc.title = body.title;
  if (body.fingerprint) doc.fingerprint = body.fingerprint;
  else delete doc.fingerprint;
  if (body.metadata) doc.metadata = body.metadata;
  doc.sourceUrl ??= body.sourceUrl;
  if (body.versions) doc.versions = body.versions;
  // Undo snapshots belong to the old text, as with a version imported here.
  doc.undoStack = [];
  doc.redoStack = [];
  return changed;
}
