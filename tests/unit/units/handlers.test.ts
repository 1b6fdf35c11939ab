/** The 多单位核对 channels on a real SQLite store, bound as both transports bind them (dispatch). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import { getCell, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { dispatch, type Envelope } from '../../../shared/api';
import { exportBytes } from '../../../electron/services/export/handlers';
import { createHandlers } from '../../../electron/services/handlers';
import { openStore } from '../../../electron/services/store';
import { readOverviewXlsx } from './read-xlsx';
import { ORGAN_NAMES, tableValuesArb, unitReport } from './report-arb';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-units-handlers-'));
const store = openStore({ dir: join(dir, 'data') });
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});
const handlers = createHandlers({
  store,
  version: '0.0.0-test',
  dataDir: join(dir, 'data'),
  choosePath: async () => null,
  printPdf: async () => new Uint8Array(),
  chooseOverviewPath: async (name) => join(dir, name),
});

async function call<T>(channel: string, args: unknown): Promise<T> {
  const envelope = (await dispatch(handlers, channel, args)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

async function upload(name: string, kind: 'docx' | 'json', report: Report) {
  const model = buildDocument(report, { findings: runRules(report), final: true });
  const bytes = await exportBytes(kind, report, model, { printPdf: async () => new Uint8Array() });
  return { fileName: name, contentBase64: Buffer.from(bytes).toString('base64') };
}

describe('units.* channels', () => {
  it('upload in batches, pair years, open one unit, export the overview, store the 汇总 as a draft', async () => {
    const values = fc.sample(tableValuesArb, { seed: 5, numRuns: 3 });
    const a2024 = unitReport(ORGAN_NAMES[3]!, 2024, values[0]!);
    const a2025 = unitReport(ORGAN_NAMES[3]!, 2025, values[1]!);
    const b2025 = unitReport(ORGAN_NAMES[4]!, 2025, values[2]!);
    const first = await call<{
      sessionId: string;
      rows: Array<{ file: string; status: string; prior: string | null }>;
    }>('units.upload', {
      sessionId: null,
      files: [await upload('a2025.docx', 'docx', a2025), await upload('b.nianbao.json', 'json', b2025)],
    });
    expect(first.rows.map((r) => [r.file, r.status, r.prior])).toEqual([
      ['a2025.docx', 'ok', null],
      ['b.nianbao.json', 'ok', null],
    ]);
    const second = await call<typeof first>('units.upload', {
      sessionId: first.sessionId,
      files: [await upload('a2024.nianbao.json', 'json', a2024), { fileName: '坏.docx', contentBase64: 'eHh4' }],
    });
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.rows.map((r) => [r.file, r.status, r.prior])).toEqual([
      ['a2025.docx', 'ok', 'a2024.nianbao.json'],
      ['b.nianbao.json', 'ok', null],
      ['a2024.nianbao.json', 'ok', null],
      ['坏.docx', 'unreadable', null],
    ]);

    const unit = await call<{ report: Report; prior: Report | null }>('units.unit', {
      sessionId: first.sessionId,
      index: 0,
    });
    expect(unit.report.organ.name).toBe(ORGAN_NAMES[3]);
    expect(unit.prior?.year).toBe(2024);
    await expect(call('units.unit', { sessionId: first.sessionId, index: 3 })).rejects.toThrow(/PARSE_FAILED/);

    const exported = await call<{ path: string }>('units.exportOverview', { sessionId: first.sessionId });
    const sheet = await readOverviewXlsx(readFileSync(exported.path));
    expect(sheet.rows.map((r) => r[0])).toEqual(['a2025.docx', 'b.nianbao.json', 'a2024.nianbao.json', '坏.docx']);

    const made = await call<{
      reportId: number;
      included: unknown[];
      refused: Array<{ file: string; reason: string }>;
    }>('units.aggregate', {
      sessionId: first.sessionId,
      organ: '孟州市汇总',
      kind: '人民政府',
      year: 2025,
      includeErrors: false,
    });
    expect(made.included).toHaveLength(2);
    expect(made.refused.map((r) => r.file)).toEqual(['a2024.nianbao.json', '坏.docx']);
    // the draft in the SQLite file holds the sum
    const db = new Database(join(dir, 'data', 'nianbao.sqlite'), { readonly: true });
    const row = db
      .prepare('SELECT r.status, r.year, o.name FROM reports r JOIN organs o ON o.id = r.organ_id WHERE r.id = ?')
      .get(made.reportId) as { status: string; year: number; name: string };
    db.close();
    expect(row).toEqual({ status: 'draft', year: 2025, name: '孟州市汇总' });
    const stored = (await store.openReport(made.reportId)).report;
    const sum = (id: string) => String(Number(getCell(a2025, id)) + Number(getCell(b2025, id)));
    expect(getCell(stored, 'T3.newReceived.total')).toBe(sum('T3.newReceived.total'));
    expect(stored.intro).toContain(ORGAN_NAMES[3]);
    await expect(
      call('units.aggregate', {
        sessionId: first.sessionId,
        organ: '孟州市汇总',
        kind: '人民政府',
        year: 2025,
        includeErrors: false,
      }),
    ).rejects.toThrow(/CONFLICT/);
  });

  it('refuses a forgotten selection and the folder dialog in the browser, in Chinese with a way forward', async () => {
    await expect(call('units.unit', { sessionId: '00000000-0000-0000-0000-000000000000', index: 0 })).rejects.toThrow(
      /请重新选择报告文件/,
    );
    await expect(call('units.choose', { mode: 'folder' })).rejects.toThrow(/上传报告文件/);
  });
});
