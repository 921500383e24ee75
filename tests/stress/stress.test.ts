import { spawn, type ChildProcess } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/main/owner/library-owner.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { storedDocument, tempDir } from '../unit/helpers.ts';

const CLIS = 4;
/** Marks acknowledged in each phase: 1,000 in all. */
const MARKS_WITH_APP = 600;
const MARKS_ALONE = 400;

/** Processes that keep both cores busy while the test runs (a test that fails under load is a bug found). */
let hogs: ChildProcess[] = [];
/** The CLI child bundled once (esbuild), so a restart after a kill takes a tenth of a second, not a compile. */
const CHILD = resolve('node_modules/.cache/factcheck-stress/child.mjs');
beforeAll(async () => {
  await build({ entryPoints: ['tests/stress/stress-child.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: CHILD, logLevel: 'silent' });
  hogs = [0, 1].map(() => spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' }));
});
afterAll(() => {
  for (const h of hogs) h.kill('SIGKILL');
});

/**
 * Runs CLI processes that mark their own claims until `target` marks were acknowledged in all, killing one at
 * random (SIGKILL) every few hundred milliseconds and starting it again. Returns the acknowledged notes.
 */
async function storm(dataDir: string, docId: string, claimNumbers: number[], target: number, seqBase: number): Promise<{ acked: Set<string>; kills: number }> {
  const acked = new Set<string>();
  const next = claimNumbers.map(() => seqBase);
  const kids: (ChildProcess | null)[] = claimNumbers.map(() => null);
  // A child is killed only once it has acknowledged a mark since it started (a start takes a second under load).
  const warm = claimNumbers.map(() => false);
  let stopping = false;
  let kills = 0;
  const start = (k: number): void => {
    const child = spawn(process.execPath, [CHILD, docId, String(claimNumbers[k]), `w${k}`, String(next[k])], {
      env: { ...process.env, FACTCHECK_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    kids[k] = child;
    warm[k] = false;
    let buffer = '';
    child.stdout!.on('data', (d) => {
      buffer += d;
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, note] = line.split(' ');
        next[k] = Math.max(next[k]!, Number(note!.split('-s')[1]) + 1);
        if (word === 'ack') {
          acked.add(note!);
          warm[k] = true;
        }
      }
    });
    child.on('exit', () => {
      next[k]! += 1;
      if (!stopping) start(k);
    });
  };
  claimNumbers.forEach((_, k) => start(k));
  while (acked.size < target) {
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 600));
    const k = Math.floor(Math.random() * kids.length);
    const victim = kids[k];
    if (warm[k] && victim && victim.exitCode === null && victim.kill('SIGKILL')) kills++;
  }
  stopping = true;
  await Promise.all(kids.map((c) => (c && c.exitCode === null && c.signalCode === null ? new Promise((resolve) => (c.on('exit', resolve), c.kill('SIGKILL'))) : null)));
  return { acked, kills };
}

describe('stress: the app and four CLI processes on one library, with kills, under load', () => {
  it('keeps every acknowledged mark, corrupts no file and leaves nothing behind', { timeout: 600_000 }, async () => {
    const dataDir = await tempDir('stress');
    const app = await openLibrary({ dataDir, mustWrite: true, startService: () => WorkbenchService.start({ dataDir, seedsDir: 'seeds' }) });
    const doc = await app.service!.getDocument((await app.service!.getLibrary()).documents[0]!.id);
    const claims = doc.claims.filter((c) => c.checkworthy);
    const byCli = claims.slice(0, CLIS).map((c) => c.n);
    const byApp = claims.slice(CLIS, CLIS + 3);

    // With the app running: the CLIs' marks are sent to it, while it makes its own.
    let appMarks = 0;
    let appRunning = true;
    const appLoop = (async () => {
      while (appRunning) {
        const c = byApp[appMarks % byApp.length]!;
        await app.service!.editClaim(doc.id, c.id, { kind: 'note', note: `app-${appMarks++}` });
        // The app marks as a person would, a few times a second, beside the CLIs' stream.
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const withApp = await storm(dataDir, doc.id, byCli, MARKS_WITH_APP, 1);
    appRunning = false;
    await appLoop;
    await app.close();

    // Without the app: the CLI processes take turns as the writer, and the writer is among those killed.
    const alone = await storm(dataDir, doc.id, byCli, MARKS_ALONE, 100_000);

    // On disk: the document file with its journal replayed, as the store reads it.
    const file = { document: await storedDocument(dataDir, doc.id) };
    const notes = new Set(file.document.history.map((h) => h.after?.note));
    const acked = [...withApp.acked, ...alone.acked];
    const lost = acked.filter((n) => !notes.has(n));
    expect({ acked: acked.length >= MARKS_WITH_APP + MARKS_ALONE, lost }).toEqual({ acked: true, lost: [] });
    expect(withApp.kills + alone.kills).toBeGreaterThan(10);
    expect(notes.has(`app-${appMarks - 1}`)).toBe(true);

    // A fresh writer sweeps what the killed processes left: no temp or lock files remain, the index reads.
    const again = await openLibrary({ dataDir, startService: () => WorkbenchService.start({ dataDir, seedsDir: null }) });
    expect(again.role).toBe('writer');
    expect((await again.api.getLibrary()).notices.filter((n) => n.level !== 'info')).toEqual([]);
    await again.close();
    const left = [...(await readdir(dataDir)), ...(await readdir(join(dataDir, 'documents')))].filter((n) => n.endsWith('.tmp') || n.includes('.lock') || n.endsWith('.sock'));
    expect(left).toEqual([]);
  });
});
