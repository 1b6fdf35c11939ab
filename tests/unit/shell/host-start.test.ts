/**
 * The loopback host serves its page while the store process is still starting (compiling its bundle,
 * opening the database): API calls wait for the store, and a store that cannot start is said, in
 * Chinese, by every API call and by `ready`. The store here is a stand-in that is slow, or that fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startHost } from '../../host/server';
import { rawRequest } from './http';

const root = mkdtempSync(join(tmpdir(), 'nianbao-host-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const projectRoot = join(root, 'app');
mkdirSync(join(projectRoot, 'dist', 'renderer'), { recursive: true });
mkdirSync(join(projectRoot, 'dist', 'host'), { recursive: true });
writeFileSync(join(projectRoot, 'package.json'), JSON.stringify({ version: '1.0.0' }));
writeFileSync(join(projectRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>年报</title><p>页面</p>');
writeFileSync(join(projectRoot, 'dist', 'host', 'client.js'), '/* client */');

/** a store process that exits with code 3 after `ms`, never having said it is ready */
function failingStore(ms: number): string {
  const file = join(root, `failing-store-${ms}.cjs`);
  writeFileSync(file, `setTimeout(() => process.exit(3), ${ms});`);
  return file;
}

async function session(origin: string, token: string): Promise<string> {
  const handshake = await rawRequest(origin, `/?token=${token}`);
  return String(handshake.headers['set-cookie']).split(';')[0]!;
}

describe('host start', () => {
  it('serves the page before the store is up; API calls wait for it and then say in Chinese that it failed', async () => {
    const host = await startHost({
      dataDir: join(root, 'data-slow'),
      projectRoot,
      service: { entry: failingStore(1500), execArgv: [] },
    });
    try {
      let settled = false;
      const ready = host.ready.then(
        () => (settled = true),
        () => (settled = true),
      );
      const cookie = await session(host.origin, host.token);
      const page = await rawRequest(host.origin, '/', { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(page.body).toContain('页面');
      // the page came while the store was still starting
      expect(settled).toBe(false);

      const call = await rawRequest(host.origin, '/api/organs.list', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: host.origin, Cookie: cookie },
        body: '{}',
      });
      expect(call.status).toBe(503);
      const envelope = JSON.parse(call.body) as { ok: boolean; error: { code: string; message: string } };
      expect(envelope.ok).toBe(false);
      expect(envelope.error.message).toMatch(/^后台数据服务未能启动，请关闭后重新运行年报助手。/);
      await ready;
      await expect(host.ready).rejects.toThrow(/后台数据服务未能启动/);
    } finally {
      await host.close();
    }
  });
});
