import * as v from 'valibot';
import { WorkbenchError } from './errors.ts';
import type { ApiMethod, WorkbenchApi } from './ipc-contract.ts';
import { ClaimEditSchema, ConflictKeepSchema, ConflictSeqSchema, DocumentTitleSchema, DroppedFilesSchema, ExportChoicesSchema, id, offset, optionalWebLink, PastedTextSchema, SearchQuerySchema, SettingsSchema, TeamPasswordSchema, TeamSettingsSchema } from './ipc-schemas.ts';
import { LIMITS } from './limits.ts';

/** The most characters one part of an export preview may ask for. */
export const EXPORT_PART_MAX = 4_000_000;

/** The arguments of each verb as a tuple schema; the contract's parameter types must be what they produce. */
const ARGS = {
  getLibrary: v.tuple([]),
  getDocument: v.tuple([id('documentId')]),
  editClaim: v.tuple([id('documentId'), id('claimId'), ClaimEditSchema]),
  addClaim: v.pipe(
    v.tuple([id('documentId'), offset('start'), offset('end')]),
    v.check(([, start, end]) => end > start, 'Select some article text to add as a claim.'),
    v.check(([, start, end]) => end - start <= LIMITS.claimLength, `A claim can be at most ${LIMITS.claimLength.toLocaleString('en')} characters long.`),
  ),
  undo: v.tuple([id('documentId')]),
  redo: v.tuple([id('documentId')]),
  importFiles: v.tuple([]),
  importDropped: v.tuple([DroppedFilesSchema]),
  importText: v.tuple([PastedTextSchema]),
  confirmImport: v.tuple([id('token')]),
  dropImport: v.tuple([id('token')]),
  deleteDocument: v.tuple([id('documentId')]),
  restoreDocument: v.tuple([id('documentId')]),
  restoreBackup: v.tuple([id('documentId')]),
  setDocumentUrl: v.pipe(
    v.tuple([id('documentId'), v.union([v.null(), optionalWebLink('The article web address')], (issue) => issue.issues?.at(-1)?.message ?? 'The article web address must be text.')]),
    // Empty means "not set".
    v.transform(([documentId, url]): [string, string | null] => [documentId, url === '' ? null : url]),
  ),
  renameDocument: v.tuple([id('documentId'), DocumentTitleSchema]),
  previewExport: v.tuple([id('documentId'), ExportChoicesSchema]),
  exportReport: v.tuple([id('documentId'), ExportChoicesSchema]),
  searchLibrary: v.tuple([SearchQuerySchema]),
  similarClaims: v.tuple([id('documentId'), id('claimId')]),
  getSettings: v.tuple([]),
  saveSettings: v.tuple([SettingsSchema]),
  exportPreflight: v.tuple([id('documentId'), ExportChoicesSchema]),
  previewExportPart: v.tuple([id('documentId'), ExportChoicesSchema, offset('from'), v.pipe(offset('length'), v.minValue(1, 'length must be at least 1.'), v.maxValue(EXPORT_PART_MAX, `length must be at most ${EXPORT_PART_MAX}.`))]),
  teamStatus: v.tuple([]),
  teamConnect: v.tuple([TeamSettingsSchema, TeamPasswordSchema]),
  teamSync: v.tuple([]),
  teamConflicts: v.tuple([]),
  teamResolve: v.tuple([ConflictSeqSchema, ConflictKeepSchema]),
} satisfies { [K in ApiMethod]: v.GenericSchema<unknown, Parameters<WorkbenchApi[K]>> };

/** How many arguments each verb takes (a tuple schema alone would drop extra ones silently). */
const COUNTS: { [K in ApiMethod]: number } = Object.fromEntries(
  Object.entries(ARGS).map(([m, schema]) => {
    const tuple = 'pipe' in schema ? schema.pipe[0] : schema;
    return [m, (tuple as v.TupleSchema<v.TupleItems, undefined>).items.length];
  }),
) as { [K in ApiMethod]: number };

/** Parses untrusted arguments with a schema; the first problem, in words, becomes an invalid-argument error. */
export function parseWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown): T {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  throw new WorkbenchError('invalid-argument', result.issues[0].message);
}

type Validators = { [K in ApiMethod]: (args: readonly unknown[]) => Parameters<WorkbenchApi[K]> };

/** One validator per channel: turns untrusted arguments into typed ones, or throws invalid-argument. */
export const VALIDATORS = Object.fromEntries(
  (Object.keys(ARGS) as ApiMethod[]).map((method) => [
    method,
    (args: readonly unknown[]) => {
      const n = COUNTS[method];
      if (args.length !== n) throw new WorkbenchError('invalid-argument', `${method} takes ${n} argument${n === 1 ? '' : 's'}, got ${args.length}.`);
      return parseWith(ARGS[method] as v.GenericSchema<unknown, unknown>, args);
    },
  ]),
) as Validators;
