import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const run = promisify(execFile);

async function factcheck(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/factcheck.js', ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('factcheck CLI', () => {
  it('extract --json prints claims and other units with offsets, scores and attributions', async () => {
    const { code, stdout } = await factcheck('extract', '--json', 'seeds/biden-ukraine-strikes.txt');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Array.isArray(out.claims)).toBe(true);
    expect(Array.isArray(out.other)).toBe(true);
    expect(out.claims.length).toBeGreaterThan(5);
    for (const c of [...out.claims, ...out.other]) {
      expect(typeof c.text).toBe('string');
      expect(c.end).toBeGreaterThan(c.start);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      expect(Array.isArray(c.reasons)).toBe(true);
      if (c.attribution) expect(typeof c.attribution.anonymous).toBe('boolean');
    }
    for (const c of out.claims) expect(c.checkworthy).toBe(true);
    for (const c of out.other) expect(c.checkworthy).toBe(false);
  });

  it('fails clearly on a missing file, a binary file and bad usage', async () => {
    const missing = await factcheck('extract', '--json', 'no/such/file.txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read no\/such\/file\.txt/);

    const bin = join(await tempDir('cli'), 'x.txt');
    await writeFile(bin, Buffer.from([0, 159, 146, 150]));
    const binary = await factcheck('extract', bin);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/x\.txt.*not a text file/);

    const usage = await factcheck('extract');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: factcheck/);
    expect((await factcheck('frobnicate')).code).toBe(2);
  });
});
