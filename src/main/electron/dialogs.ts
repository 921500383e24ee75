import { dialog, type BrowserWindow } from 'electron';
import { app } from 'electron';
import { join } from 'node:path';
import type { Dialogs } from '../ipc/handlers.ts';

/** The native dialogs, attached to the main window. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseReportPath(suggestedName) {
      const options = {
        title: 'Export verification report',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
