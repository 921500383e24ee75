import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = resolve('.');
let copy = '';

// A checkout of its own, so building it never touches the build the other tests run.
beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'build-cli-'));
  for (const dir of ['bin', 'scripts', 'src', 'seeds', 'package.json']) await cp(join(repo, dir), join(copy, dir), { recursive: true });
  await symlink(join(repo, 'node_modules'), join(copy, 'node_modules'));
}, 60_000);

afterAll(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

/** Runs `factcheck extract --json` on the seed article in the copy; resolves to its exit code, output and errors. */
async function extractSeed(): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/factcheck.js', 'extract', '--json', 'seeds/biden-ukraine-strikes.txt'], { cwd: copy, maxBuffer: 1 << 26 });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, out: err.stdout ?? '', err: err.stderr ?? '' };
  }
}

describe('building the factcheck command', () => {
  it('leaves a build that is already current in place, so a command running from it keeps its files', async () => {
    await run(process.execPath, ['scripts/build-cli.mjs'], { cwd: copy });
    // A file only this build has: swapped away, it would be gone.
    await writeFile(join(copy, 'out/cli/still-here'), 'x');
    await run(process.execPath, ['scripts/build-cli.mjs'], { cwd: copy });
    expect(await readFile(join(copy, 'out/cli/still-here'), 'utf8')).toBe('x');
  }, 120_000);

  it('runs several commands started at once after a change, each to the end, with no half-swapped build', async () => {
    for (let round = 0; round < 3; round++) {
      await rm(join(copy, 'out'), { recursive: true, force: true });
      const results = await Promise.all([extractSeed(), extractSeed(), extractSeed(), extractSeed()]);
      for (const r of results) {
        expect(r.err).not.toMatch(/ENOENT|Cannot find/);
        expect(r.code).toBe(0);
        expect((JSON.parse(r.out) as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
      }
    }
  }, 240_000);
});
