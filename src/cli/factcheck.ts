import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readArticle } from '../main/import/read-article.ts';
import { defaultUserDataDir, resolveDataDir } from '../main/service/data-dir.ts';
import { WorkbenchService } from '../main/service/workbench-service.ts';
import { describeFsError } from '../main/service/fs-errors.ts';
import type { ExtractedUnit } from '../shared/model.ts';
import { EXPORT_FORMATS, type ExportChoices, type ExportFormat } from '../shared/report/report-options.ts';
import { STATUS_INFO, STATUSES, type Status } from '../shared/status.ts';
import { appVersion } from './app-version.ts';

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

const ENV_HELP = `environment:
  FACTCHECK_DATA_DIR   the library folder (default: the app's, ${defaultUserDataDir()}/library)`;

const HELP: Record<string, string> = {
  main: `usage: factcheck <command> [options]

commands:
  import FILE...        import articles (.txt, .md, .html); prints each new document's id
  list                  list the documents, or with --document ID that document's claims
  mark                  set a claim's status (and note)
  report                export a document: Markdown, JSON, CSV or ClaimReview JSON-LD
  search QUERY          search every claim, note, source and evidence title of the library
  extract FILE          show the units the extractor finds in an article, without importing it
  help [COMMAND]        show help for a command

Run "factcheck COMMAND --help" for a command's options.

${ENV_HELP}`,
  import: `usage: factcheck import FILE... [--url URL] [--json]

Imports article files into the library and prints the id of each new document, one per line.
  --url URL    the article's web address (used in reports and ClaimReview); only with one FILE
  --json       print the new documents as JSON

${ENV_HELP}`,
  list: `usage: factcheck list [--document ID] [--json]

Without --document: every document with its id, title and claims by status.
With --document ID: that document's claims with number, status, text, source and whether it is anonymous.
  --json       print JSON for scripts

${ENV_HELP}`,
  mark: `usage: factcheck mark --document ID --claim N --status STATUS [--note TEXT]

Sets claim number N's status; the change is in the document's history and can be undone in the app.
  STATUS       ${STATUSES.join(', ')}
  --note TEXT  also replace the claim's note

${ENV_HELP}`,
  report: `usage: factcheck report --document ID --format md|json|csv|claimreview [--out FILE]
                        [--no-unreviewed] [--dismissed] [--article]

Writes the export to FILE, or to standard output.
  --no-unreviewed   leave out claims still Unreviewed (md, csv)
  --dismissed       add dismissed units (md appendix, csv rows)
  --article         add the full article text (md)

${ENV_HELP}`,
  search: `usage: factcheck search QUERY [--status STATUS] [--document ID] [--from DATE] [--to DATE] [--limit N] [--json]

Prints the claims whose text, source, note or evidence titles hold every word of QUERY, best first:
document id, claim number, status and text.
  --from/--to DATE   documents imported on or after / on or before DATE (YYYY-MM-DD)
  --limit N          at most N results (default 20, at most 200)

${ENV_HELP}`,
  extract: `usage: factcheck extract [--json] FILE

Prints the units the extractor finds: check-worthy claims, then the rest. With --json:
{"title", "claims": [...], "other": [...]}, each unit with text, offsets, score, reasons and attribution.`,
};

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

async function service(): Promise<WorkbenchService> {
  const svc = await WorkbenchService.start({ dataDir: resolveDataDir(defaultUserDataDir()), seedsDir: null, appVersion: appVersion() });
  const fatal = (await svc.getLibrary()).notices.find((n) => n.level === 'error');
  if (fatal) throw new Error(fatal.message);
  return svc;
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
  const { values, positionals } = options('import', args, { url: { type: 'string' }, json: { type: 'boolean' } }, true);
  if (values.help) return help('import', io);
  if (positionals.length === 0) throw new UsageError('import needs at least one FILE', 'import');
  if (values.url && positionals.length > 1) throw new UsageError('--url goes with a single FILE', 'import');
  const svc = await service();
  const outcome = await svc.importPaths(positionals);
  if (values.url && outcome.imported[0]) await svc.setDocumentUrl(outcome.imported[0].id, values.url);
  if (values.json) io.out(JSON.stringify(outcome.imported, null, 2));
  else for (const d of outcome.imported) io.out(d.id);
  for (const e of outcome.errors) io.err(`factcheck: ${e}`);
  await svc.flush();
  return outcome.errors.length ? 1 : 0;
}

async function runList(args: string[], io: Io): Promise<number> {
  const { values } = options('list', args, { document: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return help('list', io);
  const svc = await service();
  if (!values.document) {
    const docs = (await svc.getLibrary()).documents.map((d) => ({ id: d.id, title: d.title, claims: d.claimCount, counts: d.counts }));
    if (values.json) io.out(JSON.stringify(docs, null, 2));
    else for (const d of docs) io.out(`${d.id}\t${d.title}\t${d.claims - d.counts.unreviewed} of ${d.claims} reviewed`);
    return 0;
  }
  const doc = await svc.getDocument(values.document);
  const claims = doc.claims
    .filter((c) => !c.dismissed && (c.checkworthy || c.promoted || c.status !== 'unreviewed'))
    .map((c) => ({ number: c.n, status: c.status, text: c.text, source: c.attribution?.source ?? null, anonymous: c.attribution ? c.attribution.anonymous : null }));
  if (values.json) io.out(JSON.stringify(claims, null, 2));
  else for (const c of claims) io.out(`${c.number}\t${STATUS_INFO[c.status].label}\t${c.text}\t${c.source ?? 'no source'}${c.anonymous ? ' (anonymous)' : ''}`);
  return 0;
}

async function runMark(args: string[], io: Io): Promise<number> {
  const { values } = options('mark', args, { document: { type: 'string' }, claim: { type: 'string' }, status: { type: 'string' }, note: { type: 'string' } });
  if (values.help) return help('mark', io);
  const documentId = need(values.document, '--document ID', 'mark');
  const n = Number(need(values.claim, '--claim N', 'mark'));
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--claim takes a claim number (1, 2, ...), not "${values.claim}"`, 'mark');
  const status = parseStatus(need(values.status, '--status STATUS', 'mark'));
  const svc = await service();
  const claim = (await svc.getDocument(documentId)).claims.find((c) => c.n === n);
  if (!claim) throw new Error(`document ${documentId} has no claim ${n} (see: factcheck list --document ${documentId})`);
  await svc.editClaim(documentId, claim.id, { kind: 'status', status });
  if (values.note !== undefined) await svc.editClaim(documentId, claim.id, { kind: 'note', note: values.note });
  await svc.flush();
  io.out(`claim ${n}: ${STATUS_INFO[status].label}${values.note !== undefined ? ' (note saved)' : ''}`);
  return 0;
}

async function runReport(args: string[], io: Io): Promise<number> {
  const { values } = options('report', args, {
    document: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'no-unreviewed': { type: 'boolean' },
    dismissed: { type: 'boolean' },
    article: { type: 'boolean' },
  });
  if (values.help) return help('report', io);
  const documentId = need(values.document, '--document ID', 'report');
  const word = need(values.format, '--format md|json|csv|claimreview', 'report');
  const format = FORMATS[word.toLowerCase()];
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${word}"; use md, json, csv or claimreview`, 'report');
  const choices: ExportChoices = { format, includeUnreviewed: !values['no-unreviewed'], includeDismissed: !!values.dismissed, includeArticle: !!values.article };
  const svc = await service();
  if (values.out) {
    await svc.writeExport(documentId, choices, values.out);
    io.err(`written to ${values.out}`);
  } else io.out((await svc.renderExport(documentId, choices)).replace(/\n$/, ''));
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
  const svc = await service();
  const results = await svc.searchLibrary({
    text,
    limit,
    ...(values.status ? { status: parseStatus(values.status, 'search') } : {}),
    ...(values.document ? { documentId: values.document } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  });
  if (values.json) io.out(JSON.stringify(results, null, 2));
  else for (const r of results) io.out(`${r.documentId}\t${r.n}\t${STATUS_INFO[r.status].label}\t${r.text}`);
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
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new Error(`cannot read ${file}: ${describeFsError(err)}`);
  }
  const result = readArticle(basename(file), bytes);
  const claims = result.units.filter((u) => u.checkworthy).map(printable);
  const other = result.units.filter((u) => !u.checkworthy).map(printable);
  if (values.json) {
    io.out(JSON.stringify({ title: result.title, claims, other }, null, 2));
    return 0;
  }
  io.out(`${result.title}\n${claims.length} check-worthy claims, ${other.length} other units\n`);
  claims.forEach((c, i) => {
    const src = c.attribution ? `${c.attribution.source} (${c.attribution.anonymous ? 'anonymous' : 'named'})` : 'no source';
    io.out(`${i + 1}. ${c.text}\n   source: ${src}; score ${c.score} [${c.reasons.join(', ')}]`);
  });
  return 0;
}

function help(command: string, io: Io): number {
  io.out(HELP[command] ?? HELP.main!);
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  import: runImport,
  list: runList,
  mark: runMark,
  report: runReport,
  search: runSearch,
  extract: runExtract,
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
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`factcheck: ${e.message}\n\n${HELP[e.command ?? 'main']}`);
      return 2;
    }
    io.err(`factcheck: ${(e as Error).message}`);
    return 1;
  }
}
