import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WorkbenchService } from '../src/main/service/workbench-service.ts';
import { percentile, result, sized, type BenchResult } from './measure.ts';

/** CPU time (user + system, ms) of one whole process, as the shell's `times` counts its finished children. */
function cpuMs(command: string[], env: NodeJS.ProcessEnv): number {
  const out = execFileSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'bash', ...command], { env, encoding: 'utf8' });
  const children = out.trim().split('\n').at(-1)!;
  const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (seconds.length !== 2) throw new Error(`unexpected output of times: ${children}`);
  return (seconds[0]! + seconds[1]!) * 1000;
}

/**
 * CPU time of `factcheck --help`, `list` and `mark` (no app running: the command writes the library itself),
 * run as users run it (bin/factcheck.js, the README's `npx factcheck`), each beside `node -e 0` measured in
 * the same rounds: medians of 5 after a warm-up.
 */
export async function benchCliStart(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'factcheck-clistart-'));
  try {
    const dataDir = join(dir, 'library');
    const setup = await WorkbenchService.start({ dataDir, seedsDir: resolve('seeds') });
    const docId = (await setup.getLibrary()).documents[0]!.id;
    await setup.flush();
    const env = { ...process.env, FACTCHECK_DATA_DIR: dataDir };
    const cli = [process.execPath, resolve('bin/factcheck.js')];
    const commands: Record<string, string[]> = {
      help: [...cli, '--help'],
      list: [...cli, 'list'],
      mark: [...cli, 'mark', '--document', docId, '--claim', '2', '--status', 'verified'],
      node: [process.execPath, '-e', '0'],
    };
    const times: Record<string, number[]> = { help: [], list: [], mark: [], node: [] };
    const rounds = sized(5, 1);
    // Round 0 warms the disk cache and is not counted; each round runs every command once, so load is shared.
    for (let round = 0; round <= rounds; round++) {
      for (const [name, command] of Object.entries(commands)) {
        const ms = cpuMs(command, env);
        if (round > 0) times[name]!.push(ms);
      }
    }
    const median = (xs: number[]): number => percentile(xs, 50);
    const base = { name: 'node -e 0, same rounds', value: median(times.node!) };
    const row = (label: string, key: string, limit: number): BenchResult => {
      const value = median(times[key]!);
      return result(`${label} (CPU time, median of ${rounds})`, 'ms', value, base, `≤ ${limit}× node -e 0`, value <= limit * base.value);
    };
    return [row('factcheck --help', 'help', 3), row('factcheck list', 'list', 3), row('factcheck mark, no app running', 'mark', 5)];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
