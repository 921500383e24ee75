// The observing library of the team growth bench, in a process of its own so that its memory is its own:
// it keeps one document in step with the desk (LiveSync, LISTEN), tells the bench when each evidence link
// shows in its library, and answers the bench's samples (the document's size on disk, its history, RSS).
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LiveSync } from '../src/main/team/live-sync.ts';
import { newDevice, type Login } from '../tests/team/server.ts';

/** What the bench sends: the login and document to start with, a request for a sample, or stop. */
export type ToObserver = { start: { login: Login; doc: string } } | { sample: number } | { stop: true };

/** One sample of the observed document and the observer's process. */
export interface ObserverSample {
  /** The document file plus its journal, in bytes. */
  bytes: number;
  file: number;
  journal: number;
  history: number;
  evidence: number;
  rss: number;
  heapUsed: number;
  /** CPU time the observer used so far (user and system), in ms. */
  cpu: number;
}

/** What the observer sends: ready (with its library folder), links seen ([url, Date.now()]), a sample (answering its number), or stopped. */
export type FromObserver = { ready: string } | { seen: Array<[string, number]> } | { sample: number; value: ObserverSample } | { stopped: true };

const send = (m: FromObserver): void => void process.send!(m);

const size = async (path: string): Promise<number> => (await stat(path).catch(() => null))?.size ?? 0;

process.on('message', (m: ToObserver) => {
  if ('start' in m) void start(m.start.login, m.start.doc);
});

async function start(login: Login, doc: string): Promise<void> {
  const device = await newDevice(login);
  const service = device.service;
  await device.team.sync();
  const file = join(device.dataDir, 'documents', `${doc}.json`);
  // Evidence only ever joins the end of a claim's list in this run: each check looks at what is new.
  const looked = new Map<string, number>();
  let checking = false;
  let again = false;
  const check = async (): Promise<void> => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    try {
      do {
        again = false;
        const claims = (await service.getDocument(doc)).claims;
        const now = Date.now();
        const seen: Array<[string, number]> = [];
        for (const c of claims) {
          const from = looked.get(c.id) ?? 0;
          for (let i = from > c.evidence.length ? 0 : from; i < c.evidence.length; i++) seen.push([c.evidence[i]!.url, now]);
          looked.set(c.id, c.evidence.length);
        }
        if (seen.length) send({ seen });
      } while (again);
    } finally {
      checking = false;
    }
  };
  const live = new LiveSync(device.team, (event) => void (event === 'pulled' ? check() : undefined), { listen: true, pollMs: 1000, pushDelayMs: 0 });
  live.start();
  process.removeAllListeners('message');
  process.on('message', (m: ToObserver) => {
    if ('sample' in m) {
      void (async () => {
        const d = await service.getDocument(doc);
        const [f, j] = await Promise.all([size(file), size(file.replace(/\.json$/, '.journal'))]);
        const mem = process.memoryUsage();
        const used = process.cpuUsage();
        const evidence = d.claims.reduce((n, c) => n + c.evidence.length, 0);
        send({ sample: m.sample, value: { bytes: f + j, file: f, journal: j, history: d.history.length, evidence, rss: mem.rss, heapUsed: mem.heapUsed, cpu: (used.user + used.system) / 1000 } });
      })();
    } else if ('stop' in m) {
      void (async () => {
        await live.stop();
        await device.team.close();
        await service.flush();
        // It exits on its own (a profile asked for with --cpu-prof is written then).
        process.send!({ stopped: true } satisfies FromObserver, () => process.exit(0));
      })();
    }
  });
  send({ ready: device.dataDir });
}
