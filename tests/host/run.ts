/**
 * `node dist/host/host.cjs [--data-dir DIR] [--port N] [--root DIR]`: runs the loopback host until
 * interrupted and prints the one URL to open. This is the browser mode of `npm start`, and the host
 * process of the end-to-end tests (tests/host/spawn.ts). The store runs in a child process of this one,
 * dist/services/store-process.cjs.
 */
import { startHost } from './server';
import { defaultDataDir } from '../../electron/services/store/data-dir';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const port = Number(option(argv, '--port') ?? '0');
  const host = await startHost({
    dataDir: option(argv, '--data-dir') ?? defaultDataDir(),
    port: Number.isInteger(port) && port >= 0 && port < 65536 ? port : 0,
    projectRoot: option(argv, '--root') ?? process.cwd(),
  });
  // before the first line is printed: whoever reads it may stop the host at once
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // the store process finishes its calls in flight and closes the database first
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`数据文件夹：${host.dataDir}`);
  console.log(`请在浏览器中打开：${host.url}`);
  // Machine-readable lines: scripts/start.mjs opens the browser as soon as the page is served (the store
  // process may still be starting); tests/host/spawn.ts gets the details once the store is up and the
  // database file exists.
  console.log(`NIANBAO_URL=${host.url}`);
  host.ready.then(
    () =>
      console.log(
        `NIANBAO_HOST=${JSON.stringify({ url: host.url, origin: host.origin, dataDir: host.dataDir, dbPath: host.dbPath })}`,
      ),
    (error: unknown) => {
      // stopped while the store was starting: nothing to report
      if (stopping) return;
      // the page is served already; a store process that cannot start ends the host with its reason
      console.error(`无法启动本机服务：${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`无法启动本机服务：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
