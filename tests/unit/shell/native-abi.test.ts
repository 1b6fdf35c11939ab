import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronAbi } from '../../../build/electron-binary.mjs';
import { addonAbi, assertAddonAbi } from '../../../build/native-abi.mjs';

const require = createRequire(import.meta.url);
const nodeAddon = join(
  dirname(require.resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-abi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('native addon ABI check', () => {
  it("reads the ABI Node's own better-sqlite3 was built for", () => {
    expect(addonAbi(nodeAddon)).toBe(Number(process.versions.modules));
  });

  it('refuses a Node-ABI addon for Electron, loudly and in Chinese (the nodedir=/usr false positive)', () => {
    expect(Number(electronAbi())).not.toBe(Number(process.versions.modules));
    expect(() => assertAddonAbi(nodeAddon, electronAbi(), 'Electron 45.5.0')).toThrow(
      /ABI 是 \d+，而 Electron 45\.5\.0 需要 150/,
    );
    expect(assertAddonAbi(nodeAddon, process.versions.modules, 'Node')).toBe(Number(process.versions.modules));
  });

  it('says unknown for a file that is not such an addon', () => {
    const file = join(dir, 'fake.node');
    writeFileSync(file, 'not an addon');
    expect(addonAbi(file)).toBeNull();
    expect(() => assertAddonAbi(file, 150, 'Electron')).toThrow(/ABI 是 未知/);
  });
});
