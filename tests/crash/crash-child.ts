// A child process for the crash test: applies changes to one document as fast as it can and reports each
// acknowledged one ("ack CLAIM SEQ ENTRY") on stdout, until it is killed. Its document's journal is folded
// into the file every few changes, so kills land between an append and its fold, and inside folds.
import { WorkbenchService } from '../../src/main/service/workbench-service.ts';
import { STATUSES } from '../../src/shared/status.ts';

const [dataDir, startSeq] = process.argv.slice(2);
const svc = await WorkbenchService.start({ dataDir: dataDir!, seedsDir: null, journal: { foldBytes: 4096, foldIdleMs: 5 } });
const doc = (await svc.getLibrary()).documents[0]!;
const claims = (await svc.getDocument(doc.id)).claims;
let seq = Number(startSeq);
for (;;) {
  seq++;
  const claim = claims[seq % claims.length]!;
  const edit = seq % 3 === 0 ? { kind: 'status' as const, status: STATUSES[seq % STATUSES.length]! } : { kind: 'note' as const, note: `seq ${seq}` };
  const r = await svc.editClaim(doc.id, claim.id, edit);
  process.stdout.write(`ack ${claim.id} ${seq} ${r.entry?.id ?? '-'} ${edit.kind}\n`);
}
