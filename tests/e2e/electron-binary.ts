import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Finds the Electron binary without loading the electron package (which would try to download it):
 * electron/package.json → path.txt → dist/. Returns the path, or the reason there is none.
 */
export function findElectronBinary(): { path: string } | { reason: string } {
  let pkg: string;
  try {
    pkg = createRequire(import.meta.url).resolve('electron/package.json');
  } catch {
    return { reason: 'the electron package is not installed (run npm install)' };
  }
  const dir = dirname(pkg);
  const pathTxt = join(dir, 'path.txt');
  if (!existsSync(pathTxt)) return { reason: `the Electron runtime has not been downloaded (${pathTxt} is missing; Electron fetches it on first start)` };
  const binary = join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `the Electron binary ${binary} is missing` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display is available for an Electron window (run under xvfb-run)' };
  }
  return { path: binary };
}
