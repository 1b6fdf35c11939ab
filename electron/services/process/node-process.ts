/**
 * The store process under Node (the loopback host of browser mode and the tests): a child process
 * forked with child_process.fork, not a worker_thread, for the same reasons the app uses Electron's
 * utilityProcess: a crash or a runaway import in it cannot take the HTTP server down, it has its own
 * heap and event loop, and SQLite's locks really are between two processes, as with the CLI.
 */
import { fork } from 'node:child_process';
import { join } from 'node:path';
import {
  connectService,
  type RestartPolicy,
  type ServiceClient,
  type ServiceProcess,
  type UiCapabilities,
} from './client';
import { isFromService, type ServiceConfig } from './messages';

export interface ServiceLaunch {
  /** the module the child runs */
  entry: string;
  execArgv: string[];
}

/**
 * Bundled (dist/<folder>/*.cjs): the store process's bundle beside it, dist/services/store-process.cjs.
 * From source (vitest): entry.ts through tsx.
 */
export function defaultServiceLaunch(): ServiceLaunch {
  if (__filename.endsWith('.cjs'))
    return { entry: join(__dirname, '..', 'services', 'store-process.cjs'), execArgv: [] };
  return { entry: join(__dirname, 'entry.ts'), execArgv: ['--import', 'tsx'] };
}

export function forkServiceProcess(launch: ServiceLaunch = defaultServiceLaunch()): ServiceProcess {
  const child = fork(launch.entry, [], {
    execArgv: launch.execArgv,
    // structured clone: PDF bytes travel as Uint8Array, not as JSON
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    pid: child.pid,
    post: (message) => {
      // a process killed a moment ago may still look connected: the send then fails, and the client
      // answers the call when it sees the exit, so the error is not raised as an 'error' event here
      if (child.connected) child.send(message, () => {});
    },
    onMessage: (listener) =>
      child.on('message', (message) => {
        if (isFromService(message)) listener(message);
      }),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => {
      child.kill();
    },
  };
}

/** The store process for the host and the tests; started again from the same launch if it dies. */
export function startNodeService(
  config: ServiceConfig,
  ui: UiCapabilities,
  launch?: ServiceLaunch,
  restarts?: RestartPolicy,
): Promise<ServiceClient> {
  return connectService(() => forkServiceProcess(launch), config, ui, restarts);
}
