// One reviewer's library for the convergence test, in a process of its own so it can be killed outright.
// It opens the library in DATA_DIR, keeps it in step with the desk by live sync as the app does, and makes
// random edits on one article until told "stop" on stdin; then it reports its sync state until told "exit".
// Every line it prints is "<kind> <json>": "ack" lines name edits that are on disk (printed only once the
// edit resolved, so a line the test read is an edit the library acknowledged).
//
//   node --import tsx tests/team/convergence-child.ts DATA_DIR PASSWORD DOCUMENT SEED edit|settle
import { createInterface } from 'node:readline';
import { WorkbenchError } from '../../src/shared/errors.ts';
import type { ClaimEdit } from '../../src/shared/claim-edits.ts';
import type { Claim, FactDocument } from '../../src/shared/model.ts';
import { STATUSES } from '../../src/shared/status.ts';
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { LiveSync } from '../../src/main/team/live-sync.ts';
import { seeded } from './random.ts';

const [dataDir, password, docId, seed, mode] = process.argv.slice(2) as [string, string, string, string, string];
const random = seeded(seed);
const say = (kind: string, data: unknown = {}): void => void process.stdout.write(`${kind} ${JSON.stringify(data)}\n`);

let editing = mode === 'edit';
let exiting = false;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line === 'stop' || line === 'exit') editing = false;
  if (line === 'exit') exiting = true;
});

const service = await WorkbenchService.start({ dataDir, seedsDir: null });
const team = service.team!;
team.setPasswordSource(async () => password);
// As the app runs it, with a shorter poll: the test waits on the poll after each server restart.
const live = new LiveSync(team, () => undefined, { pollMs: 1_000 });
live.start();

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const SOURCES = ['The ministry', 'An aide', 'Reuters', 'The mayor'];
const NOTES = ['Checked with the press office', 'Needs a second source', ''];
const name = seed.replace(/[^A-Za-z0-9]/g, '-');
let made = 0;

/** A stretch of the article text between two spaces, 20 to 70 characters long. */
function span(doc: FactDocument): [number, number] {
  const from = doc.text.indexOf(' ', random.int(0, doc.text.length - 80)) + 1;
  const to = doc.text.indexOf(' ', from + random.int(20, 70));
  return [from, to < 0 ? doc.text.length : to];
}

/** One random edit of one claim, made after a pause of `after` ms; prints what it made durable. */
async function oneEdit(after: number): Promise<void> {
  const doc = await service.getDocument(docId);
  const claim: Claim = random.pick(doc.claims);
  const roll = random.next();
  made++;
  if (roll < 0.05) {
    const result = await service.addClaim(docId, ...span(doc));
    if (result.entry) say('ack', { entry: result.entry.id, claim: result.claimId, field: 'claim', value: { text: result.claim!.text }, after });
    return;
  }
  let edit: ClaimEdit;
  let field: string;
  if (roll < 0.35) {
    edit = { kind: 'status', status: claim.dismissed && random.chance(0.7) ? 'unreviewed' : random.pick(STATUSES) };
    field = 'status';
  } else if (roll < 0.55) {
    edit = { kind: 'note', note: random.chance(0.5) ? random.pick(NOTES) : `${name} note ${made}` };
    field = 'note';
  } else if (roll < 0.67) {
    edit = { kind: 'add-evidence', url: `https://example.org/${name}/${made}`, title: `Source ${made}`, excerpt: random.chance(0.5) ? `Excerpt ${made}` : '' };
    field = '';
  } else if (roll < 0.77) {
    if (claim.evidence.length === 0) return;
    const gone = random.pick(claim.evidence);
    edit = { kind: 'remove-evidence', evidenceId: gone.id };
    field = `evidence:${gone.id}`;
  } else if (roll < 0.85) {
    edit = { kind: 'dismiss', dismissed: !claim.dismissed };
    field = 'dismissed';
  } else if (roll < 0.9) {
    edit = { kind: 'promote', promoted: !claim.promoted };
    field = 'promoted';
  } else {
    const source = random.chance(0.2) ? null : random.pick(SOURCES);
    edit = { kind: 'attribution', source, anonymous: source !== null && random.chance(0.3) };
    field = 'attribution';
  }
  const result = await service.editClaim(docId, claim.id, edit);
  if (!result.entry) return;
  let value: unknown;
  switch (edit.kind) {
    case 'status':
      value = edit.status;
      break;
    case 'note':
      value = edit.note;
      break;
    case 'add-evidence': {
      const item = result.claim!.evidence.find((e) => e.url === edit.url)!;
      field = `evidence:${item.id}`;
      value = { url: item.url, title: item.title, excerpt: item.excerpt, addedAt: item.addedAt };
      break;
    }
    case 'remove-evidence':
      value = null;
      break;
    case 'dismiss':
      value = edit.dismissed;
      break;
    case 'promote':
      value = edit.promoted;
      break;
    case 'attribution':
      value = edit.source === null ? null : { source: edit.source, anonymous: edit.anonymous };
      break;
  }
  say('ack', { entry: result.entry.id, claim: claim.id, field, value, after });
}

while (editing) {
  // A reviewer mostly works quickly, and now and then stops to read.
  const pause = random.chance(0.1) ? random.int(300, 900) : random.int(20, 160);
  await sleep(pause);
  if (!editing) break;
  try {
    await oneEdit(pause);
  } catch (err) {
    // Refused by the model (a verdict on a dismissed claim), evidence a colleague removed meanwhile, a span that is a claim already.
    const expected = err instanceof WorkbenchError && (err.code === 'refused' || err.code === 'not-found' || err.code === 'invalid-argument');
    if (!expected) say('error', { message: (err as Error).stack ?? String(err) });
  }
}
say('stopped');
while (!exiting) {
  const s = await team.status();
  say('status', { lastSeq: team.state.data.lastSeq, waiting: s.waiting, state: s.state });
  await sleep(200);
}
await live.stop();
await team.close();
await service.flush();
say('bye');
lines.close();
process.exit(0);
