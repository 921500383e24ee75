import { BrowserWindow, shell } from 'electron';
import { fileURLToPath } from 'node:url';

/** True for links that may be handed to the system browser. */
function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Creates the main window with Electron's safe defaults; the renderer gets only the preload's verbs. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 760,
    minHeight: 480,
    show: false,
    title: 'Factcheck Workbench',
    webPreferences: {
      preload: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
      // The renderer shows untrusted article text: isolate it and give it no Node.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, around the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  // No new windows: web links open in the system browser, everything else is dropped.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // The window never navigates away from the app (a dropped file or a link would otherwise replace it).
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isWebLink(url)) void shell.openExternal(url);
  });
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(fileURLToPath(new URL('../renderer/index.html', import.meta.url)));
  return win;
}
