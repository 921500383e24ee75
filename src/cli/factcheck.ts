import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readArticle } from '../main/import/read-article.ts';
import type { ExtractedUnit } from '../shared/model.ts';

const USAGE = `usage: factcheck <command> [options]

commands:
  extract [--json] FILE   list the units of an article: check-worthy claims, then the rest
  help                    show this help

environment:
  FACTCHECK_DATA_DIR      the library folder the app and CLI share`;

/** A unit as printed: everything the app stores about it. */
function printable(u: ExtractedUnit): ExtractedUnit {
  return { text: u.text, start: u.start, end: u.end, kind: u.kind, checkworthy: u.checkworthy, score: u.score, reasons: u.reasons, attribution: u.attribution };
}

async function extract(args: string[], out: (s: string) => void): Promise<number> {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0) throw new UsageError(`unknown option ${unknown[0]} for extract`);
  if (files.length !== 1) throw new UsageError('extract takes exactly one FILE');
  const file = files[0]!;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const result = readArticle(basename(file), bytes);
  const claims = result.units.filter((u) => u.checkworthy).map(printable);
  const other = result.units.filter((u) => !u.checkworthy).map(printable);
  if (json) {
    out(JSON.stringify({ title: result.title, claims, other }, null, 2));
    return 0;
  }
  out(`${result.title}\n${claims.length} check-worthy claims, ${other.length} other units\n`);
  claims.forEach((c, i) => {
    const src = c.attribution ? `${c.attribution.source} (${c.attribution.anonymous ? 'anonymous' : 'named'})` : 'no source';
    out(`${i + 1}. ${c.text}\n   source: ${src}; score ${c.score} [${c.reasons.join(', ')}]`);
  });
  return 0;
}

/** A mistake in how the command was called; answered with the usage text and exit code 2. */
class UsageError extends Error {}

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], out = (s: string): void => console.log(s), err = (s: string): void => console.error(s)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'extract':
        return await extract(rest, out);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`factcheck: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    err(`factcheck: ${(e as Error).message}`);
    return 1;
  }
}
