import { defineConfig } from '@playwright/test';
import { ELECTRON_MISSING_REASON, findElectronBinary } from './build/electron-binary.mjs';

const electronInstalled = findElectronBinary() !== null;
if (!electronInstalled && !process.env.PLAYWRIGHT_QUIET) console.log(`[playwright] ${ELECTRON_MISSING_REASON}`);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  // Two cores shared by the whole machine: one browser at a time keeps timings honest.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
    {
      // The same specs against the real Electron app; the fixture skips each test with the reason
      // above when the binary is not installed.
      name: 'electron',
      use: {},
    },
  ],
});
