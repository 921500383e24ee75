import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_MS, SyncState } from '../../src/main/team/sync-state.ts';
import { tempDir } from './helpers.ts';

describe('the device’s sync record', () => {
  it('is written at once by a checkpoint, then at most once a second for the syncs that follow, and by flush', async () => {
    const dir = await tempDir('sync-state');
    let now = 10_000;
    const state = await SyncState.open(dir, () => now);
    const onDisk = async (): Promise<number> => (JSON.parse(await readFile(join(dir, 'team-sync.json'), 'utf8')) as { lastSeq: number }).lastSeq;
    state.data.lastSeq = 1;
    await state.checkpoint();
    expect(await onDisk()).toBe(1);
    // Syncs within the second: their record waits for one write.
    for (const seq of [2, 3, 4]) {
      state.data.lastSeq = seq;
      await state.checkpoint();
    }
    expect(await onDisk()).toBe(1);
    await state.flush();
    expect(await onDisk()).toBe(4);
    // Flushed: nothing waits, and a later flush writes nothing new.
    await state.flush();
    now += CHECKPOINT_MS;
    state.data.lastSeq = 5;
    await state.checkpoint();
    expect(await onDisk()).toBe(5);
    // A save (connecting) writes at once whatever the clock.
    state.data.lastSeq = 6;
    await state.save();
    expect(await onDisk()).toBe(6);
    const again = await SyncState.open(dir);
    expect(again.data.lastSeq).toBe(6);
  });
});
