import type { ClaimEdit } from './claim-edits.ts';
import { MAX_ARTICLE_BYTES } from './decode-text.ts';
import { WorkbenchError } from './errors.ts';
import { checkEvidenceUrl } from './evidence-url.ts';
import type { ApiMethod, DroppedFile, WorkbenchApi } from './ipc-contract.ts';
import { LIMITS } from './limits.ts';
import { EXPORT_FORMATS, type ExportChoices } from './report/report-options.ts';
import type { SearchQuery } from './model.ts';
import type { Settings } from './settings.ts';
import { isStatus, STATUSES } from './status.ts';

/** Document, claim and evidence ids: short, and safe to use as file names (no separators, no dots). */
const ID = /^[A-Za-z0-9_-]{1,80}$/;

function bad(message: string): never {
  throw new WorkbenchError('invalid-argument', message);
}

function expectCount(args: readonly unknown[], n: number, method: string): void {
  if (args.length !== n) bad(`${method} takes ${n} argument${n === 1 ? '' : 's'}, got ${args.length}.`);
}

/** Checks an id argument; ids become file names, so anything else is refused. */
function expectId(value: unknown, what: string): string {
  if (typeof value !== 'string' || !ID.test(value)) bad(`${what} must be an id of letters, digits, "-" or "_".`);
  return value;
}

function expectString(value: unknown, what: string, max: number): string {
  if (typeof value !== 'string') bad(`${what} must be text.`);
  if (value.length > max) bad(`${what} is too long (${value.length.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')}).`);
  return value;
}

function expectBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') bad(`${what} must be true or false.`);
  return value;
}

function expectOffset(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1e9) bad(`${what} must be a whole number of characters.`);
  return value;
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(`${what} must be an object.`);
  return value as Record<string, unknown>;
}

/** Checks a claim edit and rebuilds it from its known fields only, so nothing extra reaches the store. */
export function expectEdit(value: unknown): ClaimEdit {
  const v = record(value, 'edit');
  switch (v.kind) {
    case 'status':
      if (!isStatus(v.status)) bad(`status must be one of ${STATUSES.join(', ')}.`);
      return { kind: 'status', status: v.status };
    case 'note':
      return { kind: 'note', note: expectString(v.note, 'The note', LIMITS.note) };
    case 'add-evidence': {
      const url = checkEvidenceUrl(expectString(v.url, 'The link', LIMITS.url));
      if (!url.ok) bad(url.message);
      return {
        kind: 'add-evidence',
        url: url.url,
        title: expectString(v.title, 'The evidence title', LIMITS.evidenceTitle).trim(),
        excerpt: expectString(v.excerpt, 'The excerpt', LIMITS.evidenceExcerpt).trim(),
      };
    }
    case 'remove-evidence':
      return { kind: 'remove-evidence', evidenceId: expectId(v.evidenceId, 'evidenceId') };
    case 'dismiss':
      return { kind: 'dismiss', dismissed: expectBoolean(v.dismissed, 'dismissed') };
    case 'promote':
      return { kind: 'promote', promoted: expectBoolean(v.promoted, 'promoted') };
    case 'attribution': {
      const anonymous = expectBoolean(v.anonymous, 'anonymous');
      if (v.source === null) return { kind: 'attribution', source: null, anonymous: false };
      const source = expectString(v.source, 'The source', LIMITS.source).trim();
      if (source === '') bad('Enter who the claim is attributed to, or remove the source.');
      return { kind: 'attribution', source, anonymous };
    }
    default:
      return bad(`Unknown kind of change ${JSON.stringify(v.kind)?.slice(0, 40)}.`);
  }
}

/** Checks export choices and rebuilds them from their known fields. */
function expectChoices(value: unknown): ExportChoices {
  const v = record(value, 'export choices');
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(v.format)) bad(`format must be one of ${EXPORT_FORMATS.join(', ')}.`);
  return {
    format: v.format as ExportChoices['format'],
    includeUnreviewed: expectBoolean(v.includeUnreviewed, 'includeUnreviewed'),
    includeDismissed: expectBoolean(v.includeDismissed, 'includeDismissed'),
    includeArticle: expectBoolean(v.includeArticle, 'includeArticle'),
  };
}

/** Checks an optional web address: empty means "not set"; otherwise http(s) only. */
function expectOptionalUrl(value: unknown, what: string): string {
  const text = expectString(value, what, LIMITS.url).trim();
  if (text === '') return '';
  const url = checkEvidenceUrl(text);
  if (!url.ok) bad(`${what}: ${url.message}`);
  return url.url;
}

function expectSettings(value: unknown): Settings {
  const v = record(value, 'settings');
  return {
    reviewer: expectString(v.reviewer, 'The reviewer name', LIMITS.source).trim(),
    organisation: expectString(v.organisation, 'The organisation name', LIMITS.source).trim(),
    organisationUrl: expectOptionalUrl(v.organisationUrl, 'The organisation web address'),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a library search and rebuilds it from its known fields. */
function expectQuery(value: unknown): SearchQuery {
  const v = record(value, 'search');
  const text = expectString(v.text, 'The search', 500).trim();
  if (text === '') bad('Type something to search for.');
  const query: SearchQuery = { text };
  if (v.status !== undefined) {
    if (!isStatus(v.status)) bad(`status must be one of ${STATUSES.join(', ')}.`);
    query.status = v.status;
  }
  if (v.documentId !== undefined) query.documentId = expectId(v.documentId, 'documentId');
  for (const key of ['from', 'to'] as const) {
    if (v[key] === undefined || v[key] === '') continue;
    if (typeof v[key] !== 'string' || !DATE.test(v[key])) bad(`${key} must be a date as YYYY-MM-DD.`);
    query[key] = v[key];
  }
  if (v.limit !== undefined) {
    if (typeof v.limit !== 'number' || !Number.isInteger(v.limit) || v.limit < 1 || v.limit > 200) bad('limit must be a whole number from 1 to 200.');
    query.limit = v.limit;
  }
  return query;
}

function expectFiles(value: unknown): DroppedFile[] {
  if (!Array.isArray(value) || value.length === 0) bad('Drop at least one file.');
  if (value.length > LIMITS.filesPerImport) bad(`At most ${LIMITS.filesPerImport} files can be imported at once.`);
  return value.map((f, i) => {
    const r = record(f, `file ${i + 1}`);
    const name = expectString(r.name, 'The file name', LIMITS.fileName);
    if (!(r.bytes instanceof Uint8Array)) bad(`The contents of ${name} did not arrive as bytes.`);
    if (r.bytes.length > MAX_ARTICLE_BYTES) bad(`${name} is too large (the limit is ${MAX_ARTICLE_BYTES / 1048576} MB).`);
    // Only the base name is kept: a dropped file's name never becomes a path.
    return { name: name.split(/[\\/]/).pop() || 'dropped file', bytes: r.bytes };
  });
}

type Validators = { [K in ApiMethod]: (args: readonly unknown[]) => Parameters<WorkbenchApi[K]> };

const none = (method: string) => (args: readonly unknown[]): [] => {
  expectCount(args, 0, method);
  return [];
};
const docOnly = (method: string) => (args: readonly unknown[]): [string] => {
  expectCount(args, 1, method);
  return [expectId(args[0], 'documentId')];
};

/** One validator per channel: turns untrusted renderer arguments into typed ones, or throws invalid-argument. */
export const VALIDATORS: Validators = {
  getLibrary: none('getLibrary'),
  getDocument: docOnly('getDocument'),
  editClaim: (args) => {
    expectCount(args, 3, 'editClaim');
    return [expectId(args[0], 'documentId'), expectId(args[1], 'claimId'), expectEdit(args[2])];
  },
  addClaim: (args) => {
    expectCount(args, 3, 'addClaim');
    const start = expectOffset(args[1], 'start');
    const end = expectOffset(args[2], 'end');
    if (end <= start) bad('Select some article text to add as a claim.');
    if (end - start > LIMITS.claimLength) bad(`A claim can be at most ${LIMITS.claimLength.toLocaleString('en')} characters long.`);
    return [expectId(args[0], 'documentId'), start, end];
  },
  undo: docOnly('undo'),
  redo: docOnly('redo'),
  importFiles: none('importFiles'),
  importDropped: (args) => {
    expectCount(args, 1, 'importDropped');
    return [expectFiles(args[0])];
  },
  importText: (args) => {
    expectCount(args, 1, 'importText');
    const text = expectString(args[0], 'The pasted text', LIMITS.pastedText);
    if (text.trim() === '') bad('There is no text to import: paste an article first.');
    return [text];
  },
  deleteDocument: docOnly('deleteDocument'),
  restoreDocument: docOnly('restoreDocument'),
  restoreBackup: docOnly('restoreBackup'),
  setDocumentUrl: (args) => {
    expectCount(args, 2, 'setDocumentUrl');
    const url = args[1] === null ? '' : expectOptionalUrl(args[1], 'The article web address');
    return [expectId(args[0], 'documentId'), url === '' ? null : url];
  },
  previewExport: (args) => {
    expectCount(args, 2, 'previewExport');
    return [expectId(args[0], 'documentId'), expectChoices(args[1])];
  },
  exportReport: (args) => {
    expectCount(args, 2, 'exportReport');
    return [expectId(args[0], 'documentId'), expectChoices(args[1])];
  },
  searchLibrary: (args) => {
    expectCount(args, 1, 'searchLibrary');
    return [expectQuery(args[0])];
  },
  similarClaims: (args) => {
    expectCount(args, 2, 'similarClaims');
    return [expectId(args[0], 'documentId'), expectId(args[1], 'claimId')];
  },
  getSettings: none('getSettings'),
  saveSettings: (args) => {
    expectCount(args, 1, 'saveSettings');
    return [expectSettings(args[0])];
  },
};
