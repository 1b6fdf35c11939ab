import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { APP_INDEX_URL, handleAppRequest, isAppUrl } from '../../../electron/main/protocol';
import { cacheControlFor, IMMUTABLE_CACHE_CONTROL, resolveStaticPath } from '../../../electron/main/static-files';

const root = mkdtempSync(join(tmpdir(), 'nianbao-protocol-'));
mkdirSync(join(root, 'dist', 'renderer', 'assets'), { recursive: true });
const rendererDir = join(root, 'dist', 'renderer');
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>年报</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
// named by its content, as Vite names what it emits
writeFileSync(join(rendererDir, 'assets', 'index-Crh5MSCu.js'), 'console.log(2)');
writeFileSync(join(root, 'secret.txt'), 'do not serve');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('static path resolution', () => {
  it('maps paths inside the renderer folder', () => {
    expect(resolveStaticPath(rendererDir, '/')).toBe(join(rendererDir, 'index.html'));
    expect(resolveStaticPath(rendererDir, '/index.html')).toBe(join(rendererDir, 'index.html'));
    expect(resolveStaticPath(rendererDir, '/assets/app.js')).toBe(join(rendererDir, 'assets', 'app.js'));
    expect(resolveStaticPath(rendererDir, '/assets/%E5%B9%B4.png')).toBe(join(rendererDir, 'assets', '年.png'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/C:/Windows/win.ini',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(rendererDir, path)).toBeNull();
  });
});

describe('app:// request handler', () => {
  it('serves index.html with the CSP and the right type', async () => {
    const res = await handleAppRequest(rendererDir, APP_INDEX_URL, 'GET');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toContain('<title>年报</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const res = await handleAppRequest(rendererDir, 'app://nianbao/assets/app.js', 'GET');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('lets the content-named assets be kept for good, and asks for the page and other files each time', async () => {
    const asset = await handleAppRequest(rendererDir, 'app://nianbao/assets/index-Crh5MSCu.js', 'GET');
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(await asset.text()).toBe('console.log(2)');
    expect((await handleAppRequest(rendererDir, APP_INDEX_URL, 'GET')).headers.get('cache-control')).toBe('no-cache');
    const unnamed = await handleAppRequest(rendererDir, 'app://nianbao/assets/app.js', 'GET');
    expect(unnamed.headers.get('cache-control')).toBe('no-cache');
    expect(cacheControlFor('/index-Crh5MSCu.js')).toBe('no-cache');
    expect(cacheControlFor('/assets/sub/index-Crh5MSCu.js')).toBe('no-cache');
    expect(cacheControlFor('/assets/rolldown-runtime-WkwZ5CU-.js')).toBe(IMMUTABLE_CACHE_CONTROL);
  });

  it('refuses traversal, foreign hosts, missing files and writes', async () => {
    expect((await handleAppRequest(rendererDir, 'app://nianbao/%2e%2e/%2e%2e/secret.txt', 'GET')).status).toBe(404);
    expect((await handleAppRequest(rendererDir, 'app://other/index.html', 'GET')).status).toBe(404);
    expect((await handleAppRequest(rendererDir, 'app://nianbao/nope.js', 'GET')).status).toBe(404);
    const post = await handleAppRequest(rendererDir, APP_INDEX_URL, 'POST');
    expect(post.status).toBe(405);
    expect(await post.text()).toMatch(/[\u4e00-\u9fff]/);
  });

  it('knows its own URLs', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://nianbao/x#y')).toBe(true);
    expect(isAppUrl('https://nianbao/')).toBe(false);
    expect(isAppUrl('app://evil/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
