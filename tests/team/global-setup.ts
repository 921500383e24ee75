import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);

declare module 'vitest' {
  export interface ProvidedContext {
    /** connection.json of the throwaway PostgreSQL cluster the team tests use. */
    pgConnection: string;
  }
}

/** Starts a throwaway cluster for the run (or uses FACTCHECK_PG_CONNECTION's) and stops it at the end. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.FACTCHECK_PG_CONNECTION;
  if (given) {
    project.provide('pgConnection', given);
    return async () => undefined;
  }
  const { stdout } = await run(process.execPath, ['scripts/pg-start.mjs']);
  const file = stdout.trim();
  project.provide('pgConnection', file);
  return async () => {
    await run(process.execPath, ['scripts/pg-stop.mjs', file]);
  };
}
