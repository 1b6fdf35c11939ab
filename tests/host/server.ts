/**
 * The loopback host: serves the built renderer and passes POST /api/<channel> to the store process
 * (electron/services/process), which runs the same handlers and dispatch() as in the Electron app. The
 * host itself stays thin: it never touches the database, so a locked file or a large import cannot
 * keep it from answering. Used by the Playwright fixture (in a process of its own, tests/host/run.ts)
 * and by `npm start` when Electron is not installed. Any web page the user visits can send requests to 127.0.0.1, so every request is
 * checked: the Host header (against DNS rebinding), a per-run secret token held in an HttpOnly
 * SameSite=Strict cookie, and for API calls the Origin. A refused request touches nothing.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import type { ErrorCode } from '../../shared/api';
import { SECURITY_HEADERS } from '../../electron/main/csp';
import { cacheControlFor, readStaticFile } from '../../electron/main/static-files';
import type { UiCapabilities } from '../../electron/services/process/client';
import { startNodeService, type ServiceLaunch } from '../../electron/services/process/node-process';
import { createPdfPrinter } from '../../electron/services/export/pdf';
import { DATABASE_FILE } from '../../electron/services/store/data-dir';

export const MAX_BODY_BYTES = 80 * 1024 * 1024;
const CLIENT_SCRIPT_PATH = '/host-client.js';

export interface HostOptions {
  dataDir: string;
  /** 0 or absent: a free port chosen by the system */
  port?: number;
  /** the repository (or installed app) folder holding dist/ and package.json; defaults to the working folder */
  projectRoot?: string;
  maxBodyBytes?: number;
  /** overrides how exports are turned into PDF (tests of the host itself); defaults to the Chromium printer */
  printPdf?: UiCapabilities['printPdf'];
  /** how to start the store process; defaults to the bundle beside this one, or the source through tsx */
  service?: ServiceLaunch;
}

export interface Host {
  /** open this once in the browser: it sets the session cookie and redirects to the app */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  dbPath: string;
  /** settles when the store process is up (rejects when it cannot start); API calls wait for it */
  ready: Promise<void>;
  close(): Promise<void>;
}

const REFUSED = {
  host: '拒绝访问：请求的主机名不是本机地址 127.0.0.1。请使用年报助手启动时显示的链接。',
  token: '拒绝访问：缺少或错误的访问令牌。请使用年报助手启动时显示的链接（含 token）重新打开。',
  origin: '拒绝访问：请求不是从年报助手本身的页面发出的。',
  method: '不支持的请求方式：接口只接受 POST。',
  contentType: '请求格式不正确：接口只接受 JSON。',
  tooLarge: '请求内容过大，已拒绝。',
  badJson: '请求内容不是有效的 JSON。',
  notBuilt: '界面尚未构建：请先运行 npm run build。',
  notFound: '找不到该文件。',
} as const;

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sendText(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...extra,
  });
  res.end(message);
}

function sendEnvelope(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}

function refuseApi(res: ServerResponse, status: number, message: string): void {
  // 403: not our page; 405/413/415: a request our own client never makes
  const code: ErrorCode = status === 403 ? 'FORBIDDEN' : 'INVALID_ARGS';
  sendEnvelope(res, status, { ok: false, error: { code, message } });
}

class BodyTooLarge extends Error {}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads the whole body, keeping at most `limit` bytes. An oversized body is still drained (not kept),
 * so the client gets the 413 answer instead of a reset connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    let tooLarge = Number(req.headers['content-length'] ?? '0') > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolveBody(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** Puts the transport script before the app's own scripts, so window.nianbao exists when the app starts. */
export function injectClientScript(html: string): string {
  const tag = `<script src="${CLIENT_SCRIPT_PATH}"></script>`;
  const firstScript = html.search(/<script[\s>]/i);
  if (firstScript >= 0) return html.slice(0, firstScript) + tag + html.slice(firstScript);
  const headEnd = html.search(/<\/head>/i);
  return headEnd >= 0 ? html.slice(0, headEnd) + tag + html.slice(headEnd) : tag + html;
}

function readVersion(projectRoot: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function startHost(options: HostOptions): Promise<Host> {
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const rendererDir = join(projectRoot, 'dist', 'renderer');
  const clientDir = join(projectRoot, 'dist', 'host');
  const dataDir = resolve(options.dataDir);
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  mkdirSync(dataDir, { recursive: true });
  // one browser kept warm for this host's PDFs, started on the first one and closed with the host
  const printer = createPdfPrinter();
  const exportsDir = join(dataDir, 'exports');
  // The store process (an 8 MB bundle to compile, then the database to open) starts while the host
  // listens: the page and its scripts are served at once, and the first API call waits for the store.
  const starting = startNodeService(
    // the page is a browser tab: each export is handed to it as a download as well
    { dataDir, version: readVersion(projectRoot), canPrint: false, browserDownloads: true },
    {
      // The browser cannot show a native save dialog for us: exports land in one known folder.
      choosePath: async (_kind, suggestedFileName) => {
        mkdirSync(exportsDir, { recursive: true });
        return join(exportsDir, basename(suggestedFileName));
      },
      printPdf: options.printPdf ?? ((html) => printer.print(html)),
      chooseOverviewPath: async (suggestedFileName) => {
        mkdirSync(exportsDir, { recursive: true });
        return join(exportsDir, basename(suggestedFileName));
      },
    },
    options.service,
  );
  // a store that cannot start is reported by `ready` and by every API call, not as an unhandled rejection
  starting.catch(() => undefined);
  const token = randomBytes(32).toString('hex');
  let expectedHost = '';
  let origin = '';
  let cookieName = '';

  async function handleApi(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      refuseApi(res, 405, REFUSED.method);
      return;
    }
    if (req.headers.origin !== origin) return refuseApi(res, 403, REFUSED.origin);
    if (!sameSecret(readCookie(req, cookieName), token)) return refuseApi(res, 403, REFUSED.token);
    if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? ''))
      return refuseApi(res, 415, REFUSED.contentType);
    let raw: unknown;
    try {
      const body = await readBody(req, limit);
      raw = JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuseApi(res, 413, REFUSED.tooLarge);
      return sendEnvelope(res, 400, { ok: false, error: { code: 'INVALID_ARGS', message: REFUSED.badJson } });
    }
    let service;
    try {
      service = await starting;
    } catch (error) {
      return sendEnvelope(res, 503, {
        ok: false,
        error: { code: 'INTERNAL', message: `后台数据服务未能启动，请关闭后重新运行年报助手。（${errorText(error)}）` },
      });
    }
    // checked against the contract (channel and arguments) by dispatch() in the store process
    sendEnvelope(res, 200, await service.invoke(channel, raw));
  }

  async function handlePage(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendText(res, 405, '不支持的请求方式。');
    }
    const offered = url.searchParams.get('token');
    if (url.pathname === '/' && offered !== null) {
      if (!sameSecret(offered, token)) return sendText(res, 403, REFUSED.token);
      res.writeHead(302, {
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: '/',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      });
      res.end();
      return;
    }
    if (!sameSecret(readCookie(req, cookieName), token)) return sendText(res, 403, REFUSED.token);
    const fromClient = url.pathname === CLIENT_SCRIPT_PATH;
    const file = await readStaticFile(fromClient ? clientDir : rendererDir, fromClient ? '/client.js' : url.pathname);
    if (!file) {
      const built = await readStaticFile(rendererDir, '/index.html');
      return sendText(res, 404, built ? REFUSED.notFound : REFUSED.notBuilt);
    }
    const headers: Record<string, string> = {
      'Content-Type': file.contentType,
      'X-Content-Type-Options': 'nosniff',
      // the page and the client script each time; the content-named assets for good (static-files.ts)
      'Cache-Control': fromClient ? 'no-cache' : cacheControlFor(url.pathname),
    };
    let body: Buffer = file.body;
    if (file.isHtml) {
      Object.assign(headers, SECURITY_HEADERS);
      body = Buffer.from(injectClientScript(file.body.toString('utf8')));
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    // DNS rebinding: a foreign name resolving to 127.0.0.1 must not reach us.
    if (req.headers.host !== expectedHost) {
      sendText(res, 403, REFUSED.host);
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    const work = url.pathname.startsWith('/api/')
      ? handleApi(req, res, url.pathname.slice('/api/'.length))
      : handlePage(req, res, url);
    work.catch((error: unknown) => {
      console.error('[host]', error);
      if (!res.headersSent) sendText(res, 500, '本机服务内部错误。');
      else res.end();
    });
  });

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
    });
  } catch (error) {
    await (await starting.catch(() => null))?.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  expectedHost = `127.0.0.1:${port}`;
  origin = `http://${expectedHost}`;
  // Cookies are shared across ports of one host name: one name per port keeps two hosts apart.
  cookieName = `nianbao_token_${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    dataDir,
    dbPath: join(dataDir, DATABASE_FILE),
    ready: starting.then(() => undefined),
    close: async () => {
      await new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      });
      await (await starting.catch(() => null))?.close();
      await printer.close();
    },
  };
}
