/**
 * The browser-side twin of the Electron preload: installs window.nianbao over fetch to the loopback
 * host. Bundled to dist/host/client.js (IIFE) and loaded by the host before the app script, so the
 * renderer finds the same Api whichever transport it runs on. The session cookie set by the /?token=
 * handshake authenticates each call; the browser adds the Origin header itself.
 */
import type { Api, Envelope } from '../../shared/api';
// the names only, without the schemas: the host validates every call; this page script stays small
import { isChannelName } from '../../shared/api/channels';

function failure(message: string): Envelope<never> {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error?.message === 'string';
}

async function call(channel: string, args: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) return { ok: false, error: { code: 'INVALID_ARGS', message: `未知的调用：${channel}` } };
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args === undefined ? null : args),
    });
  } catch {
    return failure('无法连接本机服务，请确认年报助手仍在运行，然后刷新页面。');
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure(`本机服务返回了无法识别的内容（HTTP ${response.status}）。`);
  }
  return isEnvelope(body) ? body : failure(`本机服务返回了无法识别的内容（HTTP ${response.status}）。`);
}

const api = {
  invoke: ((channel: string, args: unknown) => call(channel, args)) as Api['invoke'],
  // The browser has no application menu; the page's own buttons do the same jobs.
  onMenuCommand: () => () => {},
} satisfies Api;

Object.defineProperty(window, 'nianbao', {
  value: Object.freeze(api),
  writable: false,
  configurable: false,
  enumerable: true,
});
