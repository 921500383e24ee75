// One "CLI" of the stress test: runs the real `factcheck mark` command in a loop on its own claim, each
// run opening the library as the CLI does (sent to the writer, or writing itself), and prints
// `ack <note>` only after a run exited 0. Usage: node --import tsx stress-child.ts DOC CLAIM WORKER FIRST_SEQ
import { main } from '../../src/cli/factcheck.ts';

const [docId, claimNo, worker, firstSeq] = process.argv.slice(2);
const quiet = { out: () => undefined, err: (s: string) => process.stderr.write(`${s}\n`) };
for (let seq = Number(firstSeq); ; seq++) {
  const note = `${worker}-s${seq}`;
  const status = seq % 2 === 0 ? 'verified' : 'disputed';
  const code = await main(['mark', '--document', docId!, '--claim', claimNo!, '--status', status, '--note', note], quiet);
  process.stdout.write(code === 0 ? `ack ${note}\n` : `err ${note}\n`);
}
