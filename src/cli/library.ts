import { WorkbenchError } from '../shared/errors.ts';
import type { LibraryApi } from '../shared/library-protocol.ts';
import { openLibrary } from '../main/owner/library-owner.ts';
import { defaultUserDataDir, resolveDataDir } from '../main/service/data-dir.ts';
import type { WorkbenchService } from '../main/service/workbench-service.ts';
import { appVersion } from './app-version.ts';

/**
 * Runs `task` on the library: sent to the running app (or to another command that is writing it), or, when
 * no one writes it, as its writer for the length of the command. Every request passes the window's gate.
 */
export async function withLibrary<T>(task: (api: LibraryApi) => Promise<T>, onWriter?: (service: WorkbenchService) => void): Promise<T> {
  const dataDir = resolveDataDir(defaultUserDataDir());
  const library = await openLibrary({
    dataDir,
    startService: async () => {
      // Loaded only when this command writes the library itself: a client of the running app never needs it.
      const { WorkbenchService } = await import('../main/service/workbench-service.ts');
      const service = await WorkbenchService.start({ dataDir, seedsDir: null, appVersion: appVersion() });
      const fatal = (await service.getLibrary()).notices.find((n) => n.level === 'error');
      if (fatal) throw new WorkbenchError('store', fatal.message);
      onWriter?.(service);
      return service;
    },
  });
  try {
    return await task(library.api);
  } finally {
    await library.close();
  }
}
