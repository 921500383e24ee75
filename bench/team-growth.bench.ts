// The team growth bench (npm run bench:team-growth): reviewers each add an evidence link to the desk's
// article about once a second for ten minutes while an observing library keeps in step. It measures the
// observed document at the start and at the end of the run, from the same run: its size on disk (file plus
// journal), its history, the p95 time for a colleague's change to show there, and the observer's memory.
// Flags: --minutes N (default 10), --reviewers N (default 50); or FACTCHECK_GROWTH_MINUTES / _REVIEWERS.
import { execFile, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { promisify } from 'node:util';
import { TeamServer } from '../src/main/team/team-server.ts';
import { migrated, newDesk, newDevice, readCluster } from '../tests/team/server.ts';
import { percentile } from './measure.ts';
import type { FromObserver, ObserverSample, ToObserver } from './team-growth-observer.ts';

const run = promisify(execFile);
const RUN = randomBytes(4).toString('hex');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function option(flag: string, env: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  const raw = at >= 0 ? process.argv[at + 1] : process.env[env];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} wants a positive number, not ${raw}`);
  return n;
}

/** A sample taken at `t` ms after the reviewers started. */
interface Sample extends ObserverSample {
  t: number;
}

/** The figures of one window of the run (the first minute or the last). */
interface Window {
  from: number;
  to: number;
  /** The sample at the window's end, and at its start. */
  end: Sample;
  start: Sample;
  p95: number;
  shown: number;
  notShown: number;
  /** Bytes the document gained per change applied in the window. */
  bytesPerChange: number;
  /** The observer's CPU time per change applied in the window (ms): its work, whatever else the machine runs. */
  cpuPerChange: number;
}

async function main(): Promise<void> {
  const minutes = option('--minutes', 'FACTCHECK_GROWTH_MINUTES', 10);
  const reviewerCount = Math.round(option('--reviewers', 'FACTCHECK_GROWTH_REVIEWERS', 50));
  const runMs = minutes * 60_000;
  // The first and the last minute; a run shorter than three minutes compares its first and last thirds.
  const windowMs = Math.min(60_000, runMs / 3);
  const load = [loadavg()];
  let file = process.env.FACTCHECK_PG_CONNECTION;
  const own = !file;
  if (!file) file = (await run(process.execPath, ['scripts/pg-start.mjs'])).stdout.trim();
  // The libraries this run makes in the temp folder (the observer's is large on an old version): removed at the end.
  const folders: string[] = [];
  const observer = fork('bench/team-growth-observer.ts', [], { execArgv: ['--import', 'tsx', ...(process.env.PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF}`] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const cluster = readCluster(file);
    await migrated(cluster);
    const { logins } = await newDesk(cluster, ['observer', 'publisher', ...Array.from({ length: reviewerCount }, (_, i) => `r${i}`)]);
    const publisher = await newDevice(logins[1]!);
    folders.push(publisher.dataDir);
    const { id: doc } = await publisher.service.importFile('tests/fixtures/wire-drought.txt');
    await publisher.team.sync();
    const claims = (await publisher.service.getDocument(doc)).claims.map((c) => c.id);
    await publisher.team.close();
    await publisher.service.flush();

    let t0 = Date.now();
    const seenAt = new Map<string, number>();
    const pushedAt = new Map<string, number>();
    const samples = new Map<number, (s: ObserverSample) => void>();
    let ready: () => void = () => undefined;
    let stopped: () => void = () => undefined;
    const isReady = new Promise<void>((r) => (ready = r));
    const isStopped = new Promise<void>((r) => (stopped = r));
    observer.on('message', (m: FromObserver) => {
      if ('ready' in m) {
        folders.push(m.ready);
        ready();
      }
      else if ('seen' in m) for (const [url, t] of m.seen) seenAt.set(url, t);
      else if ('sample' in m) samples.get(m.sample)?.(m.value);
      else if ('stopped' in m) stopped();
    });
    // An observer that dies (out of memory, say) is reported, and every figure it would have given is n/a.
    const DEAD: ObserverSample = { bytes: NaN, file: NaN, journal: NaN, history: NaN, evidence: NaN, rss: NaN, heapUsed: NaN, cpu: NaN };
    let died: string | null = null;
    let stopping = false;
    observer.on('exit', (code, signal) => {
      if (stopping) return;
      died = `the observer exited (${signal ?? `code ${code}`})`;
      console.log(`  ${died} at ${((Date.now() - t0) / 60_000).toFixed(2)} min`);
      for (const resolve of [...samples.values()]) resolve(DEAD);
      stopped();
    });
    const tell = (m: ToObserver): void => {
      if (observer.connected) observer.send(m);
      else if ('sample' in m) samples.get(m.sample)?.(DEAD);
    };
    tell({ start: { login: logins[0]!, doc } });
    await isReady;
    let sampleNo = 0;
    const sample = (t: number): Promise<Sample> =>
      new Promise((resolve) => {
        const n = ++sampleNo;
        samples.set(n, (s) => {
          samples.delete(n);
          resolve({ ...s, t });
        });
        tell({ sample: n });
      });

    const reviewers = await Promise.all(logins.slice(2).map((l) => TeamServer.connect(l.settings, l.password)));
    console.log(`${reviewerCount} reviewers adding evidence about once a second each for ${minutes} min to an article of ${claims.length} claims; windows of ${windowMs / 1000} s`);
    t0 = Date.now();
    const taken: Sample[] = [await sample(0)];
    const until = t0 + runMs;
    let pushes = 0;
    let failed = 0;
    // Samples every 5 s, and at the edges of the two windows.
    const dues = [...new Set([...Array.from({ length: Math.floor(runMs / 5_000) }, (_, i) => (i + 1) * 5_000), windowMs, runMs - windowMs, runMs])].sort((a, b) => a - b);
    const sampler = (async () => {
      for (const due of dues) {
        await sleep(Math.max(0, t0 + due - Date.now()));
        const s = await sample(due);
        taken.push(s);
        if (due % 60_000 === 0 || due === windowMs || due === runMs) console.log(`  ${(due / 60_000).toFixed(2)} min: ${mb(s.bytes)} MB on disk (file ${mb(s.file)}, journal ${mb(s.journal)}), ${s.history} history entries, ${s.evidence} evidence links, observer RSS ${mb(s.rss)} MB, load ${loadavg()[0]!.toFixed(2)}`);
      }
    })();
    await Promise.all(
      reviewers.map(async (server, r) => {
        let i = 0;
        const claim = claims[r % claims.length]!;
        await sleep(Math.random() * 1000);
        while (Date.now() < until) {
          // Each push adds an evidence item (its own field): every one stands, so every one must show.
          const url = `https://example.org/r${r}/${i++}`;
          const at = new Date().toISOString();
          try {
            await server.push(`dev-${RUN}-r${r}`, [{ id: `${RUN}:r${r}:${i}`, document: doc, claim, field: `evidence:r${r}x${i}`, before: null, value: { url, title: `r${r}`, excerpt: '', addedAt: at }, base: 0, at }]);
            pushedAt.set(url, Date.now() - t0);
            pushes++;
          } catch {
            failed++;
          }
          await sleep(800 + Math.random() * 400);
        }
      }),
    );
    await sampler;
    load.push(loadavg());
    // The last changes get a moment to show; one not shown by then counts as never shown.
    for (let w = 0; w < 100 && !died && [...pushedAt.keys()].some((u) => !seenAt.has(u)); w++) await sleep(100);
    const missing = [...pushedAt.keys()].filter((u) => !seenAt.has(u)).length;
    await Promise.all(reviewers.map((s) => s.close()));
    const gaveUp = Date.now() - t0;
    stopping = true;
    const exited = new Promise((r) => observer.once('exit', r));
    tell({ stop: true });
    await isStopped;
    await Promise.race([exited, sleep(10_000)]);

    const at = (t: number): Sample => taken.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best));
    const window = (from: number, to: number): Window => {
      const lat: number[] = [];
      let notShown = 0;
      for (const [url, pushed] of pushedAt) {
        if (pushed < from || pushed >= to) continue;
        const seen = seenAt.get(url);
        // One never shown counts with the time it was waited for: the p95 is then a lower bound.
        if (seen === undefined) notShown++;
        lat.push(seen === undefined ? gaveUp - pushed : Math.max(0, seen - t0 - pushed));
      }
      const start = at(from);
      const end = at(to);
      return { from, to, start, end, p95: percentile(lat, 95), shown: lat.length - notShown, notShown, bytesPerChange: end.history > start.history ? (end.bytes - start.bytes) / (end.history - start.history) : NaN, cpuPerChange: end.history > start.history ? (end.cpu - start.cpu) / (end.history - start.history) : NaN };
    };
    // The trend between the two windows: the p95 of each minute (or window) of the run.
    const steps = Array.from({ length: Math.ceil(runMs / windowMs) }, (_, i) => window(i * windowMs, Math.min(runMs, (i + 1) * windowMs)));
    console.log(`  p95 by ${windowMs / 1000} s: ${steps.map((w) => fmt(w.p95)).join(', ')} ms`);
    const first = window(0, windowMs);
    const last = window(runMs - windowMs, runMs);
    const label = (w: Window): string => `${(w.to / 60_000).toFixed(w.to % 60_000 ? 2 : 0)} min`;
    const rows: Array<[string, string, string, number, number]> = [
      ['document on disk (file + journal)', 'MB', 'at the window’s end', first.end.bytes / 2 ** 20, last.end.bytes / 2 ** 20],
      ['bytes the document gained per change', 'B', 'over the window', first.bytesPerChange, last.bytesPerChange],
      ['history entries', '', 'at the window’s end', first.end.history, last.end.history],
      ['observer CPU time per change', 'ms', 'over the window', first.cpuPerChange, last.cpuPerChange],
      ['p95 time for a change to show', 'ms', `pushed in the window (${first.shown} / ${last.shown} shown${first.notShown + last.notShown ? `, ${first.notShown} / ${last.notShown} never` : ''})`, first.p95, last.p95],
      ['observer RSS', 'MB', 'at the window’s end', first.end.rss / 2 ** 20, last.end.rss / 2 ** 20],
    ];
    console.log(`\n${pushes} changes pushed (${failed} failed), ${missing} never shown${died ? ` (${died})` : ''}; load average ${load.map((l) => l.map((x) => x.toFixed(2)).join(' ')).join(' → ')}`);
    const header = ['figure', 'measured', `first (${label(first)})`, `last (${label(last)})`, 'end/start', 'end ≤ 1.5× start'];
    const cells = rows.map(([name, unit, how, a, b]) => [name, how, `${fmt(a)} ${unit}`.trim(), `${fmt(b)} ${unit}`.trim(), Number.isNaN(a / b) ? 'n/a' : `${(b / a).toFixed(2)}×`, b <= 1.5 * a ? 'met' : 'MISSED']);
    const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (c: string[]): string => c.map((x, i) => x.padEnd(widths[i]!)).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const c of cells) console.log(line(c));
  } finally {
    if (observer.connected) observer.kill();
    for (const f of folders) await rm(f, { recursive: true, force: true });
    if (own) await run(process.execPath, ['scripts/pg-stop.mjs', file]);
  }
}

const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(2);
const fmt = (x: number): string => (Number.isNaN(x) ? 'n/a' : Number.isInteger(x) || x >= 100 ? x.toFixed(0) : x.toFixed(2));

await main();
process.exit(0);
