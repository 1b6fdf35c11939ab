/**
 * The home page's peers, served on a loopback port of their own (tests/bench/react-floor-home/):
 * - `/react`: the React floor, the home list's first screen (the same 40 rows in the same markup and the
 *   app's style sheet) rendered by the app's React (production build, bundled by esbuild as the naive
 *   grid is) from a fixed array, no API: what React itself costs to start and draw that screen;
 * - `/static`: the same markup as static HTML (react-dom/server, in this process): what the browser
 *   costs to parse, style, lay out and paint that screen, with no script at all;
 * - `/bare`: floor-page.ts's bare page, for the renderer-memory peer (reloaded as the editor is).
 * The scripts and the style sheet are served as the app's are (content-named, Cache-Control immutable),
 * so a later load reads them from the browser's cache, as the home row's loads do.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { floorPageHtml } from './floor-page';
import { FloorHome, floorCards } from './react-floor-home/FloorHome';
import { appStyleSheet, bundleBenchScript } from './react-page-server';

export interface HomeFloors {
  reactUrl: string;
  staticUrl: string;
  bareUrl: string;
  close(): Promise<void>;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

function page(body: string, head: string, ready: boolean): string {
  return `<!doctype html><html lang="zh-CN"${ready ? ' data-ready="1"' : ''}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>政府信息公开年报助手</title>
<link rel="stylesheet" href="/floor.css">${head}</head><body><div id="root">${body}</div></body></html>`;
}

export async function serveHomeFloors(projectRoot: string, bare: { cell: string; total: string }): Promise<HomeFloors> {
  const script = await bundleBenchScript(projectRoot, ['tests', 'bench', 'react-floor-home', 'main.tsx'], 'esm');
  const css = appStyleSheet(projectRoot);
  const cards = floorCards();
  const reactPage = page(
    '',
    `<script>window.__floorCards = ${JSON.stringify(cards)};</script><script type="module" src="/floor.js"></script>`,
    false,
  );
  const staticPage = page(renderToStaticMarkup(createElement(FloorHome, { cards })), '', true);
  const server = createServer((req, res) => {
    if (req.url === '/floor.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': IMMUTABLE });
      res.end(script);
    } else if (req.url === '/floor.css') {
      res.writeHead(200, { 'content-type': 'text/css', 'cache-control': IMMUTABLE });
      res.end(css);
    } else {
      const html =
        req.url === '/react' ? reactPage : req.url === '/static' ? staticPage : floorPageHtml(bare.cell, bare.total);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    reactUrl: `${origin}/react`,
    staticUrl: `${origin}/static`,
    bareUrl: `${origin}/bare`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
