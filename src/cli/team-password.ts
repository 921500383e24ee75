import pgpass from 'pgpass';
import { WorkbenchError } from '../shared/errors.ts';
import type { TeamSettings } from '../shared/team/team-settings.ts';

/** Reads a line from the terminal without showing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    process.stderr.write(question);
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (err: Error | null): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(null);
        if (ch === '\u0003') return done(new WorkbenchError('invalid-argument', 'Cancelled.'));
        if (ch === '\u007f') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * The team password for the CLI: from PGPASSFILE (or ~/.pgpass), as psql reads it, else asked in the
 * terminal. Never from an argument, which other users could read in the process list.
 */
export async function teamPassword(settings: TeamSettings): Promise<string> {
  const found = await new Promise<string | undefined>((resolve) => pgpass({ host: settings.host, port: settings.port, database: settings.database, user: settings.user }, resolve));
  if (found !== undefined) return found;
  if (!process.stdin.isTTY) throw new WorkbenchError('invalid-argument', `No password for ${settings.user}@${settings.host}: add a line "${settings.host}:${settings.port}:${settings.database}:${settings.user}:PASSWORD" to the file PGPASSFILE names (or ~/.pgpass, readable by you only), or run the command in a terminal to be asked.`);
  return promptHidden(`Password for ${settings.user}@${settings.host}: `);
}
