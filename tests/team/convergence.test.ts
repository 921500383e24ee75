// Convergence of the team sync: three reviewers of one desk, each a library in its own process with live sync
// as the app runs it, make random edits on one article while their processes are killed outright (SIGKILL) and
// started again on the same folder, and the server is restarted hard. Once edits stop and every library is
// quiet, each must hold exactly what the server holds, field by field, and every edit a library acknowledged
// (on disk) must be on the desk's log. Random but seeded: the seed is printed; FACTCHECK_SEED=<seed> replays
// the same plan and edits (the timing between processes still varies from run to run).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { sameValue, type AddedClaimValue } from '../../src/shared/team/change-model.ts';
import type { Claim, FactDocument } from '../../src/shared/model.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { adminClient, newDesk, newDevice, startServer, stopServer, teamSuite, type Login } from './server.ts';
import { seeded } from './random.ts';

const { cluster } = teamSuite();

/** How long the reviewers edit (FACTCHECK_CONVERGENCE_MS overrides), and how many kills and server restarts happen meanwhile. */
const EDIT_MS = Math.max(6_000, Number(process.env.FACTCHECK_CONVERGENCE_MS ?? 25_000));
const KILLS = 7;
const SERVER_RESTARTS = 3;
/** How long any one wait (a child starting, stopping, the desk going quiet) may take before the test fails with what it saw. */
const WAIT_MS = 90_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** An edit a library said is on disk: the change id it must have on the desk's log, and its value. */
interface Ack {
  entry: string;
  claim: string;
  field: string;
  value: unknown;
  /** How long the reviewer paused before making it (ms). */
  after: number;
}

interface SyncLine {
  lastSeq: number;
  waiting: number;
  state: string;
}

/** One reviewer's library: a folder, and the child process that has it open now (killed and started again). */
class Library {
  readonly acks: Ack[] = [];
  readonly errors: string[] = [];
  stderr = '';
  runs = 0;
  stopped = false;
  sync: SyncLine | null = null;
  bye = false;
  #child: ChildProcess | null = null;
  #closed: Promise<void> = Promise.resolve();
  #killOn: ((ack: Ack) => boolean) | null = null;

  constructor(readonly name: string, readonly dir: string, readonly device: string, readonly login: Login, readonly doc: string, readonly seed: string) {}

  /** Starts the library's process: editing, or (once edits have stopped) only syncing. */
  start(mode: 'edit' | 'settle'): void {
    this.runs++;
    this.stopped = false;
    this.sync = null;
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/team/convergence-child.ts', this.dir, this.login.password, this.doc, `${this.seed}:${this.name}:${this.runs}`, mode], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child = child;
    child.stdin!.on('error', () => undefined);
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => this.#read(line));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const read = new Promise<void>((resolve) => lines.once('close', () => resolve()));
    this.#closed = Promise.all([exited, read]).then(() => undefined);
  }

  #read(line: string): void {
    const space = line.indexOf(' ');
    const kind = line.slice(0, space);
    const data = JSON.parse(line.slice(space + 1)) as unknown;
    if (kind === 'ack') {
      this.acks.push(data as Ack);
      // Killed the moment the edit is on disk: before live sync pushes it, and before the library index is written.
      if (this.#killOn?.(data as Ack)) {
        this.#killOn = null;
        this.#child?.kill('SIGKILL');
      }
    }
    else if (kind === 'error') this.errors.push((data as { message: string }).message);
    else if (kind === 'stopped') this.stopped = true;
    else if (kind === 'status') this.sync = data as SyncLine;
    else if (kind === 'bye') this.bye = true;
  }

  /** Kills the process outright (SIGKILL) and waits until it is gone and all it printed is read. */
  async kill(): Promise<void> {
    this.#child?.kill('SIGKILL');
    await this.#closed;
  }

  /** Kills the process outright as soon as it acknowledges an edit that `which` picks (or after `timeout` ms, if none comes). */
  async killOnAck(which: (ack: Ack) => boolean, timeout: number): Promise<void> {
    this.#killOn = which;
    const timer = setTimeout(() => this.#child?.kill('SIGKILL'), timeout);
    await this.#closed;
    clearTimeout(timer);
    this.#killOn = null;
  }

  send(line: string): void {
    this.#child?.stdin!.write(`${line}\n`);
  }

  /** Waits until the process ends (after "exit"). */
  closed(): Promise<void> {
    return this.#closed;
  }

  get exitCode(): number | null {
    return this.#child?.exitCode ?? null;
  }
}

/** Polls `ready` until it is true; after `timeout` fails with what `explain` says. */
async function waitFor(what: string, ready: () => boolean | Promise<boolean>, explain: () => string, timeout = WAIT_MS): Promise<void> {
  const until = Date.now() + timeout;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}:\n${explain()}`);
    await sleep(200);
  }
}

/** A claim as it syncs, compared field by field: its place in the text, its marks, the source and every evidence item. */
interface ClaimView {
  text: string;
  start: number;
  end: number;
  status: string;
  note: string;
  dismissed: boolean;
  promoted: boolean;
  /** A source corrected by hand (what syncs), or the extractor's reading (the same on every device). */
  attribution: { edited: boolean; value: { source: string; anonymous: boolean } | null };
  evidence: { id: string; url: string; title: string; excerpt: string; addedAt: string }[];
}

const source = (a: { source: string; anonymous: boolean } | null | undefined): { source: string; anonymous: boolean } | null => (a ? { source: a.source, anonymous: a.anonymous } : null);

/** A library's claim as a view. */
function libraryView(c: Claim): ClaimView {
  return {
    text: c.text,
    start: c.start,
    end: c.end,
    status: c.status,
    note: c.note,
    dismissed: c.dismissed,
    promoted: c.promoted,
    attribution: { edited: c.attributionEdited, value: source(c.attribution) },
    evidence: c.evidence.map((e) => ({ id: e.id, url: e.url, title: e.title, excerpt: e.excerpt, addedAt: e.addedAt })).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

type FieldRow = { claim_id: string; field: string; value: unknown };

/** The claims as the server holds them: the published article's, then the claims added by hand, each with every field the desk changed. */
function serverViews(body: Pick<FactDocument, 'claims'>, fields: readonly FieldRow[]): Map<string, ClaimView> {
  const views = new Map<string, ClaimView>();
  for (const c of body.claims) views.set(c.id, libraryView(c));
  for (const f of fields.filter((r) => r.field === 'claim')) {
    const v = f.value as AddedClaimValue;
    views.set(f.claim_id, { text: v.text, start: v.start, end: v.end, status: 'unreviewed', note: '', dismissed: false, promoted: v.promoted, attribution: { edited: false, value: source(v.attribution) }, evidence: [] });
  }
  for (const f of fields) {
    if (f.field === 'claim' || f.field === 'document') continue;
    const view = views.get(f.claim_id);
    if (!view) {
      // A field of a claim the server does not know: no library can show it either.
      views.set(f.claim_id, { text: `(unknown claim; field ${f.field})`, start: -1, end: -1, status: '', note: '', dismissed: false, promoted: false, attribution: { edited: false, value: null }, evidence: [] });
      continue;
    }
    if (f.field === 'status') view.status = f.value as string;
    else if (f.field === 'note') view.note = f.value as string;
    else if (f.field === 'dismissed') view.dismissed = f.value as boolean;
    else if (f.field === 'promoted') view.promoted = f.value as boolean;
    else if (f.field === 'attribution') view.attribution = { edited: true, value: source(f.value as { source: string; anonymous: boolean } | null) };
    else if (f.field.startsWith('evidence:')) {
      const id = f.field.slice('evidence:'.length);
      view.evidence = view.evidence.filter((e) => e.id !== id);
      const v = f.value as { url: string; title: string; excerpt: string; addedAt: string } | null;
      if (v) view.evidence.push({ id, url: v.url, title: v.title, excerpt: v.excerpt, addedAt: v.addedAt });
      view.evidence.sort((a, b) => a.id.localeCompare(b.id));
    }
  }
  return views;
}

/** Every difference between two sets of claims, field by field, in words. */
function differences(label: string, have: Map<string, ClaimView>, want: Map<string, ClaimView>): string[] {
  const out: string[] = [];
  for (const id of new Set([...want.keys(), ...have.keys()])) {
    const h = have.get(id);
    const w = want.get(id);
    if (!h || !w) {
      out.push(`${label}: claim ${id} ${h ? 'is extra' : 'is missing'} (${JSON.stringify(h ?? w).slice(0, 160)})`);
      continue;
    }
    for (const key of Object.keys(w) as (keyof ClaimView)[]) {
      if (!sameValue(h[key], w[key])) out.push(`${label}: claim ${id} ${key}: ${JSON.stringify(h[key])} vs ${JSON.stringify(w[key])}`);
    }
  }
  return out;
}

describe('three reviewers with live sync, killed and restarted, the server restarted hard', () => {
  it('every library ends equal to the server and to each other, and no acknowledged change is missing', { timeout: 400_000 }, async () => {
    const seed = process.env.FACTCHECK_SEED ?? String(Date.now() % 1_000_000_000);
    console.log(`convergence: seed ${seed} (replay with FACTCHECK_SEED=${seed})`);
    const random = seeded(seed);
    const began = Date.now();

    // Three reviewers of one desk, each with a library of their own holding the article one of them published.
    const names = ['ana', 'bo', 'cy'];
    const { desk, logins } = await newDesk(cluster, names);
    const libraries: Library[] = [];
    let doc = '';
    for (const [i, login] of logins.entries()) {
      const device = await newDevice(login);
      if (i === 0) doc = (await device.service.importFile('tests/fixtures/wire-drought.txt')).id;
      await device.team.sync();
      expect((await device.service.getDocument(doc)).claims.length).toBeGreaterThan(5);
      await device.service.flush();
      await device.team.close();
      libraries.push(new Library(names[i]!, device.dataDir, device.team.state.data.device, login, doc, seed));
    }

    // The plan: when each library is killed (and how long it stays down), and when the server is restarted hard.
    // A kill comes at a random moment, or the moment the library acknowledges its next edit.
    type Step = { at: number; kind: 'kill'; library: Library; down: number; onAck: boolean } | { at: number; kind: 'server'; down: number };
    const plan: Step[] = [
      ...Array.from({ length: KILLS }, (): Step => ({ at: random.int(1_500, EDIT_MS - 1_500), kind: 'kill', library: random.pick(libraries), down: random.int(0, 1_500), onAck: random.chance(0.5) })),
      ...Array.from({ length: SERVER_RESTARTS }, (_, i): Step => ({ at: random.int(Math.round((i * EDIT_MS) / SERVER_RESTARTS) + 1_000, Math.round(((i + 1) * EDIT_MS) / SERVER_RESTARTS) - 1_000), kind: 'server', down: random.int(100, 1_500) })),
    ].sort((a, b) => a.at - b.at);
    // At the end one reviewer works on alone after the others stopped, and is killed as it saves an edit made after a pause.
    const lastOne = random.pick(libraries);
    console.log(`convergence: plan ${plan.map((s) => `${s.at}ms ${s.kind === 'kill' ? `kill ${s.library.name}${s.onAck ? ' on an edit' : ''}` : 'restart server'} (down ${s.down}ms)`).join(', ')}, then ${lastOne.name} alone`);

    let serverDown = false;
    const explain = (): string => libraries.map((l) => `${l.name}: runs ${l.runs}, stopped ${l.stopped}, sync ${JSON.stringify(l.sync)}, exit ${l.exitCode}; errors: ${l.errors.length ? l.errors[0]!.slice(0, 600) : 'none'}; stderr: ${l.stderr.slice(-600)}`).join('\n');
    try {
      const start = Date.now();
      for (const l of libraries) l.start('edit');
      for (const step of plan) {
        await sleep(Math.max(0, start + step.at - Date.now()));
        if (step.kind === 'kill') {
          if (step.onAck) await step.library.killOnAck(() => true, 5_000);
          else await step.library.kill();
          await sleep(step.down);
          step.library.start('edit');
        } else {
          serverDown = true;
          await stopServer(cluster);
          await sleep(step.down);
          await startServer(cluster);
          serverDown = false;
        }
      }
      await sleep(Math.max(0, start + EDIT_MS - Date.now()));

      // Edits stop, but for one reviewer, killed the moment it saves an edit after a pause (its push and the
      // library index's write both still to come) and opened again only to sync.
      const others = libraries.filter((l) => l !== lastOne);
      for (const l of others) l.send('stop');
      await waitFor('the other libraries to stop editing', () => others.every((l) => l.stopped), explain);
      const from = lastOne.acks.length;
      await lastOne.killOnAck((a) => lastOne.acks.indexOf(a) >= from && a.after >= 300, 30_000);
      lastOne.start('settle');

      // Each library syncs by itself until nothing waits anywhere and each has the whole log.
      await waitFor('every library to stop editing', () => libraries.every((l) => l.stopped), explain);
      const admin = await adminClient(cluster);
      let lastSeq = -1;
      try {
        await waitFor(
          'the desk to go quiet',
          async () => {
            lastSeq = Number((await admin.query('SELECT last_seq FROM team.desks WHERE desk = $1', [desk])).rows[0].last_seq);
            return libraries.every((l) => l.sync !== null && l.sync.waiting === 0 && l.sync.lastSeq === lastSeq);
          },
          () => `desk at ${lastSeq}\n${explain()}`,
        );
      } finally {
        await admin.end();
      }
      for (const l of libraries) l.send('exit');
      await waitFor('every library to close', () => libraries.every((l) => l.bye && l.exitCode !== null), explain);
      for (const l of libraries) await l.closed();
      console.log(`convergence: edits stopped and the desk quiet at ${lastSeq} after ${Math.round((Date.now() - start) / 1000)}s`);
    } finally {
      for (const l of libraries) await l.kill();
      if (serverDown) await startServer(cluster);
    }

    // What the server holds, read as the superuser.
    const db = await adminClient(cluster);
    const log = (await db.query('SELECT seq::int, change_id, device, claim_id, field, value, outcome, standing_seq::int FROM team.changes WHERE desk = $1 ORDER BY seq', [desk])).rows as { seq: number; change_id: string; device: string; claim_id: string; field: string; value: unknown; outcome: string; standing_seq: number | null }[];
    const fields = (await db.query('SELECT claim_id, field, value FROM team.fields WHERE desk = $1 AND document_id = $2', [desk, doc])).rows as FieldRow[];
    await db.end();
    const body = log.find((r) => r.field === 'document' && r.outcome === 'applied')!.value as FactDocument;
    const server = serverViews(body, fields);

    // The log: numbered 1..n without a gap, each change once.
    expect(log.map((r) => r.seq)).toEqual(log.map((_, i) => i + 1));
    expect(new Set(log.map((r) => r.change_id)).size).toBe(log.length);

    // Every library, field by field, against the server and against each other.
    const views = new Map<string, Map<string, ClaimView>>();
    const diffs: string[] = [];
    for (const l of libraries) {
      const service = await WorkbenchService.start({ dataDir: l.dir, seedsDir: null });
      const claims = await service.getDocument(doc).then((d) => d.claims, (err: Error) => (diffs.push(`${l.name}: the article cannot be read: ${err.message}`), []));
      for (const n of (await service.getLibrary()).notices) diffs.push(`${l.name}: the library says ${n.level}: ${n.message}`);
      await service.flush();
      views.set(l.name, new Map(claims.map((c) => [c.id, libraryView(c)])));
    }
    for (const l of libraries) diffs.push(...differences(`${l.name} vs server`, views.get(l.name)!, server));
    for (const [i, a] of libraries.entries()) for (const b of libraries.slice(i + 1)) diffs.push(...differences(`${a.name} vs ${b.name}`, views.get(a.name)!, views.get(b.name)!));

    // Every change a library acknowledged is on the log with its value; one that did not stand lost to a change that stands.
    const byId = new Map(log.map((r) => [r.change_id, r]));
    const bySeq = new Map(log.map((r) => [r.seq, r]));
    const missing: string[] = [];
    for (const l of libraries) {
      for (const a of l.acks) {
        const row = byId.get(`${l.device}:${doc}:${a.entry}:${a.field}`);
        const what = `${l.name} ${a.entry} claim ${a.claim} ${a.field} = ${JSON.stringify(a.value)}`;
        if (!row) {
          missing.push(`${what}: not on the log`);
          continue;
        }
        const same = a.field === 'claim' ? (row.value as AddedClaimValue).text === (a.value as { text: string }).text : sameValue(row.value, a.value);
        if (!same || row.claim_id !== a.claim) missing.push(`${what}: the log has ${row.claim_id} ${JSON.stringify(row.value)}`);
        if (row.outcome !== 'applied') {
          const standing = bySeq.get(row.standing_seq ?? -1);
          if (!standing || standing.outcome !== 'applied' || standing.claim_id !== row.claim_id || standing.field !== row.field) missing.push(`${what}: ${row.outcome} at ${row.seq}, yet no change of that field stands at ${row.standing_seq}`);
        }
      }
    }

    const acks = libraries.map((l) => `${l.name} ${l.acks.length} acknowledged in ${l.runs} runs`).join(', ');
    const outcomes = ['applied', 'merged', 'conflict'].map((o) => `${log.filter((r) => r.outcome === o).length} ${o}`).join(', ');
    console.log(`convergence: seed ${seed}: ${acks}; log ${log.length} changes (${outcomes}); ${server.size} claims; ${Math.round((Date.now() - began) / 1000)}s`);
    const replay = `seed ${seed} (FACTCHECK_SEED=${seed})`;
    expect(libraries.flatMap((l) => l.errors.map((e) => `${l.name}: ${e}`)), replay).toEqual([]);
    expect(libraries.every((l) => l.acks.length > 0), replay).toBe(true);
    expect(diffs, replay).toEqual([]);
    expect(missing, replay).toEqual([]);
  });
});
