import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives a test run one temp folder of its own, for every store, page and profile its tests make, and removes it
 * after the run: no run leaves `factcheck-*` folders behind in the system's temp folder. Set as TMPDIR, so the
 * tests' own processes (the CLI, PostgreSQL, Chromium) write under it too.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'factcheck-tests-'));
  // The team tests run PostgreSQL as its own user, which must reach its cluster's folder inside this one.
  chmodSync(root, 0o755);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
