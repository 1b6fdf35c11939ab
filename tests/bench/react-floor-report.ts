/**
 * Serves the report page's React floor (react-floor-report/FloorTable.tsx, bundled with esbuild as
 * production React) on a loopback port: one page holding 表三's values and the app's own style sheet,
 * its script a separate file as the app's are. The editor bench loads it at 4× with the same paint probe
 * as the report URL, in the same run: the distance between the two is what the app adds to React's own cost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { TABLE_CELLS } from '../../shared/format';
import { getCell, type Report } from '../../shared/report';

export interface ReactFloorServer {
  url: string;
  close(): Promise<void>;
}

export async function serveReactFloor(report: Report, projectRoot: string): Promise<ReactFloorServer> {
  const bundled = await build({
    entryPoints: [join(projectRoot, 'tests', 'bench', 'react-floor-report', 'FloorTable.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const script = bundled.outputFiles[0]!.contents;
  const assets = join(projectRoot, 'dist', 'renderer', 'assets');
  const css = readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  const values = Object.fromEntries(
    TABLE_CELLS.filter((c) => c.id.startsWith('T3.')).map((c) => [c.id, getCell(report, c.id)]),
  );
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>React floor</title>
<style>${css}</style></head><body><div id="root"></div>
<script>window.__floorValues = ${JSON.stringify(values)};</script><script type="module" src="/floor.js"></script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/floor.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
