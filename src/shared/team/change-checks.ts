import * as v from 'valibot';
import { checkEvidenceUrl } from '../evidence-url.ts';
import { LIMITS } from '../limits.ts';
import { STATUSES } from '../status.ts';
import { hasThreeDecimalsAtMost, PublishedDocumentShape, shapeProblem } from '../store-shape.ts';

// What a change from the desk must look like before this library takes it: the same shapes the app's gate
// and the server's team.change_refusal() check. A library checks what it pulls too, so a change stored by an
// older or a tampered server is set aside with a message instead of damaging the library.

/** Document, claim and evidence ids: letters, digits, "-" and "_", as file names need them. */
const ID = /^[A-Za-z0-9_-]{1,80}$/;

const link = v.pipe(
  v.string(),
  v.maxLength(LIMITS.url),
  v.check((url) => checkEvidenceUrl(url).ok, 'evidence must be an http(s) link'),
);

const EVIDENCE = v.nullable(v.strictObject({ url: link, title: v.pipe(v.string(), v.maxLength(LIMITS.evidenceTitle)), excerpt: v.pipe(v.string(), v.maxLength(LIMITS.evidenceExcerpt)), addedAt: v.pipe(v.string(), v.maxLength(40)) }));

const FIELD_VALUES: Record<string, v.GenericSchema> = {
  status: v.picklist(STATUSES, `a status must be one of ${STATUSES.join(', ')}`),
  note: v.pipe(v.string('a note must be text'), v.maxLength(LIMITS.note, 'a note is at most 20,000 characters')),
  dismissed: v.boolean('dismissed must be true or false'),
  promoted: v.boolean('promoted must be true or false'),
  attribution: v.nullable(v.strictObject({ source: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.source)), anonymous: v.boolean() })),
};

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A claim added by hand, as it syncs (see AddedClaimValue). */
const ADDED_CLAIM = v.strictObject({
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.claimLength)),
  start: offset,
  end: offset,
  // Whole, or with up to three decimals for a claim added between two ("16.1").
  n: v.pipe(v.number(), v.minValue(0.001), v.maxValue(1e9), v.check(hasThreeDecimalsAtMost, 'a claim number has at most three decimals')),
  checkworthy: v.boolean(),
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(50)),
  attribution: v.nullable(v.strictObject({ source: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.source)), anonymous: v.boolean(), cue: v.pipe(v.string(), v.maxLength(200)), start: offset, end: offset })),
  promoted: v.boolean(),
});

const CLAIM = v.looseObject({
  id: v.pipe(v.string(), v.regex(ID, 'a claim id must be letters, digits, "-" or "_"')),
  text: v.string(),
  status: FIELD_VALUES.status!,
  note: FIELD_VALUES.note!,
  dismissed: v.boolean(),
  promoted: v.boolean(),
  evidence: v.array(v.looseObject({ id: v.pipe(v.string(), v.regex(ID)), url: link })),
});

const DOCUMENT = v.looseObject({
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  text: v.pipe(v.string(), v.maxLength(LIMITS.pastedText)),
  claims: v.array(CLAIM),
});

/** A newer version: the whole article as the importing library placed it, with the record of its versions. */
const VERSION = v.looseObject({ ...DOCUMENT.entries, versions: v.pipe(v.array(v.looseObject({ importedAt: v.string(), sourceName: v.string() })), v.minLength(2), v.maxLength(10_000)) });

/** Why a change from the desk cannot be taken (in words, for the message), or null when it can. */
export function changeProblem(change: { document: unknown; claim: unknown; field: unknown; value: unknown }): string | null {
  if (typeof change.document !== 'string' || !ID.test(change.document)) return 'its document id is not an id of letters, digits, "-" or "_"';
  if (change.field === 'document' || change.field === 'version' || change.field === 'deleted') {
    if (change.claim !== '') return 'a change of the document itself names a claim';
    if (change.field === 'deleted') return typeof change.value === 'boolean' ? null : 'deleted must be true or false';
    return prefixed(change.field === 'version' ? 'the newer version' : 'the article', bodyProblem(change.field === 'version' ? VERSION : DOCUMENT, change.value));
  }
  if (typeof change.claim !== 'string' || !ID.test(change.claim)) return 'its claim id is not an id of letters, digits, "-" or "_"';
  if (typeof change.field !== 'string') return 'it names no field';
  const isEvidence = change.field.startsWith('evidence:') && ID.test(change.field.slice('evidence:'.length));
  // Own keys only: a field named "__proto__" or "constructor" is unknown, not an object's inherited member.
  const schema = isEvidence ? EVIDENCE : change.field === 'claim' ? ADDED_CLAIM : Object.hasOwn(FIELD_VALUES, change.field) ? FIELD_VALUES[change.field] : undefined;
  if (!schema) return `it sets an unknown field "${change.field.slice(0, 40)}"`;
  return prefixed(change.field, shapeProblem(schema, change.value));
}

/**
 * Why a published article cannot be taken: the desk's own limits, then every field the library's files must
 * have (a body that passed the first and not this one would be stored, then found damaged on the next read),
 * then claims whose offsets fall outside the text.
 */
function bodyProblem(schema: v.GenericSchema, body: unknown): string | null {
  const problem = shapeProblem(schema, body) ?? shapeProblem(PublishedDocumentShape, body);
  if (problem) return problem;
  type Span = { start: number; end: number };
  const { text, claims } = body as { text: string; claims: (Span & { id: string; attribution: (Span & { trace?: { from?: Span } }) | null })[] };
  const outside = (s: Span | undefined): boolean => s !== undefined && (s.start > s.end || s.end > text.length);
  const bad = claims.find((c) => outside(c));
  if (bad) return `claims.${bad.id}: its place is outside the article's text`;
  // The source and the sentence its trace points at are shown from the text too.
  const badSource = claims.find((c) => outside(c.attribution ?? undefined) || outside(c.attribution?.trace?.from));
  return badSource ? `claims.${badSource.id}: its source's place is outside the article's text` : null;
}

function prefixed(what: string, problem: string | null): string | null {
  return problem === null ? null : `${what}: ${problem}`;
}

/** A change named for a message: its field, claim and document ("status of claim c3 in document d-1"). */
export function describeChange(c: { document: unknown; claim: unknown; field: unknown }): string {
  const cut = (x: unknown, n: number): string => String(x).slice(0, n);
  return `${cut(c.field, 40)} of ${c.claim ? `claim ${cut(c.claim, 40)} in ` : ''}document ${cut(c.document, 80)}`;
}
