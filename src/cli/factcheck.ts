import { basename, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { WorkbenchError } from '../shared/errors.ts';
import type { ExtractedUnit } from '../shared/model.ts';
import { EXPORT_FORMATS, FORMAT_OPTIONS, optionsNotTaken, type ExportChoices, type ExportFormat, type ExportOption } from '../shared/report/report-options.ts';
import { reviewedCount } from '../shared/summary.ts';
import { STATUS_INFO, STATUSES, type Status } from '../shared/status.ts';
import { HELP } from './help.ts';
import type { withLibrary as WithLibrary } from './library.ts';
import { terminalJson, terminalSafe } from './terminal.ts';

// Each command loads what it runs when it runs (import()): `--help` reads no library, `list` loads no
// extractor, and only `team` loads the PostgreSQL client. Why: a command starts a new process every time.

/** Runs `task` on the library (see library.ts), loading the library's owner and service first. */
const withLibrary: typeof WithLibrary = async (task, onWriter) => (await import('./library.ts')).withLibrary(task, onWriter);

/** A mistake in how the command was called; answered with the command's usage and exit code 2. */
export class UsageError extends Error {
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** Where output goes (tests capture it). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Parses a command's options strictly: unknown options and missing values are usage errors. */
function options<T extends ParseArgsConfig['options']>(command: string, args: string[], spec: T, positionals = false) {
  try {
    return parseArgs({ args, options: { ...spec, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^.*?: /, ''), command);
  }
}

function need(value: string | undefined, flag: string, command: string): string {
  if (value === undefined || value === '') throw new UsageError(`${command} needs ${flag}`, command);
  return value;
}

/** A status from a word: its id ("in-progress") or its label ("In progress"), any case. */
function parseStatus(word: string, command = 'mark'): Status {
  const w = word.trim().toLowerCase();
  const found = STATUSES.find((s) => s === w || STATUS_INFO[s].label.toLowerCase() === w || s.replace('-', ' ') === w);
  if (!found) throw new UsageError(`unknown status "${word}"; use one of ${STATUSES.join(', ')}`, command);
  return found;
}

const FORMATS: Record<string, ExportFormat> = { md: 'markdown', markdown: 'markdown', json: 'json', csv: 'csv', claimreview: 'claimreview' };

async function runImport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = options('import', args, { url: { type: 'string' }, json: { type: 'boolean' }, anyway: { type: 'boolean' } }, true);
  if (values.help) return help('import', io);
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE', 'import');
  if (values.url && positionals.length > 1) throw new UsageError('--url goes with a single FILE', 'import');
  // Paths are made absolute here: the library's writer may be the app, running in another folder.
  const mode = values.anyway ? 'anyway' : 'ask';
  const outcome = await withLibrary((api) => api.importPaths(positionals.map((p) => resolve(p)), values.url ?? null, mode));
  if (values.json) io.out(terminalJson(outcome.imported));
  else for (const d of outcome.imported) io.out(d.id);
  for (const m of outcome.messages ?? []) io.err(terminalSafe(m));
  for (const e of outcome.errors) io.err(`factcheck: ${terminalSafe(e)}`);
  for (const p of outcome.pending) io.err(`factcheck: not imported: ${terminalSafe(p.doubts.map((d) => d.message).join(' '))} Run again with --anyway to import it.`);
  return outcome.errors.length ? 1 : outcome.pending.length ? 3 : 0;
}

async function runList(args: string[], io: Io): Promise<number> {
  const { values } = options('list', args, { document: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return help('list', io);
  return withLibrary(async (api) => {
    if (!values.document) {
      const docs = (await api.getLibrary()).documents.map((d) => ({ id: d.id, title: d.title, claims: d.claimCount, counts: d.counts, ...(d.damaged ? { damaged: d.damaged } : {}) }));
      if (values.json) io.out(terminalJson(docs));
      else for (const d of docs) io.out(`${d.id}\t${terminalSafe(d.title)}\t${d.damaged ? 'DAMAGED (factcheck restore --document ID)' : `${reviewedCount(d.counts)} of ${d.claims} reviewed`}`);
      return 0;
    }
    const doc = await api.getDocument(values.document);
    const claims = doc.claims
      .filter((c) => !c.dismissed && (c.checkworthy || c.promoted || c.status !== 'unreviewed'))
      .map((c) => ({ number: c.n, status: c.status, text: c.text, source: c.attribution?.source ?? null, anonymous: c.attribution ? c.attribution.anonymous : null }));
    if (values.json) io.out(terminalJson(claims));
    else for (const c of claims) io.out(`${c.number}\t${STATUS_INFO[c.status].label}\t${terminalSafe(c.text)}\t${terminalSafe(c.source ?? 'no source')}${c.anonymous ? ' (anonymous)' : ''}`);
    return 0;
  });
}

async function runMark(args: string[], io: Io): Promise<number> {
  const { values } = options('mark', args, { document: { type: 'string' }, claim: { type: 'string' }, status: { type: 'string' }, note: { type: 'string' } });
  if (values.help) return help('mark', io);
  const documentId = need(values.document, '--document ID', 'mark');
  const word = need(values.claim, '--claim N', 'mark');
  // Only plain digits, and a claim added by hand's decimals ("16.1"): Number() would also take "0x2", "1e0" or " 2 ".
  // Written as the list shows it: "16.1", never "2.0" or "16.10".
  if (!/^(?:[1-9][0-9]{0,8}|0)(?:\.[0-9]{0,2}[1-9])?$/.test(word) || Number(word) === 0) throw new UsageError(`--claim takes a claim number (1, 2, 16.1, ...), not "${terminalSafe(word)}"`, 'mark');
  const n = Number(word);
  const status = parseStatus(need(values.status, '--status STATUS', 'mark'));
  await withLibrary(async (api) => {
    const claim = (await api.getDocument(documentId)).claims.find((c) => c.n === n);
    if (!claim) throw new WorkbenchError('not-found', `document ${documentId} has no claim ${n} (see: factcheck list --document ${documentId})`);
    // The note first: if the gate refuses it (too long), nothing at all has changed.
    if (values.note !== undefined) await api.editClaim(documentId, claim.id, { kind: 'note', note: values.note });
    await api.editClaim(documentId, claim.id, { kind: 'status', status });
  });
  io.out(`claim ${n}: ${STATUS_INFO[status].label}${values.note !== undefined ? ' (note saved)' : ''}`);
  return 0;
}

async function runReport(args: string[], io: Io): Promise<number> {
  const { values } = options('report', args, {
    document: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    unreviewed: { type: 'boolean' },
    dismissed: { type: 'boolean' },
    article: { type: 'boolean' },
    record: { type: 'boolean' },
    'allow-incomplete': { type: 'boolean' },
  });
  if (values.help) return help('report', io);
  const documentId = need(values.document, '--document ID', 'report');
  const word = need(values.format, '--format md|json|csv|claimreview', 'report');
  const format = FORMATS[word.toLowerCase()];
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${terminalSafe(word)}"; use md, json, csv or claimreview`, 'report');
  const choices: ExportChoices = { format, includeUnreviewed: !!values.unreviewed, includeDismissed: !!values.dismissed, includeArticle: !!values.article, includeRecord: !!values.record };
  const refused = optionsNotTaken(choices);
  if (refused.length > 0) {
    const takes = Object.keys(FORMAT_OPTIONS[format]).map((o) => OPTION_FLAG[o as ExportOption]);
    throw new UsageError(`${refused.map((o) => OPTION_FLAG[o]).join(', ')} ${refused.length === 1 ? 'does' : 'do'} not apply to --format ${word}${takes.length ? ` (it takes ${takes.join(', ')})` : ' (it takes no options)'}`, 'report');
  }
  return withLibrary(async (api) => {
    const gaps = await api.exportGaps(documentId, choices);
    for (const g of gaps) io.err(`factcheck: ${g.required ? 'missing' : 'note'}: ${terminalSafe(g.message)}`);
    const required = gaps.filter((g) => g.required);
    if (required.length > 0 && !values['allow-incomplete']) {
      // Why: an export readers cannot use must not look like a success to a script.
      io.err(`factcheck: not written: ${required.length === 1 ? 'a required field is' : `${required.length} required fields are`} missing; set ${required.length === 1 ? 'it' : 'them'} (see above), or run again with --allow-incomplete`);
      return 3;
    }
    if (!values.out) {
      io.out((await api.renderExport(documentId, choices)).replace(/\n$/, ''));
      return 0;
    }
    // Made absolute here: the library's writer may be the app, running in another folder.
    const path = await api.writeExport(documentId, choices, resolve(values.out));
    const { chartPathFor } = await import('../main/service/write-export.ts');
    io.err(`written to ${terminalSafe(path)}${format === 'markdown' ? `, its sourcing chart to ${terminalSafe(chartPathFor(path))}` : ''}`);
    return 0;
  });
}

/** The CLI flag of each export option. */
const OPTION_FLAG: Record<ExportOption, string> = { includeUnreviewed: '--unreviewed', includeDismissed: '--dismissed', includeArticle: '--article', includeRecord: '--record' };

async function runSettings(args: string[], io: Io): Promise<number> {
  const { values } = options('settings', args, { reviewer: { type: 'string' }, organisation: { type: 'string' }, 'organisation-url': { type: 'string' }, 'require-reason': { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return help('settings', io);
  const reason = values['require-reason'];
  if (reason !== undefined && !/^(?:yes|no)$/i.test(reason)) throw new UsageError(`--require-reason takes yes or no, not "${terminalSafe(reason)}"`, 'settings');
  return withLibrary(async (api) => {
    let settings = await api.getSettings();
    const changes = {
      ...(values.reviewer !== undefined ? { reviewer: values.reviewer } : {}),
      ...(values.organisation !== undefined ? { organisation: values.organisation } : {}),
      ...(values['organisation-url'] !== undefined ? { organisationUrl: values['organisation-url'] } : {}),
      ...(reason !== undefined ? { requireReason: reason.toLowerCase() === 'yes' } : {}),
    };
    // The same gate as the app's settings: names trimmed and limited, the address an http(s) link.
    if (Object.keys(changes).length > 0) settings = await api.saveSettings({ ...settings, ...changes });
    if (values.json) io.out(terminalJson(settings));
    else {
      io.out(`reviewer:          ${settings.reviewer ? terminalSafe(settings.reviewer) : '(not set)'}`);
      io.out(`organisation:      ${settings.organisation ? terminalSafe(settings.organisation) : '(not set)'}`);
      io.out(`organisation-url:  ${settings.organisationUrl ? terminalSafe(settings.organisationUrl) : '(not set)'}`);
      io.out(`require-reason:    ${(settings.requireReason ?? true) ? 'yes' : 'no'}`);
    }
    return 0;
  });
}

async function runRestore(args: string[], io: Io): Promise<number> {
  const { values } = options('restore', args, { document: { type: 'string' } });
  if (values.help) return help('restore', io);
  const documentId = need(values.document, '--document ID', 'restore');
  const library = await withLibrary((api) => api.restoreBackup(documentId));
  const doc = library.documents.find((d) => d.id === documentId);
  io.out(`restored ${documentId}${doc ? `: ${terminalSafe(doc.title)}` : ''} from its newest readable backup`);
  return 0;
}

async function runSearch(args: string[], io: Io): Promise<number> {
  const { values, positionals } = options(
    'search',
    args,
    { status: { type: 'string' }, document: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    true,
  );
  if (values.help) return help('search', io);
  const text = positionals.join(' ').trim();
  if (!text) throw new UsageError('search needs a QUERY', 'search');
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit takes a number from 1 to 200', 'search');
  for (const d of [values.from, values.to]) if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new UsageError(`dates are YYYY-MM-DD, not "${d}"`, 'search');
  const results = await withLibrary((api) =>
    api.searchLibrary({
    text,
    limit,
    ...(values.status ? { status: parseStatus(values.status, 'search') } : {}),
    ...(values.document ? { documentId: values.document } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    }),
  );
  if (values.json) io.out(terminalJson(results));
  else for (const r of results) io.out(`${r.documentId}\t${r.n}\t${STATUS_INFO[r.status].label}\t${terminalSafe(r.text)}`);
  if (!values.json && results.length === 0) io.err('no matches');
  return 0;
}

/** A unit as printed: everything the app stores about it. */
function printable(u: ExtractedUnit): ExtractedUnit {
  return { text: u.text, start: u.start, end: u.end, kind: u.kind, checkworthy: u.checkworthy, score: u.score, reasons: u.reasons, attribution: u.attribution };
}

async function runExtract(args: string[], io: Io): Promise<number> {
  const { values, positionals } = options('extract', args, { json: { type: 'boolean' } }, true);
  if (values.help) return help('extract', io);
  if (positionals.length !== 1) throw new UsageError('extract takes exactly one FILE', 'extract');
  const file = positionals[0]!;
  const [{ readInputFile }, { readArticle }] = await Promise.all([import('../main/import/read-input-file.ts'), import('../main/import/read-article.ts')]);
  const bytes = await readInputFile(file);
  const result = readArticle(basename(file), bytes);
  const claims = result.units.filter((u) => u.checkworthy).map(printable);
  const other = result.units.filter((u) => !u.checkworthy).map(printable);
  if (values.json) {
    io.out(terminalJson({ title: result.title, text: result.text, claims, other }));
    return 0;
  }
  io.out(`${terminalSafe(result.title)}\n${claims.length} check-worthy claims, ${other.length} other units\n`);
  claims.forEach((c, i) => {
    const src = c.attribution ? `${terminalSafe(c.attribution.source)} (${c.attribution.anonymous ? 'anonymous' : 'named'})` : 'no source';
    io.out(`${i + 1}. ${terminalSafe(c.text)}\n   source: ${src}; score ${c.score} [${c.reasons.join(', ')}]`);
  });
  return 0;
}

function help(command: string, io: Io): number {
  // Own keys only: "__proto__" or "constructor" must not reach the object's prototype.
  io.out(Object.hasOwn(HELP, command) ? HELP[command]! : HELP.main!);
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  import: runImport,
  list: runList,
  mark: runMark,
  report: runReport,
  settings: runSettings,
  search: runSearch,
  restore: runRestore,
  extract: runExtract,
  team: async (args, io) => {
    if (args[0] === undefined || args.includes('--help') || args.includes('-h')) return help('team', io);
    const team = await import('./team-commands.ts');
    try {
      return await team.runTeam(args, io);
    } catch (err) {
      throw err instanceof team.TeamUsageError ? new UsageError(err.message, 'team') : err;
    }
  },
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], io: Io = { out: (s) => console.log(s), err: (s) => console.error(s) }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.err(HELP.main!);
      return 2;
    }
    if (command === 'help' || command === '--help' || command === '-h') return help(rest[0] ?? 'main', io);
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`unknown command "${terminalSafe(command)}"`);
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`factcheck: ${terminalSafe(e.message)}\n\n${HELP[e.command && Object.hasOwn(HELP, e.command) ? e.command : 'main']}`);
      return 2;
    }
    // A message written for the user, made safe for the terminal; never a stack trace.
    io.err(`factcheck: ${terminalSafe((e as Error)?.message ?? String(e))}`);
    // An argument the gate refused is a wrong call (2); anything else could not be done (1).
    return e instanceof WorkbenchError && e.code === 'invalid-argument' ? 2 : 1;
  }
}
