import { app, BrowserWindow, dialog, session } from 'electron';
import { join } from 'node:path';
import { installMenu } from './electron/menu.ts';
import { electronDialogs } from './electron/dialogs.ts';
import { registerIpc } from './electron/ipc.ts';
import { createMainWindow } from './electron/window.ts';
import { createHandlers } from './ipc/handlers.ts';
import { resolveDataDir } from './service/data-dir.ts';
import { WorkbenchService } from './service/workbench-service.ts';
import { openLibrary, type LibraryHandle } from './owner/library-owner.ts';
import { MENU_CHANNEL, PROGRESS_CHANNEL } from '../shared/ipc-contract.ts';
import { safeStoragePasswords } from './electron/team-password.ts';
import { LiveSync } from './team/live-sync.ts';

let mainWindow: BrowserWindow | null = null;
let library: LibraryHandle | null = null;
let flushed = false;
let live: LiveSync | null = null;
const getWindow = (): BrowserWindow | null => mainWindow;

/** Where the bundled sample articles are: beside the app in development, in resources when packaged. */
function seedsDir(): string {
  return process.env.FACTCHECK_SEEDS_DIR ?? join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'seeds');
}

if (!app.requestSingleInstanceLock()) {
  // A second instance would write the same store concurrently; hand over to the first one instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(async () => {
    // The workbench needs no camera, microphone, notifications or other permissions: refuse every request.
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
    let dataDir: string;
    try {
      dataDir = resolveDataDir(app.getPath('userData'));
      // The app is the library's one writer while it runs; the factcheck command sends it its changes.
      library = await openLibrary({
        dataDir,
        mustWrite: true,
        startService: () => WorkbenchService.start({ dataDir, seedsDir: seedsDir(), appVersion: app.getVersion(), searchInBackground: true, onImportProgress: (p) => mainWindow?.webContents.send(PROGRESS_CHANNEL, p) }),
        onServed: () => mainWindow?.webContents.send(MENU_CHANNEL, 'library-changed'),
      });
    } catch (err) {
      dialog.showErrorBox('Factcheck Workbench cannot open its library', (err as Error).message);
      app.exit(1);
      return;
    }
    registerIpc(createHandlers(library.service!, electronDialogs(getWindow)), getWindow);
    const team = library.service!.team;
    if (team) {
      // The app, as the library's writer, keeps it in step with the desk while it runs.
      team.usePasswordKeeper(safeStoragePasswords(dataDir));
      live = new LiveSync(team, (event) => mainWindow?.webContents.send(MENU_CHANNEL, event === 'pulled' ? 'library-changed' : 'team-changed'));
      live.start();
    }
    installMenu(getWindow);
    mainWindow = createMainWindow();
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });
  // The library index is written in the background; let the last write land, then hand the library over.
  app.on('will-quit', (event) => {
    if (flushed || !library) return;
    event.preventDefault();
    void Promise.resolve(live?.stop())
      .then(() => library?.close())
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
