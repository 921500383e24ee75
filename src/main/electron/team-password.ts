import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { WorkbenchError } from '../../shared/errors.ts';
import { DurableFile } from '../store/durable-file.ts';
import type { PasswordKeeper } from '../team/team-sync.ts';

/**
 * Keeps the team server password encrypted by the system's keyring (Electron's safeStorage), in
 * team-password.bin in the library folder. Why it refuses Linux's basic_text backend: with no keyring
 * running, safeStorage "encrypts" with a fixed key in the app's code, so the file would be the password
 * in all but name; the user is told and asked for it each time instead.
 */
export function safeStoragePasswords(dataDir: string): PasswordKeeper {
  const file = join(dataDir, 'team-password.bin');
  return {
    async load() {
      if (!safeStorage.isEncryptionAvailable()) return undefined;
      try {
        return safeStorage.decryptString(Buffer.from(await readFile(file, 'utf8'), 'base64'));
      } catch {
        return undefined;
      }
    },
    async save(password) {
      const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'system';
      if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text') {
        await rm(file, { force: true });
        throw new WorkbenchError('io', 'The password was not stored: this system has no keyring for Factcheck Workbench to keep it in (Electron reports the "basic_text" backend, which would keep it readable by anyone with the file). It is used until you quit; start a keyring (GNOME Keyring, KWallet) to have it remembered.');
      }
      await new DurableFile<Buffer>(file, { parse: (t) => Buffer.from(t, 'base64'), stringify: (b) => b.toString('base64') }).write(safeStorage.encryptString(password));
    },
  };
}
