/**
 * Starts the store process (dist/services/store-process.cjs) as Electron's utilityProcess: a Node
 * process of its own, with Electron's ABI (hence the Electron-built better-sqlite3 passed in the start
 * message), talking over a MessagePort. Only the adapter to the Port of client.ts lives here; the
 * protocol and both ends are Node code, unit-tested with a forked child (node-process.ts).
 */
import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { ServiceProcess } from '../services/process/client';
import { isFromService, type ToService } from '../services/process/messages';

export function forkStoreProcess(bundleDir: string): ServiceProcess {
  const child = utilityProcess.fork(join(bundleDir, 'services', 'store-process.cjs'), [], {
    serviceName: 'nianbao-store',
    stdio: 'inherit',
  });
  // messages posted before the process has started are held until it has
  let queued: ToService[] | null = [];
  child.once('spawn', () => {
    for (const message of queued ?? []) child.postMessage(message);
    queued = null;
  });
  return {
    get pid() {
      return child.pid;
    },
    post: (message) => {
      if (queued) queued.push(message);
      else child.postMessage(message);
    },
    onMessage: (listener) =>
      child.on('message', (message: unknown) => {
        if (isFromService(message)) listener(message);
      }),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => {
      child.kill();
    },
  };
}
