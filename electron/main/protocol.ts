/**
 * The app:// scheme that serves the built renderer inside Electron. A custom standard, secure scheme
 * gives the page a real origin (for 'self' in the CSP) without file:// and its broad access.
 * The request handler is plain Node (global Response) so it is tested without Electron.
 */
import { SECURITY_HEADERS } from './csp';
import { cacheControlFor, readStaticFile } from './static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'nianbao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** True for URLs of our own renderer; every other navigation is refused. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function textResponse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  });
}

export async function handleAppRequest(rendererDir: string, url: string, method: string): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, '不支持的请求方式');
  if (!isAppUrl(url)) return textResponse(404, '找不到该页面');
  const pathname = new URL(url).pathname;
  const file = await readStaticFile(rendererDir, pathname);
  if (!file) return textResponse(404, '找不到该文件');
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControlFor(pathname),
  };
  if (file.isHtml) Object.assign(headers, SECURITY_HEADERS);
  return new Response(method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
}
