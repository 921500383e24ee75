import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Builds the `factcheck` command once before the tests that run it, so no test process builds it meanwhile. */
export default async function setup(): Promise<void> {
  await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs']);
}
