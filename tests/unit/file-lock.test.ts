import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockFile, lockPathFor } from '../../src/main/store/file-lock.ts';
import { tempDir } from './helpers.ts';

describe('lockFile', () => {
  it('lets one holder at a time change a file; the next waits until it is released', async () => {
    const file = join(await tempDir('lock'), 'doc.json');
    const order: string[] = [];
    const first = await lockFile(file);
    const second = lockFile(file).then((release) => {
      order.push('second has it');
      return release();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    order.push('first lets go');
    await first();
    await second;
    expect(order).toEqual(['first lets go', 'second has it']);
    expect(await readdir(join(file, '..'))).toEqual([]);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const file = join(await tempDir('lock'), 'doc.json');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    await writeFile(lockPathFor(file), String(gone));
    const release = await lockFile(file);
    expect(await readFile(lockPathFor(file), 'utf8')).toBe(String(process.pid));
    await release();
  });

  it('waits on an empty lock (its owner is writing its id), and takes it over once it is old', async () => {
    const file = join(await tempDir('lock'), 'doc.json');
    await writeFile(lockPathFor(file), '');
    await expect(lockFile(file, 200)).rejects.toThrow(/being changed by another program/);
    const old = new Date(Date.now() - 5_000);
    await utimes(lockPathFor(file), old, old);
    const release = await lockFile(file, 200);
    expect(await readFile(lockPathFor(file), 'utf8')).toBe(String(process.pid));
    await release();
  });

  it('waits for a lock a running process holds, then says who holds it', async () => {
    const file = join(await tempDir('lock'), 'doc.json');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await writeFile(lockPathFor(file), String(other.pid));
      await expect(lockFile(file, 300)).rejects.toThrow(/doc\.json is being changed by another program .*nothing was changed/);
      expect(await readFile(lockPathFor(file), 'utf8')).toBe(String(other.pid));
    } finally {
      other.kill();
    }
  });
});
