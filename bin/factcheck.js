#!/usr/bin/env node
// The `factcheck` command: runs the TypeScript CLI through tsx, so it works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { endQuietlyOnClosedPipe } = await import('../src/cli/terminal.ts');
endQuietlyOnClosedPipe();
const { main } = await import('../src/cli/factcheck.ts');
process.exitCode = await main(process.argv.slice(2));
