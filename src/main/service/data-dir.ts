import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { WorkbenchError } from '../../shared/errors.ts';

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
  const override = env.FACTCHECK_DATA_DIR;
  if (override === undefined) return join(userDataDir, 'library');
  // Why refuse: an empty value is a script's mistake (an unset variable); falling back would change the real library.
  if (override.trim() === '') throw new WorkbenchError('invalid-argument', 'FACTCHECK_DATA_DIR is set but empty; set it to the library folder, or unset it to use the default library.');
  return resolve(override.trim());
}
