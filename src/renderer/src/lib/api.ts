import { wrapBridge, type WorkbenchBridge } from '../../../shared/ipc-contract.ts';

let api: WorkbenchBridge | null = null;

/** The bridge to the main process, with typed errors; a clear error when the page runs outside the app. */
export function getApi(): WorkbenchBridge {
  if (!window.api) throw new Error('The workbench bridge is missing: open this page through the desktop app.');
  api ??= wrapBridge(window.api);
  return api;
}
