import * as v from 'valibot';
import { STATUSES } from './status.ts';

// The shapes of the store's files, checked on every read: a file that parses as JSON but is not a library
// index or document (a summary without counts, a claim with status "bogus") is damaged, moved aside and
// reported, never handed to code that would fail on it later. Unknown extra fields are kept (newer minor data).

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const summary = v.looseObject({
  id: v.string(),
  title: v.string(),
  sourceName: v.string(),
  importedAt: v.string(),
  claimCount: count,
  counts: v.object(Object.fromEntries(STATUSES.map((s) => [s, count])) as Record<(typeof STATUSES)[number], typeof count>),
  updatedAt: v.optional(v.string()),
  damaged: v.optional(v.string()),
});

/** The library index's shape. */
export const IndexShape = v.looseObject({
  schemaVersion: v.number(),
  seeded: v.array(v.string()),
  documents: v.array(summary),
  trash: v.array(summary),
});

// Why checked: the trace is shown in the claim's detail, and a published article from the desk can carry any value.
const trace = v.looseObject({
  rule: v.pipe(v.string(), v.maxLength(80)),
  pronoun: v.optional(v.pipe(v.string(), v.maxLength(20))),
  from: v.optional(v.looseObject({ start: offset, end: offset })),
});
const attribution = v.nullable(v.looseObject({ source: v.string(), anonymous: v.boolean(), cue: v.string(), start: offset, end: offset, trace: v.optional(trace) }));
const evidence = v.looseObject({ id: v.string(), url: v.string(), title: v.string(), excerpt: v.string(), addedAt: v.string() });

/**
 * True for a number with at most three decimals, as a claim added by hand is numbered ("2.1", "2.01", "16.1").
 * Why rounded back rather than `n * 1000` compared whole: in binary, 2.01 * 1000 is 2009.9999999999998.
 */
export function hasThreeDecimalsAtMost(n: number): boolean {
  return Number.isFinite(n) && Math.round(n * 1000) / 1000 === n;
}

/** A claim's number: whole for the extractor's, with a fraction for one added by hand between two ("16.1"). */
const claimNumber = v.pipe(v.number(), v.minValue(0), v.check(hasThreeDecimalsAtMost, 'a claim number has at most three decimals'));

const claim = v.looseObject({
  id: v.string(),
  n: claimNumber,
  text: v.string(),
  start: offset,
  end: offset,
  kind: v.picklist(['headline', 'heading', 'sentence', 'list-item']),
  checkworthy: v.boolean(),
  score: v.number(),
  reasons: v.array(v.string()),
  attribution,
  status: v.picklist(STATUSES),
  statusChangedAt: v.nullable(v.string()),
  note: v.string(),
  evidence: v.array(evidence),
  dismissed: v.boolean(),
  promoted: v.boolean(),
  attributionEdited: v.boolean(),
  origin: v.picklist(['extracted', 'manual']),
});

// A history entry's claims: whole (older entries, claims added or removed) or the fields the change set,
// each of the type it has in a claim; a delta never carries an id, so it is never taken for a whole claim.
// Evidence in a delta: the links the change touched, each with its place, or null where that side has none.
const evidenceAt = v.looseObject({ id: v.string(), item: v.nullable(evidence), at: v.optional(offset) });
const delta = v.pipe(
  v.partial(v.looseObject({ ...v.omit(claim, ['id']).entries, evidenceItems: v.array(evidenceAt) })),
  v.check((d) => !('id' in d), 'a change of fields has no id'),
);
const snapshot = v.nullable(v.union([claim, delta]));
const historyEntry = v.looseObject({ id: v.string(), at: v.string(), claimId: v.string(), label: v.string(), before: snapshot, after: snapshot });

/** A document as published to a desk: everything a document file holds but its id, history and undo steps. */
export const PublishedDocumentShape = v.looseObject({
  title: v.string(),
  sourceName: v.string(),
  sourceUrl: v.nullable(v.string()),
  importedAt: v.string(),
  updatedAt: v.optional(v.string()),
  metadata: v.optional(v.looseObject({ authors: v.optional(v.array(v.string())) })),
  text: v.string(),
  claims: v.array(claim),
});

/** A document file's shape. */
export const DocumentFileShape = v.looseObject({
  schemaVersion: v.number(),
  document: v.looseObject({
    ...PublishedDocumentShape.entries,
    id: v.string(),
    history: v.array(historyEntry),
    undoStack: v.array(v.string()),
    redoStack: v.array(v.string()),
  }),
});

/** The first thing wrong with `data` against `shape`, in words ("document.claims.3.status: Invalid type"), or null. */
export function shapeProblem(shape: v.GenericSchema, data: unknown): string | null {
  const result = v.safeParse(shape, data, { abortEarly: true });
  if (result.success) return null;
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${path ? `${path}: ` : ''}${issue.message}`.slice(0, 200);
}
