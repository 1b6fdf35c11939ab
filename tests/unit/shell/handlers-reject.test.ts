/**
 * Every channel of the contract, bound exactly as both transports bind it (createHandlers + dispatch),
 * refuses malformed arguments with an { ok: false } envelope and leaves the database and the data
 * folder untouched. Runs on a real SQLite store in a temporary folder.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, dispatch, type Channel, type Handlers } from '../../../shared/api';
import { emptyReport } from '../../../shared/report';
import { createHandlers } from '../../../electron/services/handlers';
import { openStore } from '../../../electron/services/store';
import type { Store } from '../../../electron/services/store/types';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-reject-'));
let store: Store;
/** one connection kept open: data_version only compares within the same connection */
let watcher: Database.Database;
let handlers: Handlers;
let reportId = 0;
const sideEffects: string[] = [];

/** Arguments that break the contract in the ways a buggy or hostile renderer might. */
const generic: unknown[] = [undefined, null, 0, 'text', [], { unexpected: true }];
const specific = (): Record<Channel, unknown[]> => {
  const report = emptyReport();
  return {
    'app.info': [{ version: '1' }],
    'organs.list': [{ all: true }],
    'organs.save': [
      { name: '', kind: '人民政府', region: '', rulesPower: true },
      { name: '某局', kind: '外星机关', region: '', rulesPower: true },
      { name: '某局', kind: '政府部门', region: '', rulesPower: 'yes' },
      { id: -1, name: '某局', kind: '政府部门', region: '', rulesPower: false },
      { name: '某局'.repeat(60), kind: '政府部门', region: '', rulesPower: false },
    ],
    'reports.list': [{ organId: 'x' }, { organId: 0 }],
    'reports.create': [
      { organId: 1 },
      { organId: 1, year: 1999 },
      { organId: 1, year: 2025.5 },
      { organId: 1, year: '2025' },
    ],
    'reports.open': [{ reportId: '1' }, { reportId: 1.5 }, { id: 1 }],
    'reports.save': [
      { reportId },
      { reportId, report: { ...report, year: 'x' } },
      { reportId, report: { ...report, extra: 1 } },
    ],
    'reports.newFromPrior': [{ reportId: -3 }],
    'reports.history': [{ reportId: null }],
    'reports.restore': [{ reportId }, { reportId, revisionId: 0 }],
    'reports.import': [
      { report, status: 'published', replace: false },
      { report, status: 'draft' },
      { report: {}, status: 'draft', replace: true },
    ],
    'reports.exports': [{ reportId: [] }],
    'reports.sessions': [{ reportId: 'x' }, {}],
    'reports.setStatus': [{ reportId, status: 'published' }, { reportId }, { reportId: 0, status: 'final' }],
    'import.parse': [
      { fileName: 'a.txt' },
      { fileName: 'x'.repeat(261), contentBase64: '' },
      { fileName: 'a.txt', contentBase64: 5 },
    ],
    'export.file': [
      { reportId, kind: 'exe', final: false },
      { reportId, kind: 'docx' },
      { reportId, kind: 'pdf', final: 'yes' },
    ],
    'export.print': [{ reportId: 'all' }],
    'units.upload': [
      { sessionId: null, files: [] },
      { sessionId: 'x', files: [{ fileName: 'a.txt', contentBase64: '' }] },
      { sessionId: null, files: [{ fileName: '', contentBase64: '' }] },
      { sessionId: null, files: Array.from({ length: 51 }, () => ({ fileName: 'a.txt', contentBase64: 'YQ==' })) },
      {
        sessionId: null,
        files: Array.from({ length: 3 }, () => ({ fileName: 'a.txt', contentBase64: 'Y'.repeat(25_000_000) })),
      },
    ],
    'units.choose': [{ mode: 'disk' }, { mode: 'folder', path: '/' }],
    'units.unit': [
      { sessionId: '00000000-0000-0000-0000-000000000000', index: -1 },
      { sessionId: '../x', index: 0 },
    ],
    'units.exportOverview': [{ sessionId: 1 }],
    'units.aggregate': [
      {
        sessionId: '00000000-0000-0000-0000-000000000000',
        organ: '',
        kind: '政府部门',
        year: 2025,
        includeErrors: false,
      },
      {
        sessionId: '00000000-0000-0000-0000-000000000000',
        organ: '某局',
        kind: '局',
        year: 2025,
        includeErrors: false,
      },
      {
        sessionId: '00000000-0000-0000-0000-000000000000',
        organ: '某局',
        kind: '政府部门',
        year: 1990,
        includeErrors: false,
      },
      { sessionId: '00000000-0000-0000-0000-000000000000', organ: '某局', kind: '政府部门', year: 2025 },
    ],
    'export.download': [{ reportId }, { reportId, exportId: '../../etc/passwd' }, { reportId, path: '/etc/passwd' }],
    'export.showInFolder': [{ reportId, exportId: 0 }, { path: '/' }],
    'backups.list': [{ name: 'x' }],
    'backups.restore': [{ name: '' }, { name: 'x'.repeat(201) }, { file: '../nianbao.sqlite' }],
  };
};

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(folder, f)).isFile())
    .map((f) => relative(folder, join(folder, f)))
    .sort();
}

/** What a write would change: other connections' commits (data_version) and every table's row count. */
function snapshot(): { dataVersionSeen: number; counts: Record<string, number>; files: string[] } {
  const db = watcher;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
  const counts: Record<string, number> = {};
  for (const { name } of tables)
    counts[name] = (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n;
  return { dataVersionSeen: db.pragma('data_version', { simple: true }) as number, counts, files: listFiles(dir) };
}

beforeAll(async () => {
  store = openStore({ dir: join(dir, 'data') });
  handlers = createHandlers({
    store,
    version: '0.0.0-test',
    dataDir: join(dir, 'data'),
    choosePath: async (_kind, name) => {
      sideEffects.push(`choosePath ${name}`);
      return join(dir, 'out', name);
    },
    printPdf: async () => {
      sideEffects.push('printPdf');
      return new Uint8Array();
    },
    print: async () => {
      sideEffects.push('print');
    },
    chooseOverviewPath: async (name) => {
      sideEffects.push(`chooseOverviewPath ${name}`);
      return join(dir, 'out', name);
    },
    chooseUnitPaths: async (mode) => {
      sideEffects.push(`chooseUnitPaths ${mode}`);
      return null;
    },
    showInFolder: (path) => {
      sideEffects.push(`showInFolder ${path}`);
    },
    browserDownloads: true,
  });
  const organ = await store.saveOrgan({
    name: '某县人民政府办公室',
    kind: '人民政府',
    region: '某县',
    rulesPower: true,
  });
  reportId = (await store.createReport(organ.id, 2025)).id;
  watcher = new Database(store.path, { readonly: true });
});
afterAll(() => {
  watcher?.close();
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('every contract handler rejects malformed arguments and writes nothing', () => {
  it('covers every channel of the contract', async () => {
    expect(Object.keys(specific()).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS.map((c) => [c]))('%s', async (channel) => {
    const cases = [...generic, ...specific()[channel]];
    const before = snapshot();
    for (const raw of cases) {
      const envelope = await dispatch(handlers, channel, raw);
      expect(envelope, `${channel} accepted ${JSON.stringify(raw)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGS' },
      });
      if (!envelope.ok) expect(envelope.error.message).toMatch(/^参数不正确/);
    }
    expect(snapshot()).toEqual(before);
    expect(sideEffects).toEqual([]);
  });
});

describe('the no-write check itself', () => {
  it('sees a write when one happens', async () => {
    const before = snapshot();
    const envelope = await dispatch(handlers, 'organs.save', {
      name: '某县财政局',
      kind: '政府部门',
      region: '某县',
      rulesPower: false,
    });
    expect(envelope.ok).toBe(true);
    const after = snapshot();
    expect(after.dataVersionSeen).not.toBe(before.dataVersionSeen);
    expect(after.counts.organs).toBe(before.counts.organs! + 1);
  });
});
