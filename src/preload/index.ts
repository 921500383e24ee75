import { contextBridge, ipcRenderer } from 'electron';
import {
  API_METHODS,
  channelFor,
  isImportProgress,
  isMenuCommand,
  MENU_CHANNEL,
  PROGRESS_CHANNEL,
  type ImportProgress,
  type MenuCommand,
  type RawBridge,
} from '../shared/ipc-contract.ts';

/** One function per contract verb, resolving to its result as data; the renderer never sees ipcRenderer itself. */
const verbs = Object.fromEntries(API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelFor(method), ...args)]));

const bridge = {
  ...verbs,
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
  onImportProgress(listener: (progress: ImportProgress) => void) {
    const handler = (_event: unknown, progress: unknown): void => {
      if (isImportProgress(progress)) listener({ name: progress.name, stage: progress.stage, percent: progress.percent });
    };
    ipcRenderer.on(PROGRESS_CHANNEL, handler);
    return () => ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('api', bridge satisfies Pick<RawBridge, 'onMenuCommand' | 'onImportProgress'> as unknown as RawBridge);
