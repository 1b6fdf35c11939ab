/**
 * The built Electron bundles, checked without Electron (it cannot run here). The preload is executed
 * the way a sandboxed renderer loads it: a CommonJS function whose require knows only 'electron',
 * stood in by a recorder of what it asks contextBridge and ipcRenderer to do.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL } from '../../../shared/api';

beforeAll(() => {
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
}, 120_000);

function requiredModules(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

type Listener = (event: unknown, ...args: unknown[]) => void;

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Listener[]>();
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
    ipcRenderer: {
      invoke: async (channel: string, args: unknown) => {
        invoked.push([channel, args]);
        return { ok: true, value: `reply:${channel}` };
      },
      on: (channel: string, listener: Listener) =>
        listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
      removeListener: (channel: string, listener: Listener) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((l) => l !== listener),
        ),
    },
  };
  const module = { exports: {} };
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  runInNewContext(readFileSync('dist/preload/preload.cjs', 'utf8'), {
    require: sandboxRequire,
    module,
    exports: module.exports,
    console,
  });
  const emit = (channel: string, ...args: unknown[]) => (listeners.get(channel) ?? []).forEach((l) => l({}, ...args));
  return { exposed, invoked, listeners, emit };
}

describe('preload bundle', () => {
  it('runs with nothing but electron available, as under sandbox', () => {
    expect(requiredModules('dist/preload/preload.cjs')).toEqual(['electron']);
    expect(Object.keys(loadPreload().exposed)).toEqual(['nianbao']);
  });

  it('passes contract channels to ipcRenderer.invoke and refuses others without sending them', async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed.nianbao as { invoke: (c: string, a: unknown) => Promise<unknown> };
    expect(await api.invoke('organs.list', {})).toEqual({ ok: true, value: 'reply:organs.list' });
    expect(await api.invoke('fs.writeFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGS' },
    });
    expect(await api.invoke('__proto__', {})).toMatchObject({ ok: false, error: { code: 'INVALID_ARGS' } });
    expect(invoked).toEqual([['organs.list', {}]]);
  });

  it('relays only known menu commands, and unsubscribes', () => {
    const { exposed, emit, listeners } = loadPreload();
    const api = exposed.nianbao as { onMenuCommand: (l: (c: string) => void) => () => void };
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((c) => received.push(c));
    emit(MENU_COMMAND_CHANNEL, 'print');
    emit(MENU_COMMAND_CHANNEL, 'format-disk');
    emit(MENU_COMMAND_CHANNEL, { command: 'new' });
    expect(received).toEqual(['print']);
    unsubscribe();
    emit(MENU_COMMAND_CHANNEL, 'new');
    expect(received).toEqual(['print']);
    expect(listeners.get(MENU_COMMAND_CHANNEL)).toEqual([]);
  });
});

describe('main and store process bundles', () => {
  const builtins = new Set(builtinModules);
  const externalOf = (bundle: string) =>
    requiredModules(bundle).filter((m) => !m.startsWith('node:') && !builtins.has(m));

  it('main leaves only electron and Node built-ins outside: it never opens the database itself', () => {
    expect(externalOf('dist/main/main.cjs')).toEqual(['electron']);
  });

  it('the store process leaves only better-sqlite3 outside, and never needs electron', () => {
    // the stub Electron and Node start needs Node's built-ins only; its ES-module chunks import better-sqlite3
    expect(externalOf('dist/services/store-process.cjs')).toEqual([]);
    // esbuild's account of every chunk (the meta.json written beside them) names what each leaves outside
    const meta = JSON.parse(readFileSync('dist/services/store/store-process.meta.json', 'utf8')) as {
      outputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
    };
    const chunks = readdirSync('dist/services/store', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.mjs'),
    );
    expect(Object.keys(meta.outputs).sort()).toEqual(chunks.map((f) => join('dist/services/store', f)).sort());
    const external = new Set(
      Object.values(meta.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)),
    );
    expect([...external].filter((m) => !m.startsWith('node:') && !builtins.has(m)).sort()).toEqual(['better-sqlite3']);
  });
});
