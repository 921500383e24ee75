import * as v from 'valibot';
import { MAX_ARTICLE_BYTES } from './decode-text.ts';
import { checkEvidenceUrl } from './evidence-url.ts';
import { LIMITS } from './limits.ts';
import { EXPORT_FORMATS } from './report/report-options.ts';
import { STATUSES } from './status.ts';

// The schemas of everything a front end may send (the window over IPC, the CLI, the local socket): the
// one gate before the service. Each says in words what is wrong, for the user to read. The contract's
// argument types (ClaimEdit, ExportChoices, SearchQuery, Settings) are inferred from these.

/** Document, claim and evidence ids: short, and safe to use as file names (no separators, no dots). */
const ID = /^[A-Za-z0-9_-]{1,80}$/;

/** An id argument; ids become file names, so anything else is refused. */
export const id = (what: string) => v.pipe(v.string(`${what} must be an id of letters, digits, "-" or "_".`), v.regex(ID, `${what} must be an id of letters, digits, "-" or "_".`));

/** Text of at most `max` characters. */
const text = (what: string, max: number) =>
  v.pipe(
    v.string(`${what} must be text.`),
    v.maxLength(max, (issue) => `${what} is too long (${(issue.input as string).length.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')}).`),
  );

const flag = (what: string) => v.boolean(`${what} must be true or false.`);

/** A whole number of characters into a text. */
export const offset = (what: string) => v.pipe(v.number(`${what} must be a whole number of characters.`), v.integer(`${what} must be a whole number of characters.`), v.minValue(0, `${what} must be a whole number of characters.`), v.maxValue(1e9, `${what} must be a whole number of characters.`));

const status = v.picklist(STATUSES, `status must be one of ${STATUSES.join(', ')}.`);

/** An http(s) link, normalised; anything else refused with the reason. */
const webLink = (what: string) =>
  v.pipe(
    text(what, LIMITS.url),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const url = checkEvidenceUrl(dataset.value);
      if (url.ok) return url.url;
      addIssue({ message: what === 'The link' ? url.message : `${what}: ${url.message}` });
      return NEVER;
    }),
  );

/** An optional web address: empty means "not set". */
export const optionalWebLink = (what: string) => v.union([v.pipe(v.string(), v.trim(), v.length(0), v.transform(() => '')), webLink(what)], (issue) => issue.issues?.at(-1)?.message ?? `${what} must be a web address.`);

/** One change to a claim, rebuilt from its known fields only so nothing extra reaches the store. */
export const ClaimEditSchema = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('status'), status }),
    v.object({ kind: v.literal('note'), note: text('The note', LIMITS.note) }),
    v.object({ kind: v.literal('add-evidence'), url: webLink('The link'), title: v.pipe(text('The evidence title', LIMITS.evidenceTitle), v.trim()), excerpt: v.pipe(text('The excerpt', LIMITS.evidenceExcerpt), v.trim()) }),
    v.object({ kind: v.literal('remove-evidence'), evidenceId: id('evidenceId') }),
    v.object({ kind: v.literal('dismiss'), dismissed: flag('dismissed') }),
    v.object({ kind: v.literal('promote'), promoted: flag('promoted') }),
    v.pipe(
      v.object({
        kind: v.literal('attribution'),
        source: v.nullable(v.pipe(text('The source', LIMITS.source), v.trim(), v.minLength(1, 'Enter who the claim is attributed to, or remove the source.'))),
        anonymous: flag('anonymous'),
      }),
      // With no source there is nothing to be anonymous.
      v.transform((edit) => (edit.source === null ? { ...edit, anonymous: false } : edit)),
    ),
  ],
  (issue) => (issue.expected === 'Object' || issue.received === 'undefined' || !issue.input || typeof issue.input !== 'object' ? 'The edit must be an object with a kind.' : `Unknown kind of change ${JSON.stringify((issue.input as { kind?: unknown }).kind)?.slice(0, 40)}.`),
);

/** What to export and what to put in it. */
export const ExportChoicesSchema = v.object(
  {
    format: v.picklist(EXPORT_FORMATS, `format must be one of ${EXPORT_FORMATS.join(', ')}.`),
    includeUnreviewed: flag('includeUnreviewed'),
    includeDismissed: flag('includeDismissed'),
    includeArticle: flag('includeArticle'),
    // Optional: absent means the short report, without the full record.
    includeRecord: v.optional(flag('includeRecord')),
  },
  'The export choices must be an object.',
);

/** Who signs reports. */
export const SettingsSchema = v.object(
  {
    reviewer: v.pipe(text('The reviewer name', LIMITS.source), v.trim()),
    organisation: v.pipe(text('The organisation name', LIMITS.source), v.trim()),
    organisationUrl: optionalWebLink('The organisation web address'),
    // Optional: absent means the desk's default (a reason is asked for).
    requireReason: v.optional(flag('requireReason')),
  },
  'The settings must be an object.',
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (key: string) => v.optional(v.union([v.literal(''), v.pipe(v.string(), v.regex(DATE))], `${key} must be a date as YYYY-MM-DD.`));

/** A library search. */
export const SearchQuerySchema = v.pipe(
  v.object(
    {
      text: v.pipe(text('The search', 500), v.trim(), v.minLength(1, 'Type something to search for.')),
      status: v.optional(status),
      documentId: v.optional(id('documentId')),
      from: date('from'),
      to: date('to'),
      limit: v.optional(v.pipe(v.number('limit must be a whole number from 1 to 200.'), v.integer('limit must be a whole number from 1 to 200.'), v.minValue(1, 'limit must be a whole number from 1 to 200.'), v.maxValue(200, 'limit must be a whole number from 1 to 200.'))),
    },
    'The search must be an object.',
  ),
  // An empty date is no filter: it is left out, as it would be if never given.
  v.transform(({ from, to, ...rest }) => ({ ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) })),
);

/** Files dropped on the window: names (base names only) and their bytes. */
export const DroppedFilesSchema = v.pipe(
  v.array(
    v.object({
      name: text('The file name', LIMITS.fileName),
      bytes: v.pipe(
        v.instance(Uint8Array, 'The contents of a dropped file did not arrive as bytes.'),
        v.check((b) => b.length <= MAX_ARTICLE_BYTES, `A dropped file is too large (the limit is ${MAX_ARTICLE_BYTES / 1048576} MB).`),
      ),
    }),
    'Drop at least one file.',
  ),
  v.minLength(1, 'Drop at least one file.'),
  v.maxLength(LIMITS.filesPerImport, `At most ${LIMITS.filesPerImport} files can be imported at once.`),
  // Only the base name is kept: a dropped file's name never becomes a path.
  v.transform((files) => files.map((f) => ({ name: f.name.split(/[\\/]/).pop() || 'dropped file', bytes: f.bytes }))),
);

/** A document's title as the checker names it: one line, trimmed, not empty. */
export const DocumentTitleSchema = v.pipe(
  text('The title', LIMITS.source),
  // Line breaks fold to spaces: a title is one line wherever it shows.
  v.transform((t) => t.replace(/\s+/g, ' ').trim()),
  v.minLength(1, 'Type a title for the document.'),
);

/** Pasted article text. */
export const PastedTextSchema = v.pipe(text('The pasted text', LIMITS.pastedText), v.check((t) => t.trim() !== '', 'There is no text to import: paste an article first.'));

/** Where the desk's team server is and who logs in (the password is kept apart, never in this file). */
export const TeamSettingsSchema = v.object(
  {
    host: v.pipe(v.string('The server host must be text.'), v.trim(), v.regex(/^[A-Za-z0-9.:[\]-]{1,253}$/, 'The server host must be a host name or an IP address.')),
    port: v.pipe(v.number('The port must be a number.'), v.integer('The port must be a whole number.'), v.minValue(1, 'The port must be 1 to 65535.'), v.maxValue(65535, 'The port must be 1 to 65535.')),
    database: v.pipe(v.string('The database must be text.'), v.trim(), v.regex(/^[^\0]{1,63}$/, 'The database name must be 1 to 63 characters.')),
    user: v.pipe(v.string('The user must be text.'), v.trim(), v.regex(/^[^\0]{1,63}$/, 'The user name must be 1 to 63 characters.')),
    /** The CA certificate file that signed the server's certificate ('' : the system's CAs). */
    caFile: v.pipe(v.string('The CA certificate must be a file path.'), v.maxLength(4096, 'The CA certificate path is too long.')),
  },
  'The team settings must be an object.',
);

/** A team server password, as typed (sent once to main, which keeps it in the system's safe storage). */
/** A conflict's number in the desk's log, as `team conflicts` and the window show it. */
export const ConflictSeqSchema = v.pipe(v.number('A conflict is named by its number.'), v.integer('A conflict number is a whole number.'), v.minValue(1, 'A conflict number is at least 1.'), v.maxValue(Number.MAX_SAFE_INTEGER, 'That conflict number is too large.'));

/** Which value resolving a conflict keeps. */
export const ConflictKeepSchema = v.picklist(['standing', 'lost'], 'Keep "standing" (the value that stands) or "lost" (the one that did not stand).');

export const TeamPasswordSchema = v.pipe(v.string('The password must be text.'), v.maxLength(1000, 'The password is too long.'));
