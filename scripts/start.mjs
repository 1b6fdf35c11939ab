// `npm start`. Builds when a source changed, then:
//  - with an installed Electron binary: makes sure an Electron-ABI better-sqlite3 exists in
//    .electron-native/ (built with @electron/rebuild, npm_config_nodedir removed, ABI checked from the
//    addon itself), and launches Electron with the store pointed at it (NIANBAO_SQLITE_BINDING);
//  - without one: says so in one Chinese line and runs the loopback host in browser mode on the
//    user's data folder, printing the URL with its token and trying to open it.
// node_modules/better-sqlite3 (Node's ABI, used by tests, CLI and host) is never touched, so `npm start`
// and `npm test` work in either order.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import {
  electronAbi,
  electronSqliteAddon,
  electronSqliteDir,
  electronVersion,
  findElectronBinary,
} from '../build/electron-binary.mjs';
import { addonAbi, assertAddonAbi } from '../build/native-abi.mjs';

const root = process.cwd();
const NATIVE_DIR = electronSqliteDir(root);
const NATIVE_MODULE = join(NATIVE_DIR, 'node_modules', 'better-sqlite3');
const NATIVE_ADDON = electronSqliteAddon(root);

function fail(message) {
  console.error(message);
  process.exit(1);
}

function buildIfNeeded() {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-needed'], { stdio: 'inherit' });
  if (result.status !== 0) fail('构建失败，无法启动。');
}

/** The environment without any nodedir setting, so node-gyp fetches Electron's headers, not /usr's. */
function envWithoutNodedir() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  return env;
}

function ensureElectronSqlite() {
  const abi = electronAbi(root);
  if (existsSync(NATIVE_ADDON) && addonAbi(NATIVE_ADDON) === Number(abi)) return NATIVE_ADDON;
  const sqliteVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8'),
  ).version;
  console.log(
    `正在为 Electron ${electronVersion(root)}（ABI ${abi}）编译 better-sqlite3 ${sqliteVersion}，约需两分钟……`,
  );
  rmSync(NATIVE_DIR, { recursive: true, force: true });
  mkdirSync(NATIVE_MODULE, { recursive: true });
  writeFileSync(
    join(NATIVE_DIR, 'package.json'),
    JSON.stringify(
      { name: 'nianbao-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } },
      null,
      2,
    ),
  );
  const source = join(root, 'node_modules', 'better-sqlite3');
  // A copy without Node's build: this folder is compiled for Electron, node_modules stays Node's.
  cpSync(source, NATIVE_MODULE, {
    recursive: true,
    filter: (path) => {
      const inside = relative(source, path);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });
  const rebuildCli = createRequire(import.meta.url).resolve('@electron/rebuild/lib/cli.js');
  const result = spawnSync(
    process.execPath,
    [
      rebuildCli,
      '--version',
      electronVersion(root),
      '--module-dir',
      NATIVE_DIR,
      '--only',
      'better-sqlite3',
      '--force',
      '--sequential',
    ],
    { stdio: 'inherit', env: envWithoutNodedir(), cwd: NATIVE_DIR },
  );
  if (result.status !== 0 || !existsSync(NATIVE_ADDON)) {
    fail(
      '为 Electron 编译 better-sqlite3 失败（需要能访问 electronjs.org 下载头文件，以及 python3、make 和 C++ 编译器）。',
    );
  }
  assertAddonAbi(NATIVE_ADDON, abi, `Electron ${electronVersion(root)}`);
  return NATIVE_ADDON;
}

function startElectron(electron) {
  let binding;
  try {
    binding = ensureElectronSqlite();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const child = spawn(electron, [join(root, 'dist', 'main', 'main.cjs')], {
    stdio: 'inherit',
    env: { ...process.env, NIANBAO_SQLITE_BINDING: binding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

function openInBrowser(url) {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const opener = spawn(command, args, { stdio: 'ignore', detached: true });
    opener.on('error', () => {});
    opener.unref();
  } catch {
    // No opener on this machine: the URL is printed above.
  }
}

function startBrowserMode() {
  console.log('未找到 Electron 可执行文件（本机未下载 Electron），改为浏览器模式启动。');
  const child = spawn(process.execPath, [join(root, 'dist', 'host', 'host.cjs'), '--root', root], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    let newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.startsWith('NIANBAO_URL=')) {
        if (!process.env.NIANBAO_NO_BROWSER) openInBrowser(line.slice('NIANBAO_URL='.length));
      } else if (!line.startsWith('NIANBAO_HOST=')) console.log(line); // the details line is for tests/host/spawn.ts
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

buildIfNeeded();
const electron = findElectronBinary(root);
if (electron) startElectron(electron);
else startBrowserMode();
