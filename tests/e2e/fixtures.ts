/**
 * The Playwright fixture every end-to-end spec uses. Each test gets a fresh, empty data folder and the
 * app already loaded on it, whichever transport the project runs:
 *  - chromium: a loopback host (dist/host/host.cjs, in a process of its own, with its store process) on a
 *    random port; the page has done the /?token= handshake;
 *  - electron: the real app via _electron.launch (skipped with a reason when the binary is missing).
 * It waits for the app's own readiness signal (<html data-ready="1">), never on sleeps, and fails a test
 * whose page threw an uncaught error or hit the Content-Security-Policy.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, expect, type ElectronApplication, type Page } from '@playwright/test';
import { ELECTRON_MISSING_REASON, electronSqliteAddon, findElectronBinary } from '../../build/electron-binary.mjs';
import { APP_INDEX_URL, APP_ORIGIN } from '../../electron/main/protocol';
import { DATABASE_FILE } from '../../electron/services/store';
import { spawnHost } from '../host/spawn';

export interface HostInfo {
  /** where the app was opened: the handshake URL of the loopback host, or app://nianbao/index.html */
  url: string;
  origin: string;
  dataDir: string;
  /** the SQLite file, for specs that read what was really stored (open it readonly) */
  dbPath: string;
  transport: 'browser' | 'electron';
  /** the loopback host's process id (browser only): its store process is a child of it */
  hostPid?: number;
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Resolves when the renderer says it has loaded its first data. */
export async function waitForAppReady(page: Page): Promise<void> {
  await page.locator('html[data-ready="1"]').waitFor({ state: 'attached', timeout: 30_000 });
}

interface Fixtures {
  dataDir: string;
  electronApp: ElectronApplication | null;
  host: HostInfo;
  pageProblems: string[];
}

export const test = base.extend<Fixtures & { skipWithoutElectron: void }>({
  skipWithoutElectron: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the pattern
    async ({}, use, testInfo) => {
      if (testInfo.project.name === 'electron') {
        if (!findElectronBinary(projectRoot)) testInfo.skip(true, ELECTRON_MISSING_REASON);
        if (!existsSync(electronSqliteAddon(projectRoot)))
          testInfo.skip(
            true,
            '缺少 Electron 版 better-sqlite3（.electron-native/）：先运行一次 npm start 生成并校验它。',
          );
      }
      await use();
    },
    { auto: true },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  electronApp: async ({ dataDir }, use, testInfo) => {
    if (testInfo.project.name !== 'electron') return use(null);
    const app = await _electron.launch({
      executablePath: findElectronBinary(projectRoot)!,
      args: [join(projectRoot, 'dist', 'main', 'main.cjs')],
      cwd: projectRoot,
      env: {
        ...process.env,
        NIANBAO_DATA_DIR: dataDir,
        NIANBAO_SQLITE_BINDING: electronSqliteAddon(projectRoot),
      } as Record<string, string>,
    });
    await use(app);
    await app.close();
  },

  host: async ({ dataDir, electronApp }, use) => {
    if (electronApp) {
      await use({
        url: APP_INDEX_URL,
        origin: APP_ORIGIN,
        dataDir,
        dbPath: join(dataDir, DATABASE_FILE),
        transport: 'electron',
      });
      return;
    }
    const host = await spawnHost({ dataDir, projectRoot });
    await use({
      url: host.url,
      origin: host.origin,
      dataDir: host.dataDir,
      dbPath: host.dbPath,
      transport: 'browser',
      hostPid: host.pid,
    });
    await host.close();
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the pattern
  pageProblems: async ({}, use) => {
    await use([]);
  },

  page: async ({ page: browserPage, host, electronApp, pageProblems }, use) => {
    const page = electronApp ? await electronApp.firstWindow() : browserPage;
    page.on('pageerror', (error) => pageProblems.push(`页面错误：${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        pageProblems.push(`CSP：${message.text()}`);
    });
    if (!electronApp) await page.goto(host.url);
    await waitForAppReady(page);
    await use(page);
    expect(pageProblems, 'the page threw or violated the Content-Security-Policy').toEqual([]);
  },
});

export { expect };
