/**
 * The shell around the app: window.nianbao works from the page, and the loopback host refuses what
 * a foreign page or a rebinding attack would send, without writing anything.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { request as playwrightRequest } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { expect, test } from './fixtures';

function countOrgans(dbPath: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM organs').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const organ = { name: '某县人民政府办公室', kind: '人民政府', region: '某县', rulesPower: true } as const;

test('window.nianbao reaches the real store and answers with envelopes', async ({ page, host }) => {
  const listed = await page.evaluate(() => window.nianbao.invoke('organs.list', {}));
  expect(listed).toEqual({ ok: true, value: [] });

  const info = await page.evaluate(() => window.nianbao.invoke('app.info', {}));
  expect(info).toMatchObject({ ok: true, value: { dataDir: host.dataDir, recovery: null } });

  const saved = await page.evaluate((o) => window.nianbao.invoke('organs.save', o), organ);
  expect(saved).toMatchObject({ ok: true, value: { name: organ.name, kind: organ.kind } });
  expect(countOrgans(host.dbPath)).toBe(1);
});

test('malformed arguments come back as INVALID_ARGS with a Chinese message', async ({ page, host }) => {
  const result = await page.evaluate(() =>
    (window.nianbao.invoke as (c: string, a: unknown) => Promise<unknown>)('organs.save', { name: 42, kind: '火星' }),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  expect((result as { error: { message: string } }).error.message).toMatch(/^参数不正确/);
  const unknown = await page.evaluate(() =>
    (window.nianbao.invoke as (c: string, a: unknown) => Promise<unknown>)('fs.readFile', {}),
  );
  expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
  expect(countOrgans(host.dbPath)).toBe(0);
});

test('the bridge cannot be replaced by page script', async ({ page }) => {
  const replaced = await page.evaluate(() => {
    try {
      (window as unknown as { nianbao: unknown }).nianbao = { invoke: () => 'hijacked' };
    } catch {
      /* strict-mode pages throw; sloppy ones ignore the write */
    }
    return typeof window.nianbao.invoke === 'function' && window.nianbao.invoke.toString() !== "() => 'hijacked'";
  });
  expect(replaced).toBe(true);
});

test.describe('loopback host security', () => {
  test.beforeEach(({ host }) => {
    test.skip(host.transport !== 'browser', 'only the loopback host listens on a port');
  });

  test('the page is served with the CSP', async ({ page, host }) => {
    const response = await page.request.get(`${host.origin}/`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  test('a call without the session cookie is refused with 403 and writes nothing', async ({ host }) => {
    const stranger = await playwrightRequest.newContext();
    try {
      const response = await stranger.post(`${host.origin}/api/organs.save`, {
        data: organ,
        headers: { Origin: host.origin },
      });
      expect(response.status()).toBe(403);
      expect((await response.json()).error.message).toMatch(/拒绝访问/);
      const page = await stranger.get(`${host.origin}/`);
      expect(page.status()).toBe(403);
    } finally {
      await stranger.dispose();
    }
    expect(countOrgans(host.dbPath)).toBe(0);
  });

  test('a foreign page on the same machine cannot write, even though the browser holds the cookie', async ({
    page,
    host,
  }) => {
    // Same site as the host (127.0.0.1, another port): SameSite lets the cookie through, so the Origin check must stop it.
    const target = `${host.origin}/api/organs.save`;
    const evil: Server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><form id="f" method="POST" action="${target}" enctype="text/plain"><input name='{"a":"' value='"}'></form>`,
      );
    });
    await new Promise<void>((r) => evil.listen(0, '127.0.0.1', r));
    const evilOrigin = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
    try {
      const attacker = await page.context().newPage();
      await attacker.goto(`${evilOrigin}/`);
      const fetched = await attacker.evaluate(
        async ({ target, organ }) => {
          const json = await fetch(target, {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(organ),
          }).then(
            (r) => r.status,
            () => 'blocked',
          );
          const simple = await fetch(target, {
            method: 'POST',
            mode: 'no-cors',
            credentials: 'include',
            body: JSON.stringify(organ),
          }).then(
            (r) => r.type,
            () => 'blocked',
          );
          return { json, simple };
        },
        { target, organ },
      );
      // The JSON call needs a CORS preflight the host never grants; the no-cors one arrives and is refused.
      expect(fetched.json).toBe('blocked');
      expect(fetched.simple).toBe('opaque');
      const formResponse = attacker.waitForResponse(target);
      await attacker.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
      expect((await formResponse).status()).toBe(403);
      // The same request with the Origin forged by a non-browser client but no cookie is refused too.
      const forged = await page.request.post(target, { data: organ, headers: { Origin: evilOrigin } });
      expect(forged.status()).toBe(403);
    } finally {
      evil.close();
    }
    expect(countOrgans(host.dbPath)).toBe(0);
  });

  test('a foreign Host header (DNS rebinding) is refused with 403 and writes nothing', async ({ page, host }) => {
    const port = new URL(host.origin).port;
    // localhost resolves to this machine like a rebinding name would, but it is not the host's own name.
    const rebound = await page.context().newPage();
    const response = await rebound.goto(
      `http://localhost:${port}/?token=${new URL(host.url).searchParams.get('token')}`,
    );
    expect(response?.status()).toBe(403);
    expect(await rebound.textContent('body')).toMatch(/拒绝访问/);
    const call = await page.request.post(`${host.origin}/api/organs.save`, {
      data: organ,
      headers: { Origin: host.origin, Host: `evil.example:${port}` },
    });
    expect(call.status()).toBe(403);
    expect(countOrgans(host.dbPath)).toBe(0);
  });
});
