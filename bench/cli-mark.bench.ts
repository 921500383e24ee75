import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openLibrary } from '../src/main/owner/library-owner.ts';
import { WorkbenchService } from '../src/main/service/workbench-service.ts';
import { percentile, result, sized, type BenchResult } from './measure.ts';


/** Commands timed on each side. */
const runs = (): number => sized(15, 2);

/** Wall times of `factcheck mark` run as its own process. */
async function markTimes(cli: string, dataDir: string, docId: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs(); i++) {
    const t0 = performance.now();
    // Asynchronous: the app answering the command runs in this very process.
    await promisify(execFile)(process.execPath, [cli, 'mark', '--document', docId, '--claim', String(2 + (i % 5)), '--status', i % 2 ? 'verified' : 'disputed'], { env: { ...process.env, FACTCHECK_DATA_DIR: dataDir } });
    times.push(performance.now() - t0);
  }
  return times;
}

/** `factcheck mark` sent to the running app, beside the same command writing the library itself (no app). */
export async function benchCliMark(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-climark-'));
  try {
    // The CLI as the app ships it (out/main/cli.js; `npm run bench` builds it first).
    const cli = resolve('out/main/cli.js');
    const dataDir = join(dir, 'library');
    const setup = await WorkbenchService.start({ dataDir, seedsDir: resolve('seeds') });
    const docId = (await setup.getLibrary()).documents[0]!.id;
    await setup.flush();
    const alone = await markTimes(cli, dataDir, docId);
    const app = await openLibrary({ dataDir, mustWrite: true, startService: () => WorkbenchService.start({ dataDir, seedsDir: null }) });
    const withApp = await markTimes(cli, dataDir, docId);
    await app.close();
    const median = (t: number[]) => percentile(t, 50);
    return [
      result(`factcheck mark while the app runs (sent to it; median of ${runs()}, process start included)`, 'ms', median(withApp), { name: 'the same mark with no app running (the command writes itself)', value: median(alone) }, 'printed beside it', true),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
