import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { parseJournal, replayJournal } from '../../src/main/store/document-journal.ts';
import { tempDir } from './helpers.ts';

const KILLS = 200;

interface Ack {
  claimId: string;
  seq: number;
  entryId: string;
  kind: string;
}

/** Runs the child until it has acknowledged at least one change and a random moment has passed, then SIGKILLs it. */
function runAndKill(script: string, dataDir: string, startSeq: number, random: () => number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, String(startSeq)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, claimId, seq, entryId, kind] = line.split(' ');
        if (word === 'ack') acks.push({ claimId: claimId!, seq: Number(seq), entryId: entryId!, kind: kind! });
        if (!armed && word === 'ack') {
          armed = true;
          // Kill at a random moment: sometimes at once, sometimes in the middle of a burst of writes.
          setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 40));
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timeout);
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed: ${stderr}`));
      else resolve(Object.assign(acks, { killed: true }));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged change through ${KILLS} SIGKILLs`, { timeout: 600_000 }, async () => {
    const dir = await tempDir('crash');
    const script = join(dir, 'child.mjs');
    // Bundled once, so each of the hundreds of child processes starts in milliseconds.
    // CommonJS dependencies bundled into an ES module need a require of their own (pg requires 'events').
    const banner = { js: "import { createRequire as bannerRequire } from 'module'; const require = bannerRequire(import.meta.url);" };
    await build({ entryPoints: ['tests/crash/crash-child.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: script, logLevel: 'silent', banner });
    const dataDir = join(dir, 'data');
    const setup = await WorkbenchService.start({ dataDir, seedsDir: null });
    await setup.importText('Crash test\n\nThe dam held. The river rose 2 metres. Crews worked all night. Power returned at 6 a.m. Schools reopened.', 'anyway');
    const id = (await setup.getLibrary()).documents[0]!.id;

    let seed = 12345;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const acked = new Map<string, number>();
    const entries = new Set<string>();
    let kills = 0;
    let corrupt = 0;
    let lost = 0;
    let seq = 0;
    let acknowledged = 0;
    // Kills after which changes were in the journal only, and the highest record a fold put into the file.
    let journaled = 0;
    let folded = 0;
    for (let i = 0; i < KILLS; i++) {
      const acks = await runAndKill(script, dataDir, seq, random);
      // Counted from how each child ended (by SIGKILL), not from the loop.
      if ((acks as { killed?: boolean }).killed) kills++;
      acknowledged += acks.length;
      for (const a of acks) {
        seq = Math.max(seq, a.seq);
        if (a.kind === 'note') acked.set(a.claimId, Math.max(acked.get(a.claimId) ?? 0, a.seq));
        if (a.entryId !== '-') entries.add(a.entryId);
      }
      seq += 1000; // a killed write may have landed unacknowledged; later runs never reuse its number
      // After every kill: every store file parses, and holds every acknowledged change.
      // The document is its file with its journal replayed, as the store reads it.
      const files = [join(dataDir, 'index.json'), join(dataDir, 'documents', `${id}.json`)];
      let doc: { claims: { id: string; note: string }[]; history: { id: string }[] } | null = null;
      for (const f of files) {
        try {
          const parsed = JSON.parse(await readFile(f, 'utf8'));
          if (!f.endsWith(`${id}.json`)) continue;
          const journal = await readFile(join(dataDir, 'documents', `${id}.journal`), 'utf8').catch(() => '');
          // Every complete line of the journal parses; only a last line cut off by the kill may not.
          if (parseJournal(journal).records.some((r) => (r.seq ?? 0) > (parsed.folded ?? 0))) journaled++;
          folded = Math.max(folded, parsed.folded ?? 0);
          doc = replayJournal(parsed.document, parsed.folded ?? 0, journal).document;
        } catch {
          corrupt++;
        }
      }
      if (!doc) continue;
      const history = new Set(doc.history.map((h) => h.id));
      for (const e of entries) if (!history.has(e)) lost++;
      for (const [claimId, min] of acked) {
        const note = doc.claims.find((c) => c.id === claimId)?.note ?? '';
        if (Number(note.replace('seq ', '')) < min) lost++;
      }
    }
    const damaged = (await readdir(join(dataDir, 'documents'))).filter((n) => n.includes('.damaged-'));
    console.log(`crash test: ${kills} kills, ${journaled} with changes in the journal only, folds up to record ${folded}, ${corrupt} corrupt files, ${lost} lost changes`);
    expect(kills).toBeGreaterThanOrEqual(200);
    // Every run is killed after its first acknowledged change, so at least one change a run was checked.
    expect(acknowledged).toBeGreaterThan(KILLS);
    expect(entries.size).toBeGreaterThan(KILLS / 2);
    // Kills landed both between appends and folds (changes in the journal only) and after folds.
    expect(journaled).toBeGreaterThan(KILLS / 10);
    expect(folded).toBeGreaterThan(0);
    expect(corrupt).toBe(0);
    expect(lost).toBe(0);
    expect(damaged).toEqual([]);
  });
});
