/**
 * Maps a request path onto a file of the built renderer, refusing anything that would leave its
 * folder. Used by the Electron app:// protocol and by the loopback test host, so both serve exactly
 * the same files the same way. Node only; no electron.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  const dot = file.lastIndexOf('.');
  const ext = dot >= 0 ? file.slice(dot).toLowerCase() : '';
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

/**
 * The file under rootDir that a URL path names, or null when the path is malformed or tries to
 * escape (`..`, encoded `%2e%2e`, backslashes, NUL, absolute drive paths). '/' means index.html.
 */
export function resolveStaticPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) return null;
  if (segments.length === 0 || decoded.endsWith('/')) segments.push('index.html');
  const file = join(rootDir, ...segments);
  const inside = relative(rootDir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) return null;
  return file;
}

/**
 * Vite names every file it emits under assets/ by its content (`index-Crh5MSCu.js`): a changed file has a
 * new name, so such a file may be kept for good. Kept, a script is read from the browser's cache on every
 * later start instead of being fetched again, and Chromium may keep V8's code cache for it (it does so only
 * for scripts it serves from its cache). Everything else (index.html, which names the current files, and
 * the host's client script) is asked for again each time.
 */
const CONTENT_NAMED = /^\/assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/;
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export function cacheControlFor(urlPath: string): string {
  return CONTENT_NAMED.test(urlPath) ? IMMUTABLE_CACHE_CONTROL : 'no-cache';
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
  isHtml: boolean;
}

/** Reads the file a URL path names; null when refused or absent. */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(rootDir, urlPath);
  if (!file) return null;
  try {
    const body = await readFile(file);
    const contentType = contentTypeFor(file);
    return { body, contentType, isHtml: contentType.startsWith('text/html') };
  } catch {
    return null;
  }
}
