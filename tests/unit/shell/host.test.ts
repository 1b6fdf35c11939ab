import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { IMMUTABLE_CACHE_CONTROL } from '../../../electron/main/static-files';
import { injectClientScript, startHost, type Host } from '../../host/server';
import { rawRequest } from './http';

const root = mkdtempSync(join(tmpdir(), 'nianbao-host-'));
const projectRoot = join(root, 'app');
mkdirSync(join(projectRoot, 'dist', 'renderer', 'assets'), { recursive: true });
mkdirSync(join(projectRoot, 'dist', 'host'), { recursive: true });
writeFileSync(join(projectRoot, 'package.json'), JSON.stringify({ version: '9.8.7' }));
writeFileSync(
  join(projectRoot, 'dist', 'renderer', 'index.html'),
  '<!doctype html><html><head><title>年报</title><script type="module" src="./assets/app.js"></script></head><body></body></html>',
);
writeFileSync(join(projectRoot, 'dist', 'renderer', 'assets', 'app.js'), 'export {}');
writeFileSync(join(projectRoot, 'dist', 'renderer', 'assets', 'index-Crh5MSCu.js'), 'export {}');
writeFileSync(join(projectRoot, 'dist', 'host', 'client.js'), '/* client */');
writeFileSync(join(root, 'secret.txt'), 'secret');

let host: Host;
let cookie: string;
const LIMIT = 64 * 1024;

function organCount(): number {
  const db = new Database(host.dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM organs').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function api(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(host.origin, `/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: host.origin, Cookie: cookie, ...headers },
    body: JSON.stringify(body),
  });
}

const organ = { name: '某市人民政府办公室', kind: '人民政府', region: '某市', rulesPower: true };

beforeAll(async () => {
  host = await startHost({ dataDir: join(root, 'data'), projectRoot, maxBodyBytes: LIMIT });
  const handshake = await rawRequest(host.origin, `/?token=${host.token}`);
  expect(handshake.status).toBe(302);
  expect(handshake.headers.location).toBe('/');
  const setCookie = String(handshake.headers['set-cookie']);
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  cookie = setCookie.split(';')[0]!;
});
afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('loopback host', () => {
  it('listens on 127.0.0.1 with a random port and a 32-byte token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
    expect(host.dbPath.startsWith(join(root, 'data'))).toBe(true);
  });

  it('serves the app with the CSP and the transport script before the app script', async () => {
    const page = await rawRequest(host.origin, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.body.indexOf('<script src="/host-client.js"></script>')).toBeLessThan(
      page.body.indexOf('./assets/app.js'),
    );
    expect(page.body.indexOf('<script src="/host-client.js"></script>')).toBeGreaterThan(0);
    const client = await rawRequest(host.origin, '/host-client.js', { headers: { Cookie: cookie } });
    expect(client.body).toBe('/* client */');
    expect(client.headers['content-type']).toMatch(/javascript/);
    // the page and the client are asked for each time; a content-named asset is kept (and so compiled from V8's cache)
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(client.headers['cache-control']).toBe('no-cache');
    const asset = await rawRequest(host.origin, '/assets/index-Crh5MSCu.js', { headers: { Cookie: cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    const refused = await rawRequest(host.origin, '/assets/index-Crh5MSCu.js');
    expect(refused.status).toBe(403);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('answers a valid call with an envelope, through the real store', async () => {
    const info = await api('app.info', {});
    expect(JSON.parse(info.body)).toEqual({
      ok: true,
      value: {
        version: '9.8.7',
        dataDir: host.dataDir,
        recovery: null,
        // a browser tab: exports are handed to it as downloads; there is no folder to show
        exportsShell: { showInFolder: false, download: true },
      },
    });
    const saved = JSON.parse((await api('organs.save', organ)).body);
    expect(saved.ok).toBe(true);
    expect(saved.value.name).toBe(organ.name);
    expect(organCount()).toBe(1);
  });

  it('refuses pages without the token, and a wrong token, in Chinese', async () => {
    for (const path of ['/', '/index.html', '/host-client.js', '/?token=deadbeef']) {
      const res = await rawRequest(host.origin, path);
      expect(res.status).toBe(403);
      expect(res.body).toMatch(/拒绝访问/);
    }
  });

  it('refuses API calls without the cookie, from a foreign Origin, or without Origin — and writes nothing', async () => {
    const before = organCount();
    const attempts = [
      await api('organs.save', { ...organ, name: '甲' }, { Cookie: '' }),
      await api('organs.save', { ...organ, name: '乙' }, { Cookie: `${cookie.split('=')[0]}=${'0'.repeat(64)}` }),
      await api('organs.save', { ...organ, name: '丙' }, { Origin: 'http://evil.example' }),
      await api('organs.save', { ...organ, name: '丁' }, { Origin: 'null' }),
      await rawRequest(host.origin, '/api/organs.save', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
        body: JSON.stringify({ ...organ, name: '戊' }),
      }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(JSON.parse(res.body).error.message).toMatch(/拒绝访问/);
    }
    expect(organCount()).toBe(before);
  });

  it('refuses a foreign Host header (DNS rebinding), even with a valid cookie and origin', async () => {
    const before = organCount();
    for (const hostHeader of ['evil.example', `localhost:${new URL(host.origin).port}`, '127.0.0.1', `127.0.0.1:1`]) {
      const res = await api('organs.save', { ...organ, name: '己' }, { Host: hostHeader });
      expect(res.status).toBe(403);
      const page = await rawRequest(host.origin, `/?token=${host.token}`, { headers: { Host: hostHeader } });
      expect(page.status).toBe(403);
      expect(page.headers['set-cookie']).toBeUndefined();
    }
    expect(organCount()).toBe(before);
  });

  it('accepts only POST with JSON on /api, and caps the body', async () => {
    const get = await rawRequest(host.origin, '/api/organs.list', { headers: { Cookie: cookie, Origin: host.origin } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const form = await api('organs.list', {}, { 'Content-Type': 'text/plain' });
    expect(form.status).toBe(415);
    const big = await rawRequest(host.origin, '/api/organs.save', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.origin, Cookie: cookie },
      body: JSON.stringify({ ...organ, region: 'x'.repeat(LIMIT) }),
    });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toMatch(/过大/);
    const broken = await rawRequest(host.origin, '/api/organs.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: host.origin, Cookie: cookie },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  });

  it('returns INVALID_ARGS for malformed arguments and unknown channels', async () => {
    expect(JSON.parse((await api('organs.save', { name: 42 })).body)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    });
    const unknown = JSON.parse((await api('fs.readFile', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(unknown.error.message).toMatch(/未知的调用/);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2f..%2fsecret.txt',
      '/..%5c..%5csecret.txt',
    ]) {
      const res = await rawRequest(host.origin, path, { headers: { Cookie: cookie } });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });

  it('writes exports into <dataDir>/exports, and leaves printing to the browser', async () => {
    const organs = JSON.parse((await api('organs.list', {})).body).value as Array<{ id: number }>;
    const created = JSON.parse((await api('reports.create', { organId: organs[0]!.id, year: 2025 })).body);
    expect(created.ok).toBe(true);
    const exported = JSON.parse(
      (await api('export.file', { reportId: created.value.id, kind: 'json', final: false })).body,
    );
    expect(exported.ok).toBe(true);
    expect(dirname(exported.value.path)).toBe(join(host.dataDir, 'exports'));
    const bytes = readFileSync(exported.value.path);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(exported.value.sha256);
    expect(JSON.parse(bytes.toString('utf8')).report.year).toBe(2025);
    const download = JSON.parse(
      (await api('export.download', { reportId: created.value.id, exportId: exported.value.exportId })).body,
    );
    expect(Buffer.from(download.value.contentBase64, 'base64').equals(bytes)).toBe(true);
    const printed = JSON.parse((await api('export.print', { reportId: created.value.id })).body);
    expect(printed).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
    expect(printed.error.message).toMatch(/Ctrl\+P/);
  });
});

describe('client script injection', () => {
  it('goes before the first script, else before </head>', () => {
    expect(injectClientScript('<head><script src=a></script></head>')).toBe(
      '<head><script src="/host-client.js"></script><script src=a></script></head>',
    );
    expect(injectClientScript('<head><title>t</title></head>')).toBe(
      '<head><title>t</title><script src="/host-client.js"></script></head>',
    );
  });
});
