import { contextBridge, ipcRenderer } from 'electron';
import {
  API_METHODS,
  channelFor,
  isMenuCommand,
  MENU_CHANNEL,
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
};

contextBridge.exposeInMainWorld('api', bridge satisfies Pick<RawBridge, 'onMenuCommand'> as unknown as RawBridge);
