import { readdir, readFile } from 'node:fs/promises';
import type { ClientBase } from 'pg';

/** The folder of the server schema's versioned SQL files (NNN_name.sql, applied in order, each once). */
const SQL_DIR = new URL('./sql/', import.meta.url);

/** One migration file: its version number and name. */
export interface Migration {
  version: number;
  name: string;
  file: string;
}

/** The schema's migrations, in version order. */
export async function listMigrations(): Promise<Migration[]> {
  const names = (await readdir(SQL_DIR)).filter((n) => /^\d{3}_[a-z0-9_]+\.sql$/.test(n)).sort();
  return names.map((file) => ({ version: Number(file.slice(0, 3)), name: file.slice(4, -4), file }));
}

/** The schema version the server is at (0 when the team schema is not there yet). */
export async function schemaVersion(db: ClientBase): Promise<number> {
  const { rows } = await db.query<{ v: number | null }>(`SELECT CASE WHEN to_regclass('team.schema_version') IS NULL THEN 0 END AS v`);
  if (rows[0]?.v === 0) return 0;
  const found = await db.query<{ v: number | null }>('SELECT max(version) AS v FROM team.schema_version');
  return found.rows[0]?.v ?? 0;
}

/**
 * Brings the server schema up to date, as an administrator (a role that may create roles and schemas).
 * Each file runs in its own transaction with its version row, under an advisory lock, so two
 * administrators migrating at once apply every file exactly once. Returns the versions applied.
 */
export async function migrate(db: ClientBase): Promise<number[]> {
  const applied: number[] = [];
  for (const m of await listMigrations()) {
    await db.query('BEGIN');
    try {
      // Why the lock: the version check and the file must be one step, or two migrators both apply it.
      await db.query('SELECT pg_advisory_xact_lock(74015001)');
      if ((await schemaVersion(db)) >= m.version) {
        await db.query('ROLLBACK');
        continue;
      }
      await db.query(await readFile(new URL(m.file, SQL_DIR), 'utf8'));
      await db.query('RESET ROLE');
      await db.query('INSERT INTO team.schema_version (version, name) VALUES ($1, $2)', [m.version, m.name]);
      await db.query('COMMIT');
      applied.push(m.version);
    } catch (err) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw new Error(`Migration ${m.file} failed: ${(err as Error).message}`, { cause: err });
    }
  }
  return applied;
}
