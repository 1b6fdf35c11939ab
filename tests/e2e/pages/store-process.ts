import { readdirSync, readFileSync } from 'node:fs';

/**
 * The store process the loopback host forked (dist/services/store-process.cjs), found among the
 * host's children in /proc (Linux), so a spec can end it as the operating system would.
 */
export function storeProcessPid(hostPid: number): number {
  const children = readdirSync(`/proc/${hostPid}/task`).flatMap((task) =>
    readFileSync(`/proc/${hostPid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
  const store = children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('store-process');
    } catch {
      return false; // ended meanwhile
    }
  });
  if (store.length !== 1) throw new Error(`expected one store process under host ${hostPid}, found ${store.length}`);
  return store[0]!;
}

/** SIGKILL, as the operating system ends a process out of memory; resolves once it is gone. */
export async function killStoreProcess(hostPid: number): Promise<number> {
  const pid = storeProcessPid(hostPid);
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return pid;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`store process ${pid} did not end`);
}
