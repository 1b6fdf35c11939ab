/**
 * The UI's side of the store process (Electron main, the loopback host): sends the contract's calls as
 * they arrived, unvalidated and unparsed (the store process validates them in dispatch()), and returns
 * the envelope it answers with. It also answers the store process's questions (a save dialog, printing)
 * with the capabilities of its own transport. Works over any Port; node-process.ts and the Electron main
 * supply one.
 */
import {
  ApiError,
  type ArgsOf,
  type Channel,
  type Envelope,
  type ErrorCode,
  type ExportKind,
  type ResultOf,
} from '../../../shared/api';
import { stoppedWhileReading } from './memory';
import type { Ask, FromService, Port, ServiceConfig, ServiceInfo, ToService } from './messages';

/** What only the UI's side can do; the export handlers in the store process ask for it. */
export interface UiCapabilities {
  /** null: cancelled */
  choosePath(kind: ExportKind, suggestedFileName: string): Promise<string | null>;
  printPdf(html: string): Promise<Uint8Array>;
  /** absent in the browser, where the browser's own print is used */
  print?(html: string): Promise<void>;
  /** 多单位核对: where the overview .xlsx goes; null: cancelled */
  chooseOverviewPath?(suggestedFileName: string): Promise<string | null>;
  /** 多单位核对: a native folder/files dialog; absent in the browser, which uploads; null: cancelled */
  chooseUnitPaths?(mode: 'folder' | 'files'): Promise<string[] | null>;
  /** shows a saved export in its folder; absent in the browser */
  showInFolder?(path: string): Promise<void> | void;
}

export const NO_FOLDER_DIALOG_MESSAGE =
  '浏览器中无法打开文件夹选择窗口，请点击“上传报告文件”或“上传整个文件夹”选择文件';

export interface ServiceProcess extends Port<ToService, FromService> {
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** A typed call through the store process: the value, or an ApiError with the Chinese message. */
export type CallService = <K extends Channel>(channel: K, args: ArgsOf<K>) => Promise<ResultOf<K>>;

export interface ServiceClient {
  readonly info: ServiceInfo;
  /** one call of the contract; resolves with the envelope, never rejects */
  invoke(channel: string, args: unknown): Promise<Envelope<unknown>>;
  call: CallService;
  /** lets the calls in flight finish, closes the database and waits for the process to end */
  close(): Promise<void>;
}

export const SERVICE_STOPPED_MESSAGE =
  '后台数据服务已停止，本次操作未完成。请关闭并重新启动年报助手；已保存的内容不受影响。';
/** how long close() waits for the store process to finish its calls before ending it */
export const STOP_TIMEOUT_MS = 10_000;

/** Typed calls over anything that answers envelopes: the store process, or dispatch() in the same process. */
export function callOver(invoke: (channel: string, args: unknown) => Promise<Envelope<unknown>>): CallService {
  return async (channel, args) => {
    const envelope = await invoke(channel, args);
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
    return envelope.value as never;
  };
}

function failure(code: ErrorCode, message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

async function answer(ui: UiCapabilities, ask: Ask): Promise<unknown> {
  switch (ask.name) {
    case 'choosePath':
      return ui.choosePath(ask.kind, ask.suggestedFileName);
    case 'printPdf':
      return ui.printPdf(ask.html);
    case 'print':
      if (!ui.print) throw new ApiError('UNSUPPORTED', '此处不能直接打印。');
      return ui.print(ask.html);
    case 'chooseOverviewPath':
      if (!ui.chooseOverviewPath) throw new ApiError('UNSUPPORTED', '此处不能保存核对总览。');
      return ui.chooseOverviewPath(ask.suggestedFileName);
    case 'chooseUnitPaths':
      if (!ui.chooseUnitPaths) throw new ApiError('UNSUPPORTED', NO_FOLDER_DIALOG_MESSAGE);
      return ui.chooseUnitPaths(ask.mode);
    case 'showInFolder':
      if (!ui.showInFolder) throw new ApiError('UNSUPPORTED', '此处不能打开文件夹。');
      await ui.showInFolder(ask.path);
      return null;
  }
}

/** Starts the store in `proc` and resolves once it has opened the database (rejects with the reason if not). */
export function connectService(
  proc: ServiceProcess,
  config: ServiceConfig,
  ui: UiCapabilities,
): Promise<ServiceClient> {
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  /** the channel of each call in flight: what the caller is told if the process ends under it */
  const pendingChannels = new Map<number, string>();
  let nextId = 1;
  let exited = false;
  const exitWaiters: Array<() => void> = [];

  return new Promise<ServiceClient>((resolveStart, rejectStart) => {
    let started = false;
    proc.onExit((code) => {
      exited = true;
      for (const [id, resolve] of pending)
        resolve(stoppedWhileReading(pendingChannels.get(id) ?? '') ?? failure('INTERNAL', SERVICE_STOPPED_MESSAGE));
      pending.clear();
      pendingChannels.clear();
      for (const wake of exitWaiters.splice(0)) wake();
      if (!started) rejectStart(new Error(`后台数据服务未能启动（退出码 ${code ?? '无'}）。`));
    });

    const invoke = (channel: string, args: unknown): Promise<Envelope<unknown>> => {
      if (exited) return Promise.resolve(failure('INTERNAL', SERVICE_STOPPED_MESSAGE));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        pendingChannels.set(id, channel);
        proc.post({ type: 'call', id, channel, args });
      });
    };

    const client = (info: ServiceInfo): ServiceClient => ({
      info,
      invoke,
      call: callOver(invoke),
      close: async () => {
        if (exited) return;
        const ended = new Promise<void>((wake) => exitWaiters.push(wake));
        proc.post({ type: 'stop' });
        const timer = setTimeout(() => proc.kill(), STOP_TIMEOUT_MS);
        await ended;
        clearTimeout(timer);
      },
    });

    proc.onMessage((message) => {
      switch (message.type) {
        case 'ready':
          started = true;
          resolveStart(client(message.info));
          return;
        case 'failed':
          started = true;
          rejectStart(new ApiError(message.code, message.message));
          proc.kill();
          return;
        case 'result': {
          const resolve = pending.get(message.id);
          pending.delete(message.id);
          pendingChannels.delete(message.id);
          resolve?.(message.envelope);
          return;
        }
        case 'ask':
          answer(ui, message.ask).then(
            (value) => proc.post({ type: 'answer', id: message.id, ok: true, value }),
            (error: unknown) =>
              proc.post({
                type: 'answer',
                id: message.id,
                ok: false,
                code: error instanceof ApiError ? error.code : 'INTERNAL',
                message: error instanceof Error ? error.message : String(error),
              }),
          );
          return;
      }
    });
    proc.post({ type: 'start', config });
  });
}
