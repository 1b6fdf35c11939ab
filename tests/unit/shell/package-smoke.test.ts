/**
 * Packages the app with electron-builder (--dir --linux, stand-in Electron: no binary can be
 * downloaded here) and checks what a clerk would install: the built bundles, no sources, tests or
 * development packages, and the security fuses flipped. Takes ~15–40 s.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addonAbi } from '../../../build/native-abi.mjs';
import { runPackageSmoke } from '../../../scripts/package-smoke.mjs';

let result: ReturnType<typeof runPackageSmoke>;
const nodeAddon = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);
let nodeAddonBefore: Stats;

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  nodeAddonBefore = statSync(nodeAddon);
  result = runPackageSmoke();
}, 240_000);
afterAll(() => {
  if (result) rmSync(result.outDir, { recursive: true, force: true });
});

describe('packaged app (electron-builder --dir --linux)', () => {
  it('holds the built bundles and package.json', () => {
    for (const file of [
      '/package.json',
      '/dist/main/main.cjs',
      '/dist/services/store-process.cjs',
      '/dist/preload/preload.cjs',
      '/dist/renderer/index.html',
    ]) {
      expect(result.files).toContain(file);
    }
    expect(result.files.some((f) => /^\/dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    // the store process's ES-module bundle and every chunk it may import on first use (pdf.js, exceljs, docx...)
    const storeChunks = readdirSync('dist/services/store', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => `/dist/services/store/${f}`);
    expect(storeChunks).toContain('/dist/services/store/store-process.mjs');
    expect(storeChunks.length).toBeGreaterThan(5);
    for (const chunk of storeChunks) expect(result.files).toContain(chunk);
    expect(result.packageJson.main).toBe('dist/main/main.cjs');
  });

  it('holds no sources, tests, source maps, CLI or host', () => {
    const offenders = result.files.filter(
      (f) =>
        /^\/(tests|renderer|shared|electron|scripts|build|docs|\.electron-native)(\/|$)/.test(f) ||
        /\.(ts|tsx|mts|map)$/.test(f) ||
        /^\/dist\/(cli|host)(\/|$)/.test(f),
    );
    expect(offenders).toEqual([]);
  });

  it('ships only the runtime modules the main bundle leaves external, and no devDependencies', () => {
    const modules = new Set(result.files.filter((f) => /^\/node_modules\/[^/]+$/.test(f)).map((f) => f.split('/')[2]));
    expect([...modules].sort()).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path']);
    const devDependencies = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).devDependencies);
    for (const dev of devDependencies)
      expect(result.files.some((f) => f.startsWith(`/node_modules/${dev}/`))).toBe(false);
    expect(result.packageJson.devDependencies).toBeUndefined();
    expect(result.unpackedFiles.some((f) => f.startsWith('node_modules/better-sqlite3/'))).toBe(true);
  });

  it('flips the Electron fuses: no run-as-node, no NODE_OPTIONS, asar only and integrity-checked', () => {
    expect(result.fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("never rebuilds native modules behind our back: Node's better-sqlite3 is untouched, none is shipped unchecked", () => {
    expect(statSync(nodeAddon).mtimeMs).toBe(nodeAddonBefore.mtimeMs);
    expect(addonAbi(nodeAddon)).toBe(Number(process.versions.modules));
    expect(result.unpackedFiles.filter((f) => f.endsWith('.node'))).toEqual([]);
    expect(result.files.filter((f) => f.endsWith('.node'))).toEqual([]);
  });
});
