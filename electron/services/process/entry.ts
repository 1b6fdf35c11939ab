/**
 * The store process's main module (bundled to ES modules in dist/services/store/, started through the
 * CommonJS stub dist/services/store-process.cjs that scripts/build.mjs writes). Electron starts it as a
 * utilityProcess and talks over process.parentPort; Node (the loopback host, the tests) forks it and
 * talks over the IPC channel of child_process.fork. Everything else is in service.ts.
 */
import { isToService, type FromService, type Port, type ToService } from './messages';
import { serveStore } from './service';

/** process.parentPort of an Electron utility process, described here so that services never import electron. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

function parentPort(): Port<FromService, ToService> {
  const electronPort = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return {
      post: (message) => electronPort.postMessage(message),
      onMessage: (listener) =>
        electronPort.on('message', (event) => {
          if (isToService(event.data)) listener(event.data);
        }),
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('数据服务须由年报助手启动（缺少与父进程的通道）。');
  // the parent is gone: nobody is left to answer, and every acknowledged write is already on disk
  process.on('disconnect', () => process.exit(0));
  // Ctrl+C in a terminal reaches the whole process group; the parent stops this process itself, after
  // the calls in flight, so a save it has already sent is not cut off
  process.on('SIGINT', () => {});
  return {
    post: (message) => {
      if (process.connected) send(message);
    },
    onMessage: (listener) =>
      process.on('message', (message) => {
        if (isToService(message)) listener(message);
      }),
  };
}

serveStore(parentPort(), (code) => process.exit(code));
