/**
 * Builds window.nianbao from the contract with ipcRenderer. Runs sandboxed (bundled by esbuild; only
 * electron is external). invoke refuses any channel not in the contract before it reaches the main
 * process, and menu commands are passed on only if they are known ones.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Api, Envelope } from '../../shared/api';
// the names only, without the schemas (the main process validates every call): the preload stays small
import { isChannelName, MENU_COMMAND_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../../shared/api/channels';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

const api = {
  invoke: ((channel: string, args: unknown) => {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'INVALID_ARGS', message: `未知的调用：${channel}` },
      } satisfies Envelope<never>);
    }
    return ipcRenderer.invoke(channel, args) as Promise<Envelope<unknown>>;
  }) as Api['invoke'],
  onMenuCommand: (listener) => {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, relay);
    };
  },
} satisfies Api;

contextBridge.exposeInMainWorld('nianbao', api);
