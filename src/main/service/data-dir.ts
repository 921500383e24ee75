import { homedir } from 'node:os';
import { join } from 'node:path';

/** The app's name as Electron uses it for its per-user folder. */
export const APP_DIR_NAME = 'factcheck-workbench';

/** Electron's `userData` folder for this app, computed without Electron (so the CLI finds the same library). */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

/** The library folder: FACTCHECK_DATA_DIR when set, else `library/` in the user-data folder. */
export function resolveDataDir(userDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.FACTCHECK_DATA_DIR?.trim();
  return override ? override : join(userDataDir, 'library');
}
