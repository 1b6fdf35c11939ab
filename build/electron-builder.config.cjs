/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder reads this CommonJS file */
// electron-builder configuration (kept out of package.json). Run after `npm run build`:
//   npx electron-builder --config build/electron-builder.config.cjs --linux   (or --win / --mac)
// Native addon: npmRebuild is off, because electron-builder's silent rebuild compiles against
// nodedir=/usr on machines configured like ours and labels a Node-ABI addon as Electron's. The
// Electron-ABI better-sqlite3 comes from scripts/start.mjs's checked step (.electron-native/) and is
// shipped as resources/native/better_sqlite3.node, which electron/main/main.ts loads via nativeBinding.
// Packaging for real refuses to run without it; the offline smoke test (scripts/package-smoke.mjs)
// sets NIANBAO_PACKAGE_SMOKE=1 to package without it.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// The same path as electronSqliteAddon() in build/electron-binary.mjs (an ES module, not loadable here).
const electronAddon = join(
  __dirname,
  '..',
  '.electron-native',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);
const smoke = process.env.NIANBAO_PACKAGE_SMOKE === '1';

if (!smoke && !existsSync(electronAddon)) {
  throw new Error(
    '缺少 Electron 版 better-sqlite3（.electron-native/）。请先在装有 Electron 的机器上运行 npm start 生成并校验它，再打包。',
  );
}

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'cn.nianbao.assistant',
  productName: '政府信息公开年报助手',
  executableName: 'nianbao',
  copyright: '政府信息公开年报助手',
  directories: { output: 'release', buildResources: 'build' },
  // Whitelist: the bundles and package.json. Everything else (sources, tests, dev tools) stays out.
  files: [
    'package.json',
    'dist/main/**',
    'dist/services/**',
    'dist/preload/**',
    'dist/renderer/**',
    '!**/*.map',
    // esbuild's account of each bundle, read by npm run bench
    '!**/*.meta.json',
    '!node_modules/**',
    // better-sqlite3's JavaScript only: the addon itself is the Electron-ABI one in resources/native.
    'node_modules/better-sqlite3/package.json',
    'node_modules/better-sqlite3/lib/**',
    'node_modules/bindings/**',
    'node_modules/file-uri-to-path/**',
  ],
  asar: true,
  asarUnpack: ['node_modules/better-sqlite3/**'],
  extraResources: existsSync(electronAddon) ? [{ from: electronAddon, to: 'native/better_sqlite3.node' }] : [],
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  // The whole-report file (shared/import/json.ts REPORT_FILE_EXTENSION). Windows associates by the last
  // extension only, so there it would claim every .json: left to the Linux and macOS builds.
  fileAssociations: [
    {
      ext: 'nianbao.json',
      name: '政府信息公开年报数据',
      description: '政府信息公开工作年度报告数据文件',
      mimeType: 'application/x-nianbao+json',
      role: 'Editor',
    },
  ],
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icon.png',
    fileAssociations: [],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    shortcutName: '政府信息公开年报助手',
  },
  linux: {
    target: [
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ],
    icon: 'build/icon.png',
    category: 'Office',
    synopsis: '政府信息公开工作年度报告的编写、核对与导出工具',
    maintainer: 'nianbao',
  },
  deb: { packageName: 'nianbao' },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    icon: 'build/icon.png',
    category: 'public.app-category.productivity',
  },
};
