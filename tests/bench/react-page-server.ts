/**
 * Serves one bench page on a loopback port: a React component bundled with esbuild as production React,
 * the app's own style sheet, and the values it shows put into the page as a global. The naive grid and
 * the report page's React floor are served this way, so both pages load exactly as the app's would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';

export interface BenchPageServer {
  url: string;
  close(): Promise<void>;
}

export interface BenchPage {
  projectRoot: string;
  /** the component's entry, from the project root */
  entry: string[];
  /** 'esm' loads as a module script (as the app's do), 'iife' as a classic one */
  format: 'esm' | 'iife';
  title: string;
  /** the window global the page's script reads its values from */
  valuesGlobal: string;
  values: unknown;
}

/** a bench page's component bundled as the app's renderer is built: production React, minified */
export async function bundleBenchScript(
  projectRoot: string,
  entry: string[],
  format: 'esm' | 'iife',
): Promise<Uint8Array> {
  const bundled = await build({
    entryPoints: [join(projectRoot, ...entry)],
    bundle: true,
    write: false,
    format,
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return bundled.outputFiles[0]!.contents;
}

/** the app's own style sheet, from its built renderer */
export function appStyleSheet(projectRoot: string): string {
  const assets = join(projectRoot, 'dist', 'renderer', 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

export async function serveBenchPage(page: BenchPage): Promise<BenchPageServer> {
  const script = await bundleBenchScript(page.projectRoot, page.entry, page.format);
  const css = appStyleSheet(page.projectRoot);
  const scriptTag =
    page.format === 'esm' ? '<script type="module" src="/page.js"></script>' : '<script src="/page.js"></script>';
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${page.title}</title>
<style>${css}</style></head><body><div id="root"></div>
<script>window.${page.valuesGlobal} = ${JSON.stringify(page.values).replace(/</g, '\\u003c')};</script>${scriptTag}</body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/page.js') {
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
