// `npm run build`: the renderer with Vite (vite.config.ts → dist/renderer), then esbuild bundles:
//   dist/main/main.cjs        Electron main (electron external; it never opens the database)
//   dist/services/store-process.cjs  the store process: a stub importing dist/services/store/store-process.mjs,
//                             ES modules split into chunks (store, import, export, backups; better-sqlite3
//                             external; each heavy library a chunk read on first use); Electron's
//                             utilityProcess in the app, a forked child in browser mode
//   dist/preload/preload.cjs  sandboxed preload (only electron external: a sandboxed preload cannot require files)
//   dist/host/client.js       browser twin of the preload for the loopback host (IIFE)
//   dist/host/host.cjs        the loopback host itself (browser mode of npm start)
//   dist/cli/nianbao.cjs      the `nianbao` command line (bin in package.json): the V8 code cache, then
//   dist/cli/nianbao-main.cjs the command line itself
//   dist/cli/check-worker.cjs the worker of a many-units check (tinypool loads it in each thread)
// `--if-needed` skips the build when every output exists and is newer than every source.
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

const root = process.cwd();
const STAMP = join(root, 'dist', '.build-stamp');
const SOURCES = ['renderer', 'shared', 'electron', 'tests/host', 'vite.config.ts', 'package.json', 'scripts/build.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function isBuildCurrent() {
  if (!existsSync(STAMP)) return false;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) <= built);
}

// The store process: a CommonJS stub (the path Electron's utilityProcess and Node's fork start) that
// imports the split ES-module bundle in dist/services/store/.
const STORE_STUB = 'dist/services/store-process.cjs';
const STORE_DIR = 'dist/services/store';

const NODE_EXTERNALS = ['electron', 'better-sqlite3', 'playwright-core', 'chromium-bidi'];
// The CLI runs from the installed package with its node_modules: tinypool finds its own worker entry
// beside its module file, so it cannot be bundled. The large libraries each command may or may not need
// (exceljs for an .xlsx, pdf.js for a PDF, docx and jszip for a Word file, word-extractor for a .doc) are
// imported dynamically by the code that uses them and stay outside the bundle: inlined, their ~4.5 MB
// would be read and compiled on every start (`export --docx` 0.75 s → 0.2 s, docs/PERFORMANCE.md).
const CLI_EXTERNALS = [...NODE_EXTERNALS, 'tinypool', 'exceljs', 'pdfjs-dist', 'docx', 'jszip', 'word-extractor'];
// ES modules bundled into CommonJS lose import.meta.url (pdf.js builds its require from it): the bundle's own file URL
const NODE_IMPORT_META = {
  define: { 'import.meta.url': '__import_meta_url' },
  inject: ['scripts/import-meta-url.js'],
};

const bundles = [
  {
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/main/main.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: NODE_EXTERNALS,
    ...NODE_IMPORT_META,
  },
  {
    // ES modules split into chunks: the entry holds the store, the contract and the handlers; pdf.js,
    // exceljs, docx, jszip and word-extractor (~5.5 MB) are chunks of their own, read and compiled on
    // their first use (a PDF import, a workbook, a Word file), not before the first API answer. The
    // packaged app ships no node_modules but these, so the libraries stay inside dist/, split.
    entryPoints: { 'store-process': 'electron/services/process/entry.ts' },
    outdir: STORE_DIR,
    metafileName: `${STORE_DIR}/store-process.meta.json`,
    splitting: true,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    // Node 20 in browser mode, Electron's Node 22 as a utilityProcess
    target: 'node20',
    external: NODE_EXTERNALS,
    // CommonJS packages bundled into ES modules (exceljs, word-extractor, ...) still call require()
    // for Node's built-ins: each chunk gets one, built from its own URL
    banner: {
      js: "import { createRequire as __nianbaoCreateRequire } from 'node:module'; const require = __nianbaoCreateRequire(import.meta.url);",
    },
  },
  {
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    minify: true,
  },
  {
    entryPoints: ['tests/host/client.ts'],
    outfile: 'dist/host/client.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
  },
  {
    entryPoints: ['tests/host/run.ts'],
    outfile: 'dist/host/host.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: NODE_EXTERNALS,
    ...NODE_IMPORT_META,
  },
  {
    entryPoints: ['electron/cli/main.ts'],
    outfile: 'dist/cli/nianbao-main.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: CLI_EXTERNALS,
    // import() of the external libraries becomes require() (Node ≥ 20.19 requires ES modules such as
    // pdf.js too): the bundle is compiled from a V8 code cache (electron/cli/compile-cache.ts), where
    // Node 20 cannot run an import()
    supported: { 'dynamic-import': false },
    ...NODE_IMPORT_META,
  },
  {
    // the bin: the code cache (electron/cli/compile-cache.ts), then nianbao-main.cjs through it
    entryPoints: ['electron/cli/launch.ts'],
    outfile: 'dist/cli/nianbao.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['./nianbao-main.cjs', 'docx'],
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    entryPoints: ['electron/services/units/worker.ts'],
    outfile: 'dist/cli/check-worker.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: CLI_EXTERNALS,
    ...NODE_IMPORT_META,
  },
];

/**
 * Electron's utilityProcess and Node's fork both start a file path; a CommonJS file is started the same
 * way by every Electron and Node version, and import() hands over to the ES-module bundle beside it.
 * A failed import ends the process with its reason, which the parent reports as a store that cannot start.
 */
function writeStoreStub() {
  writeFileSync(
    STORE_STUB,
    `'use strict';
// generated by scripts/build.mjs: starts the store process's ES-module bundle (store/store-process.mjs)
const { pathToFileURL } = require('node:url');
const { join } = require('node:path');
import(pathToFileURL(join(__dirname, 'store', 'store-process.mjs')).href).catch((error) => {
  console.error(error);
  process.exit(1);
});
`,
  );
}

export async function buildAll() {
  const started = Date.now();
  const { build: viteBuild } = await import('vite');
  // what we ship is React's production build whatever NODE_ENV the caller runs under: Vite takes an existing
  // NODE_ENV over its mode, and vitest sets 'test', so a build asked for from a test bundled React's
  // development build (the first-screen test saw it on a clean clone)
  const callerNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerNodeEnv;
  }
  for (const options of bundles) {
    const entry = Object.values(options.entryPoints)[0];
    if (!existsSync(entry)) {
      console.warn(`[build] 跳过 ${options.outfile ?? options.outdir}：入口 ${entry} 尚不存在`);
      continue;
    }
    const { metafileName, ...esbuildOptions } = options;
    const output = options.outfile ?? options.outdir;
    if (options.outdir) rmSync(options.outdir, { recursive: true, force: true });
    const result = await esbuild({
      bundle: true,
      sourcemap: false,
      logLevel: 'warning',
      legalComments: 'none',
      // what each bundle is made of: `npm run bench` reports the share of the largest packages
      metafile: true,
      ...esbuildOptions,
    });
    if (result.errors.length > 0) throw new Error(`esbuild failed for ${output}`);
    writeFileSync(metafileName ?? options.outfile.replace(/\.c?js$/, '.meta.json'), JSON.stringify(result.metafile));
  }
  writeStoreStub();
  if (existsSync('dist/cli/nianbao.cjs')) chmodSync('dist/cli/nianbao.cjs', 0o755);
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(STAMP, new Date().toISOString());
  console.log(`[build] 构建完成（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
}

/**
 * Test files and runners may ask for a build at the same moment (vitest runs files in parallel): one
 * builds while the others wait, then find the build current. mkdir is atomic; a lock older than
 * LOCK_STALE_MS is left over from a killed build and is taken over.
 */
const LOCK = join(root, '.build-lock');
const LOCK_STALE_MS = 5 * 60 * 1000;

async function withBuildLock(job) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 200));
    }
  }
  try {
    return await job();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const ifNeeded = process.argv.includes('--if-needed');
  try {
    await withBuildLock(async () => {
      if (ifNeeded && isBuildCurrent()) console.log('[build] 构建产物已是最新，跳过构建');
      else await buildAll();
    });
  } catch (error) {
    console.error(`[build] 构建失败：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
