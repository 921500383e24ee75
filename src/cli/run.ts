// The `factcheck` command as built into the app (out/main/cli.js): the installed app runs it with
// ELECTRON_RUN_AS_NODE through the launchers in build/bin, so the CLI needs no separate Node install.
import { main } from './factcheck.ts';
import { endQuietlyOnClosedPipe } from './terminal.ts';

endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
