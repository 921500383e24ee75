// First step of `npm start` and `npm run dev`: makes sure Electron's runtime is installed before
// electron-vite starts it. Electron 45 no longer downloads its binary at `npm install`; electron-vite only
// reads `path.txt` and otherwise stops with "Electron uninstall". So this runs Electron's own installer
// (`install.js`) when the binary is missing and, when it cannot be had, says so in one line and exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Prints one line for the user and stops with a non-zero exit. */
function fail(message) {
  process.stderr.write(`npm start: ${message}\n`);
  process.exit(1);
}

/** The first line of what a failed installer printed that says why (not a stack frame). */
export function reasonFrom(output) {
  const lines = String(output)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at ') && !/^node:internal/.test(line) && !/^\^+$/.test(line));
  const named = lines.find((line) => /(Error|error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|status code|certificate)/.test(line));
  const reason = (named ?? lines[0] ?? 'no reason given').replace(/^(TypeError|Error|RequestError|HTTPError):\s*/, '');
  // Node's fetch names no cause when the connection itself fails: say it in words.
  return (/^fetch failed$/.test(reason) ? 'the download server could not be reached' : reason).slice(0, 200);
}

let pkgPath;
try {
  pkgPath = require.resolve('electron/package.json');
} catch {
  fail('the electron package is not installed. Run `npm install` in this folder first.');
}
const electronDir = dirname(pkgPath);
const { version, engines } = JSON.parse(readFileSync(pkgPath, 'utf8'));

// Electron's installer states the Node it is made for; on an older one it may still work (it does on 20.19),
// so this is only named when the download fails, as a likely cause beside the error.
const needed = /(\d+)\.(\d+)/.exec(engines?.node ?? '');
const [major, minor] = process.versions.node.split('.').map(Number);
const oldNode = needed && (major < Number(needed[1]) || (major === Number(needed[1]) && minor < Number(needed[2])));
const nodeHint = oldNode ? `; Electron ${version}'s installer is made for Node ${needed[1]}.${needed[2]} or newer, this is ${process.versions.node}` : '';

/** True when the runtime is installed where electron-vite looks for it (path.txt → dist/). */
function installed() {
  const pathTxt = join(electronDir, 'path.txt');
  if (!existsSync(pathTxt)) return false;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  return existsSync(join(dist, readFileSync(pathTxt, 'utf8').trim()));
}

if (!installed()) {
  process.stdout.write(`Downloading Electron ${version}'s runtime (once, about 100 MB)…\n`);
  const ran = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (ran.error || ran.status !== 0 || !installed()) {
    const why = ran.error ? ran.error.message : reasonFrom(`${ran.stderr}\n${ran.stdout}`);
    fail(`could not download Electron ${version}'s runtime (${why}${nodeHint}). Check the network connection or proxy (ELECTRON_MIRROR sets another download address), then run \`npm start\` again.`);
  }
}
