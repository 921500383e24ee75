#!/usr/bin/env node
// The `factcheck` command: runs the CLI built as JavaScript (out/cli/, built by `npm install`), never
// TypeScript at run time. A build that is missing, or older than a source it was built from (after a
// `git pull`), is built again first, so the command always runs the code in this checkout.
import { buildCli, buildIsCurrent } from '../scripts/build-cli.mjs';

if (!buildIsCurrent()) await buildCli();
await import('../out/cli/factcheck.js');
