// Finds an installed Electron binary without ever triggering its download (require('electron')
// would try to fetch it). Used by scripts/start.mjs and playwright.config.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable in node_modules, or null when the binary was never downloaded. */
export function findElectronBinary(root = process.cwd()) {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const executable = join(pkg, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

/** Electron's NODE_MODULE_VERSION (150 for Electron 45), the ABI a native addon must match. */
export function electronAbi(root = process.cwd()) {
  return readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
}

export function electronVersion(root = process.cwd()) {
  return JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

export const ELECTRON_MISSING_REASON =
  'Electron 可执行文件未安装（本机无法下载），跳过 electron 项目；在能联网的机器上运行 npx install-electron 后即可运行。';

/** Where scripts/start.mjs keeps better-sqlite3 compiled for Electron, apart from Node's build. */
export function electronSqliteDir(root = process.cwd()) {
  return join(root, '.electron-native');
}
export function electronSqliteAddon(root = process.cwd()) {
  return join(electronSqliteDir(root), 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}
