import { dialog, type BrowserWindow } from 'electron';
import { app } from 'electron';
import { join } from 'node:path';
import type { Dialogs } from '../ipc/handlers.ts';
import { FORMAT_INFO } from '../../shared/report/report-options.ts';
import { ARTICLE_EXTENSIONS } from '../import/read-article.ts';

/** The native dialogs, attached to the main window. */
export function electronDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  return {
    async chooseReportPath(suggestedName, format) {
      const options = {
        title: 'Export',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: FORMAT_INFO[format].label, extensions: [FORMAT_INFO[format].extension] }],
      };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseArticleFiles() {
      const options = {
        title: 'Import articles',
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: [{ name: 'Articles', extensions: ARTICLE_EXTENSIONS.map((e) => e.slice(1)) }],
      };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}
