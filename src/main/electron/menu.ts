import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/ipc-contract.ts';
import { acceleratorOf, type Command } from '../../shared/keymap.ts';

/** A menu item's accelerator, from the keymap the window's own key handling and shortcut sheet are made from. */
function keys(command: Command): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  const { accelerator, registered } = acceleratorOf(command);
  return { accelerator, registerAccelerator: registered };
}

/** Builds the application menu; commands that need the current document are sent to the renderer. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => (): void => getWindow()?.webContents.send(MENU_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', ...keys('import'), click: send('import') },
        { label: 'Import Pasted Text…', ...keys('paste'), click: send('paste-article') },
        { type: 'separator' },
        { label: 'Export Report…', ...keys('export'), click: send('export-report') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      // Undo and redo of review changes go to the workbench; text fields keep their own undo.
      submenu: [
        { label: 'Undo', ...keys('undo'), click: send('undo') },
        { label: 'Redo', ...keys('redo'), click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Keyboard Shortcuts', ...keys('shortcuts'), click: send('show-shortcuts') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
