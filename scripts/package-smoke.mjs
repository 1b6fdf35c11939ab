// Offline packaging smoke test: runs `electron-builder --dir --linux` with the real config, but with a
// stand-in Electron (no binary can be downloaded here; TOOLCHAIN.md §2). The stand-in carries a fuse
// wire with Electron's default states, so the fuses the config flips can be read back. Returns what
// was packaged; the vitest test (tests/unit/shell/package-smoke.test.ts) asserts on it.
//   node scripts/package-smoke.mjs [outDir]
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
/** Electron's own defaults ('1' on, '0' off), as in an unmodified binary */
const DEFAULT_WIRE = '10110001';

function makeStandInElectron(dir, version) {
  mkdirSync(dir, { recursive: true });
  const executable = join(dir, 'electron');
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\n# stand-in Electron for packaging tests\n${FUSE_SENTINEL}`),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE),
    Buffer.from('\n'),
  ]);
  writeFileSync(executable, wire);
  chmodSync(executable, 0o755);
  writeFileSync(join(dir, 'version'), `v${version}`);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '');
}

/** The fuse states in a packaged executable, by name: true on, false off. */
export function readFuses(executable) {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL);
  if (at < 0) return null;
  const wire = at + FUSE_SENTINEL.length;
  const length = bytes[wire + 1];
  const fuses = {};
  for (let i = 0; i < length && i < FUSE_NAMES.length; i++) fuses[FUSE_NAMES[i]] = bytes[wire + 2 + i] === 49;
  return fuses;
}

export function runPackageSmoke(outDir = mkdtempSync(join(tmpdir(), 'nianbao-package-'))) {
  const root = process.cwd();
  for (const built of [
    'dist/main/main.cjs',
    'dist/services/store-process.cjs',
    'dist/services/store/store-process.mjs',
    'dist/preload/preload.cjs',
    'dist/renderer/index.html',
  ]) {
    if (!existsSync(join(root, built))) throw new Error(`缺少 ${built}：请先运行 node scripts/build.mjs`);
  }
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
  ).version;
  const electronDist = join(outDir, 'electron-dist');
  makeStandInElectron(electronDist, electronVersion);
  const output = join(outDir, 'release');
  const result = spawnSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--dir',
      '--linux',
      '--x64',
      '--config',
      'build/electron-builder.config.cjs',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
      '--publish',
      'never',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NIANBAO_PACKAGE_SMOKE: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
    },
  );
  if (result.status !== 0)
    throw new Error(`electron-builder 失败（退出码 ${result.status}）：\n${result.stdout}\n${result.stderr}`);
  const unpacked = join(output, readdirSync(output).find((name) => name.endsWith('-unpacked')) ?? 'linux-unpacked');
  const asarPath = join(unpacked, 'resources', 'app.asar');
  const asar = require('@electron/asar');
  const files = asar.listPackage(asarPath, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
  const packageJson = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
  const unpackedDir = join(unpacked, 'resources', 'app.asar.unpacked');
  return {
    outDir,
    unpacked,
    files,
    packageJson,
    unpackedFiles: existsSync(unpackedDir)
      ? readdirSync(unpackedDir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'))
      : [],
    executable: join(unpacked, 'nianbao'),
    fuses: existsSync(join(unpacked, 'nianbao')) ? readFuses(join(unpacked, 'nianbao')) : null,
    log: result.stdout + result.stderr,
  };
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    const r = runPackageSmoke(process.argv[2] ? resolve(process.argv[2]) : undefined);
    console.log(`打包产物：${r.unpacked}`);
    console.log(`app.asar 共 ${r.files.length} 项；fuses：${JSON.stringify(r.fuses)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
