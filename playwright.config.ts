import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_ARGS } from './electron/services/export/browser';
import { ELECTRON_MISSING_REASON, findElectronBinary } from './build/electron-binary.mjs';

const electronInstalled = findElectronBinary() !== null;
// Printed once, by the runner; workers load this file again.
if (!electronInstalled && process.env.TEST_WORKER_INDEX === undefined)
  console.log(`[playwright] ${ELECTRON_MISSING_REASON}`);

const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // root in CI: Chromium's own sandbox cannot start there
  args: ['--no-sandbox', ...CHROMIUM_LAUNCH_ARGS],
};

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/host/ensure-built.ts',
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
      use: { browserName: 'chromium', launchOptions: CHROMIUM },
    },
    {
      // The same specs against the real Electron app (tests/e2e/fixtures.ts launches it with
      // _electron); each test is skipped with the reason above when the binary is not installed.
      // The browser options only matter for specs that open an extra browser page.
      name: 'electron',
      use: { browserName: 'chromium', launchOptions: CHROMIUM },
    },
  ],
});
