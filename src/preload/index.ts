import { contextBridge, ipcRenderer } from 'electron';
import {
  API_METHODS,
  channelFor,
  isMenuCommand,
  MENU_CHANNEL,
  unwrapResult,
  type IpcResult,
  type MenuCommand,
  type WorkbenchApi,
  type WorkbenchBridge,
} from '../shared/ipc-contract.ts';

/** One function per contract verb; the renderer never sees ipcRenderer itself. */
const verbs = Object.fromEntries(
  API_METHODS.map((method) => [method, async (...args: unknown[]) => unwrapResult((await ipcRenderer.invoke(channelFor(method), ...args)) as IpcResult<unknown>)]),
) as unknown as WorkbenchApi;

const bridge: WorkbenchBridge = {
  ...verbs,
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('api', bridge);
