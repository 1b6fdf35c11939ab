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
  /** the operating system's process id, where there is one (tests end the process with it) */
  readonly pid?: number;
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
/** a call that was under way when the store process died: it may or may not have been written */
export const SERVICE_RESTARTED_MESSAGE =
  '数据服务意外停止，已自动重新启动；刚才的操作可能没有完成，请重试。已保存的内容不受影响。';
/** how long close() waits for the store process to finish its calls before ending it */
export const STOP_TIMEOUT_MS = 10_000;

/**
 * How often a store process that died is started again. A process that keeps dying (a damaged
 * addon, a disk that fails every open, a report that crashes it each time it is read) must not be
 * restarted in a loop that hides the cause and burns the machine: after `maxRestarts` within
 * `windowMs`, calls are refused with a message that says what to do.
 */
export interface RestartPolicy {
  maxRestarts: number;
  windowMs: number;
}
/** three restarts a minute: more than any passing cause (an out-of-memory import, a killed process) explains */
export const DEFAULT_RESTART_POLICY: RestartPolicy = { maxRestarts: 3, windowMs: 60_000 };

export function serviceGaveUpMessage(policy: RestartPolicy): string {
  return `后台数据服务在 ${Math.round(policy.windowMs / 1000)} 秒内意外停止了 ${policy.maxRestarts + 1} 次，已不再自动重新启动，本次操作未完成。请关闭并重新启动年报助手；已保存的内容不受影响。如果反复出现，请把数据文件夹中的 nianbao.sqlite 备份后联系技术支持。`;
}

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

/** One started store process: the calls sent to it and not yet answered. */
interface Running {
  proc: ServiceProcess;
  info: ServiceInfo;
  inFlight: Map<number, (envelope: Envelope<unknown>) => void>;
  alive: boolean;
}

/** Starts one store process and resolves once it has opened the database (rejects with the reason if not). */
function launch(
  spawn: () => ServiceProcess,
  config: ServiceConfig,
  ui: UiCapabilities,
  onDied: (running: Running, code: number | null) => void,
): Promise<Running> {
  let proc: ServiceProcess;
  try {
    proc = spawn();
  } catch (error) {
    // a fork refused by the system (no memory, too many processes): said as a start failure, never
    // thrown out of the exit listener that restarts
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return new Promise<Running>((resolveStart, rejectStart) => {
    let running: Running | null = null;
    let settled = false;
    proc.onExit((code) => {
      if (running) {
        running.alive = false;
        onDied(running, code);
      } else if (!settled) {
        settled = true;
        rejectStart(new Error(`后台数据服务未能启动（退出码 ${code ?? '无'}）。`));
      }
    });
    proc.onMessage((message) => {
      switch (message.type) {
        case 'ready':
          if (settled) return;
          settled = true;
          running = { proc, info: message.info, inFlight: new Map(), alive: true };
          resolveStart(running);
          return;
        case 'failed':
          if (settled) return;
          settled = true;
          rejectStart(new ApiError(message.code, message.message));
          proc.kill();
          return;
        case 'result': {
          const resolve = running?.inFlight.get(message.id);
          running?.inFlight.delete(message.id);
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

/**
 * Starts the store in a process from `spawn` and resolves once it has opened the database (rejects
 * with the reason if not). If the process dies later (killed, out of memory, a crash in the native
 * addon), the calls it had not answered are answered with SERVICE_RESTARTED_MESSAGE, a new process is
 * started from `spawn` on the same database, and later calls go to it; at most as often as `restarts`
 * allows, then every call is refused with a message that says what to do.
 */
export function connectService(
  spawn: () => ServiceProcess,
  config: ServiceConfig,
  ui: UiCapabilities,
  restarts: RestartPolicy = DEFAULT_RESTART_POLICY,
): Promise<ServiceClient> {
  let nextId = 1;
  let closing = false;
  /** why calls are refused once no process will serve them again */
  let refusal = SERVICE_STOPPED_MESSAGE;
  const restartTimes: number[] = [];
  const exitWaiters: Array<() => void> = [];
  let current: Promise<Running>;

  const died = (running: Running, code: number | null) => {
    for (const resolve of running.inFlight.values())
      resolve(failure('INTERNAL', closing ? SERVICE_STOPPED_MESSAGE : SERVICE_RESTARTED_MESSAGE));
    running.inFlight.clear();
    for (const wake of exitWaiters.splice(0)) wake();
    if (closing) return;
    const now = Date.now();
    while (restartTimes.length > 0 && now - restartTimes[0]! > restarts.windowMs) restartTimes.shift();
    if (restartTimes.length >= restarts.maxRestarts) {
      refusal = serviceGaveUpMessage(restarts);
      current = Promise.reject(new Error(refusal));
      current.catch(() => {});
      return;
    }
    restartTimes.push(now);
    console.error(`后台数据服务意外停止（退出码 ${code ?? '无'}），正在重新启动。`);
    current = launch(spawn, config, ui, died);
    current.catch((error: unknown) => {
      refusal = `后台数据服务意外停止后未能重新启动：${error instanceof Error ? error.message : String(error)}请关闭并重新启动年报助手；已保存的内容不受影响。`;
    });
  };

  /** the process that takes the next call; waits while one is being restarted */
  const serving = async (): Promise<Running | null> => {
    for (;;) {
      if (closing) return null;
      const tried = current;
      let running: Running;
      try {
        running = await tried;
      } catch {
        return null;
      }
      if (running.alive) return running;
      // it died after it was handed out; died() has already put its successor in `current`
      if (current === tried) return null;
    }
  };

  const invoke = async (channel: string, args: unknown): Promise<Envelope<unknown>> => {
    const running = await serving();
    if (!running) return failure('INTERNAL', refusal);
    const id = nextId++;
    return new Promise((resolve) => {
      running.inFlight.set(id, resolve);
      running.proc.post({ type: 'call', id, channel, args });
    });
  };

  current = launch(spawn, config, ui, died);
  return current.then((first) => ({
    info: first.info,
    invoke,
    call: callOver(invoke),
    close: async () => {
      const running = await serving();
      closing = true;
      if (!running?.alive) return;
      const ended = new Promise<void>((wake) => exitWaiters.push(wake));
      running.proc.post({ type: 'stop' });
      const timer = setTimeout(() => running.proc.kill(), STOP_TIMEOUT_MS);
      await ended;
      clearTimeout(timer);
    },
  }));
}
