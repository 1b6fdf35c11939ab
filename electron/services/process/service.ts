/**
 * The store process's side: opens the store, builds every handler of the contract on it, and answers
 * calls through dispatch() (which validates each argument with the contract). The store, import
 * parsing, rule counting and backups all run here, so a busy database or a large import never holds
 * up the process that serves the window. Runs under Node (tests, browser mode) and as Electron's
 * utilityProcess alike; never imports electron.
 */
import { ApiError, dispatch, type ErrorCode, type ExportKind, type Handlers } from '../../../shared/api';
import { createHandlers } from '../handlers';
import { openStore } from '../store';
import type { Store } from '../store/types';
import type { Ask, FromService, Port, ServiceConfig, ToService } from './messages';

export const NOT_READY_MESSAGE = '数据服务尚未就绪，请稍候再试。';
export const STOPPING_MESSAGE = '数据服务正在关闭，本次操作未执行。';

type Waiting = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

export function serveStore(port: Port<FromService, ToService>, exit: (code: number) => void): void {
  let store: Store | null = null;
  let handlers: Handlers | null = null;
  let stopping = false;
  let nextAsk = 1;
  const asked = new Map<number, Waiting>();
  const inFlight = new Set<Promise<void>>();

  function ask<T>(question: Ask): Promise<T> {
    const id = nextAsk++;
    return new Promise<T>((resolve, reject) => {
      asked.set(id, { resolve: resolve as (value: unknown) => void, reject });
      port.post({ type: 'ask', id, ask: question });
    });
  }

  function start(config: ServiceConfig): void {
    try {
      store = openStore({ dir: config.dataDir, nativeBinding: config.nativeBinding });
    } catch (error) {
      const code: ErrorCode = error instanceof ApiError ? error.code : 'INTERNAL';
      port.post({ type: 'failed', code, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    handlers = createHandlers({
      store,
      version: config.version,
      dataDir: config.dataDir,
      choosePath: (kind: ExportKind, suggestedFileName: string) =>
        ask<string | null>({ name: 'choosePath', kind, suggestedFileName }),
      printPdf: (html: string) => ask<Uint8Array>({ name: 'printPdf', html }),
      print: config.canPrint ? (html: string) => ask<void>({ name: 'print', html }) : undefined,
      chooseOverviewPath: (suggestedFileName: string) =>
        ask<string | null>({ name: 'chooseOverviewPath', suggestedFileName }),
      // the UI's side answers UNSUPPORTED where it has no native dialog (the browser uploads instead)
      chooseUnitPaths: (mode: 'folder' | 'files') => ask<string[] | null>({ name: 'chooseUnitPaths', mode }),
      showInFolder: config.canShowInFolder
        ? (path: string) => ask<null>({ name: 'showInFolder', path }).then(() => undefined)
        : undefined,
      browserDownloads: config.browserDownloads === true,
    });
    port.post({ type: 'ready', info: { dbPath: store.path, recovery: store.recovery } });
  }

  function call(id: number, channel: string, args: unknown): void {
    if (!handlers || stopping) {
      const message = stopping ? STOPPING_MESSAGE : NOT_READY_MESSAGE;
      port.post({ type: 'result', id, envelope: { ok: false, error: { code: 'INTERNAL', message } } });
      return;
    }
    const work = dispatch(handlers, channel, args, (error) => console.error(`[store] ${channel}:`, error)).then(
      (envelope) => port.post({ type: 'result', id, envelope }),
    );
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  }

  async function stop(): Promise<void> {
    if (stopping) return;
    stopping = true;
    // a save waiting for the lock finishes (or gives up) before the database closes under it
    await Promise.allSettled([...inFlight]);
    store?.close();
    exit(0);
  }

  port.onMessage((message) => {
    switch (message.type) {
      case 'start':
        if (!store) start(message.config);
        return;
      case 'call':
        call(message.id, message.channel, message.args);
        return;
      case 'answer': {
        const waiting = asked.get(message.id);
        asked.delete(message.id);
        if (!waiting) return;
        if (message.ok) waiting.resolve(message.value);
        else waiting.reject(new ApiError(message.code, message.message));
        return;
      }
      case 'stop':
        void stop();
        return;
    }
  });
}
