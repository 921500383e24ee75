/** What main knows about the frame an IPC message came from. */
export interface SenderFrame {
  /** The frame's URL (undefined when the frame is gone). */
  url: string | undefined;
  /** True when it is the top frame of the workbench window (not an iframe, not another window). */
  isMainFrame: boolean;
  /** True when it belongs to the workbench window's own web contents. */
  fromWorkbenchWindow: boolean;
}

/**
 * True when an IPC message may be answered: it comes from the top frame of the workbench window, showing the
 * app's own page (the built renderer from file://, or the dev server in development). Everything else is
 * refused before its arguments are even looked at.
 */
export function isTrustedSender(frame: SenderFrame, devServerUrl: string | undefined): boolean {
  if (!frame.fromWorkbenchWindow || !frame.isMainFrame || !frame.url) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return url.protocol === 'file:' && url.pathname.endsWith('/renderer/index.html');
}
