import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { TeamChange } from '../src/shared/team/change-model.ts';
import { LiveSync } from '../src/main/team/live-sync.ts';
import { TeamServer } from '../src/main/team/team-server.ts';
import { migrated, newDesk, newDevice, readCluster, type Cluster, type Device, type Login } from '../tests/team/server.ts';
import { percentile, result, sized, type BenchResult } from './measure.ts';

const run = promisify(execFile);
/** Change ids are unique across the server: each bench run tags its own. */
const RUN = randomBytes(4).toString('hex');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `n` changes as a device would push them: statuses and notes of 200 claims, then evidence items. */
function changes(tag: string, n: number): TeamChange[] {
  const at = new Date().toISOString();
  return Array.from({ length: n }, (_, i): TeamChange => {
    const base = { id: `${RUN}:${tag}:${i}`, document: `doc-${tag}`, claim: `c${i % 200}`, before: null, base: 0, at };
    if (i >= 400) return { ...base, field: `evidence:${tag}${i}`, value: { url: `https://example.org/${i}`, title: 't', excerpt: '', addedAt: at } };
    return i % 2 ? { ...base, field: 'note', value: `note ${tag} ${i}` } : { ...base, field: 'status', value: 'verified' };
  });
}

/** Median time of pushing 1,000 changes in one call, and one change per call. */
async function pushAndPull(login: Login): Promise<BenchResult[]> {
  const server = await TeamServer.connect(login.settings, login.password);
  const batch: number[] = [];
  const single: number[] = [];
  const pullAll: number[] = [];
  const pullOne: number[] = [];
  // One unmeasured push first, as in every other bench: a connection's first call prepares the function's plans.
  const n = sized(1000, 20);
  await server.push(`bench-${RUN}`, changes('warm', n));
  for (let r = 0; r < sized(5, 1); r++) {
    const list = changes(`b${r}`, n);
    let t0 = performance.now();
    const res = await server.push(`bench-${RUN}`, list);
    batch.push(performance.now() - t0);
    const start = res[0]!.seq - 1;
    if (r < 2) {
      const one = changes(`s${r}`, n);
      t0 = performance.now();
      for (const c of one) await server.push(`bench-${RUN}`, [c]);
      single.push(performance.now() - t0);
    }
    t0 = performance.now();
    const pulled = await server.pull(start, n);
    pullAll.push(performance.now() - t0);
    if (pulled.length !== n) throw new Error(`pulled ${pulled.length}`);
    if (r < 2) {
      t0 = performance.now();
      let after = start;
      for (let i = 0; i < n; i++) after = (await server.pull(after, 1))[0]!.seq;
      pullOne.push(performance.now() - t0);
    }
  }
  await server.close();
  const med = (t: number[]): number => percentile(t, 50);
  return [
    result('team push: 1,000 changes in one call (TLS, scram, median of 5)', 'ms', med(batch), { name: 'one change per round trip', value: med(single) }, '≤ 300 ms', med(batch) <= 300),
    result('team pull: 1,000 changes in one call (median of 5)', 'ms', med(pullAll), { name: 'one change per round trip', value: med(pullOne) }, '≤ 50 ms', med(pullAll) <= 50),
  ];
}

/**
 * 50 reviewers each push an evidence link about once a second while an open library keeps in step; the time from a
 * push's commit to the value being in the observing library (on disk, what its window shows next).
 */
async function visibility(cluster: Cluster, listen: boolean): Promise<number[]> {
  const { logins } = await newDesk(cluster, ['observer', 'publisher', ...Array.from({ length: sized(50, 3) }, (_, i) => `r${i}`)]);
  const publisher = await newDevice(logins[1]!);
  const { id: doc } = await publisher.service.importFile('tests/fixtures/wire-drought.txt');
  await publisher.team.sync();
  const claims = (await publisher.service.getDocument(doc)).claims.map((c) => c.id);
  await publisher.team.close();
  const observer: Device = await newDevice(logins[0]!);
  await observer.team.sync();
  const pushedAt = new Map<string, number>();
  const latencies: number[] = [];
  const seen = new Set<string>();
  const check = async (): Promise<void> => {
    const now = performance.now();
    for (const c of (await observer.service.getDocument(doc)).claims) {
      for (const e of c.evidence) {
        const t = pushedAt.get(e.url);
        if (t !== undefined && !seen.has(e.url)) {
          seen.add(e.url);
          latencies.push(now - t);
        }
      }
    }
  };
  const live = new LiveSync(observer.team, () => void check(), { listen, pollMs: 1000, pushDelayMs: 0 });
  live.start();
  await sleep(500);
  const reviewers = await Promise.all(logins.slice(2).map((l) => TeamServer.connect(l.settings, l.password)));
  const until = performance.now() + sized(12_000, 1_500);
  await Promise.all(
    reviewers.map(async (server, r) => {
      let i = 0;
      const claim = claims[r % claims.length]!;
      await sleep(Math.random() * 1000);
      while (performance.now() < until) {
        // Each push adds an evidence item (its own field): every one stands, so every one must show.
        const url = `https://example.org/r${r}/${i++}`;
        await server.push(`dev-${RUN}-${listen ? 'l' : 'p'}-r${r}`, [{ id: `${RUN}:${listen}:r${r}:${i}`, document: doc, claim, field: `evidence:r${r}x${i}`, before: null, value: { url, title: `r${r}`, excerpt: '', addedAt: new Date().toISOString() }, base: 0, at: new Date().toISOString() }]);
        pushedAt.set(url, performance.now());
        await sleep(800 + Math.random() * 400);
      }
    }),
  );
  await sleep(sized(2_000, 1_000));
  await live.stop();
  await Promise.all(reviewers.map((s) => s.close()));
  await observer.team.close();
  return latencies;
}

/** Team sync through a throwaway PostgreSQL cluster (or FACTCHECK_PG_CONNECTION's). */
export async function benchTeam(): Promise<BenchResult[]> {
  let file = process.env.FACTCHECK_PG_CONNECTION;
  const own = !file;
  if (!file) file = (await run(process.execPath, ['scripts/pg-start.mjs'])).stdout.trim();
  try {
    const cluster = readCluster(file);
    await migrated(cluster);
    const { logins } = await newDesk(cluster, ['bench']);
    const out = await pushAndPull(logins[0]!);
    const live = await visibility(cluster, true);
    const polled = await visibility(cluster, false);
    const p95 = percentile(live, 95);
    out.push(result(`team: a colleague's change visible in an open library, 50 reviewers pushing (p95 of ${live.length})`, 'ms', p95, { name: 'polling once a second, no LISTEN', value: percentile(polled, 95) }, '≤ 1000 ms p95', p95 <= 1000));
    return out;
  } finally {
    if (own) await run(process.execPath, ['scripts/pg-stop.mjs', file]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchTeam()) console.log(`${r.name}: ${r.value} ${r.unit} (baseline ${r.baseline?.value} ${r.unit}, ${r.baseline?.name}) ${r.met ? 'met' : 'MISSED'}`);
  process.exit(0);
}
