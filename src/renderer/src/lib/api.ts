import type { WorkbenchBridge } from '../../../shared/ipc-contract.ts';

/** The bridge to the main process; a clear error when the page runs outside the app. */
export function getApi(): WorkbenchBridge {
  if (!window.api) throw new Error('The workbench bridge is missing: open this page through the desktop app.');
  return window.api;
}
