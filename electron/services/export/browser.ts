/**
 * Finding a Chromium-family browser already on the machine to print PDFs with (playwright-core brings
 * no browser of its own). CHROMIUM_PATH wins; then the usual install places on Linux, Windows and macOS.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const BROWSER_NOT_FOUND_MESSAGE =
  '未找到可用于生成 PDF 的浏览器（Chromium、Google Chrome 或 Microsoft Edge）。请安装其中之一，或设置环境变量 CHROMIUM_PATH 指向浏览器程序；其他格式不受影响。';

/**
 * Flags for a headless Chromium on a machine without network: without the background-networking ones it
 * keeps trying to reach Google's hosts. The end-to-end tests launch their browser with the same flags.
 */
export const CHROMIUM_LAUNCH_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function browserCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const fromEnv = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return [
      ...fromEnv,
      ...roots.flatMap((r) => [
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/opt/microsoft/msedge/msedge',
  ];
}

/** The first candidate that exists, or null. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  return browserCandidates(env, platform).find((p) => existsSync(p)) ?? null;
}
