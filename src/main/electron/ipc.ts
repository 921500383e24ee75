import { ipcMain, type BrowserWindow } from 'electron';
import { API_METHODS, channelFor, type WorkbenchApi } from '../../shared/ipc-contract.ts';
import { dispatch } from '../ipc/dispatch.ts';
import { isTrustedSender } from '../ipc/sender.ts';

/** Registers one handler per contract verb; messages from any other frame are refused. */
export function registerIpc(handlers: WorkbenchApi, getWindow: () => BrowserWindow | null): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelFor(method), async (event, ...args: unknown[]) => {
      const win = getWindow();
      const frame = event.senderFrame;
      const sender = { url: frame?.url, isMainFrame: frame === event.sender.mainFrame, fromWorkbenchWindow: !!win && !win.isDestroyed() && event.sender === win.webContents };
      if (!isTrustedSender(sender, process.env.ELECTRON_RENDERER_URL)) {
        return { ok: false, error: { code: 'invalid-argument', message: 'Request refused: it did not come from the workbench window.' } };
      }
      return dispatch(handlers, method, args);
    });
  }
}
