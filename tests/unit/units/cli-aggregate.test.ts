/**
 * `nianbao aggregate`: a folder of units' reports (the app's exporters) summed into one report; the
 * written report file, .docx and web copy read back hold exactly the sum of the included units' cells.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../shared/document';
import { FEE_FIELDS, TABLE_CELLS } from '../../../shared/format';
import { parseReportFile } from '../../../shared/report-file';
import { addDecimals, getCell, setCell, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { runAggregate } from '../../../electron/cli/aggregate/run';
import { exportBytes } from '../../../electron/services/export/handlers';
import { parseImportBytes } from '../../../electron/services/import';
import { AGGREGATE_SHEET_NAMES } from '../../../electron/services/units/aggregate-xlsx';
import { ORGAN_NAMES, tableValuesArb, unitReport } from './report-arb';

const root = mkdtempSync(join(tmpdir(), 'nianbao-aggregate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

async function write(path: string, kind: 'docx' | 'html' | 'json', report: Report) {
  const model = buildDocument(report, { findings: runRules(report), final: true });
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, await exportBytes(kind, report, model, { printPdf: async () => new Uint8Array() }));
}

/** The expected sum, cell by cell, over the reports given (blank when all are blank). */
function expectedCells(reports: readonly Report[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const def of TABLE_CELLS) {
    const present = reports.map((r) => getCell(r, def.id)).filter((v): v is string => v !== null);
    out[def.id] = present.length === 0 ? null : addDecimals(present);
  }
  return out;
}

const cellsOf = (report: Report) => Object.fromEntries(TABLE_CELLS.map((c) => [c.id, getCell(report, c.id)]));

describe('nianbao aggregate', () => {
  it('sums the 2025 reports exactly and refuses other years, open errors, unreadable files and second copies', async () => {
    const dir = join(root, 'units');
    const values = fc.sample(tableValuesArb, { seed: 2026, numRuns: 12 });
    const included: Report[] = [];
    const includedFiles: string[] = [];
    const kinds = ['docx', 'html', 'json'] as const;
    for (let i = 0; i < 9; i++) {
      const report = unitReport(ORGAN_NAMES[i]!, 2025, values[i]!);
      report.fee = { notices: String(i), noticeAmount: `${i}.5`, collected: i % 2 ? '0.25' : null };
      included.push(report);
      const kind = kinds[i % 3]!;
      const file = join(dir, `区${i % 3}`, `${i}.${kind === 'json' ? 'nianbao.json' : kind}`);
      await write(file, kind, report);
      includedFiles.push(file);
    }
    await write(join(dir, '附件', 'copy.html'), 'html', included[0]!); // the same organ again
    await write(join(dir, 'old.nianbao.json'), 'json', unitReport(ORGAN_NAMES[20]!, 2024, values[9]!));
    const wrong = setCell(unitReport(ORGAN_NAMES[21]!, 2025, values[10]!), 'T3.newReceived.natural', '99999');
    await write(join(dir, 'wrong.docx'), 'docx', wrong);
    writeFileSync(join(dir, 'broken.docx'), 'PK\u0003\u0004 broken');

    const out = join(root, 'out');
    mkdirSync(out);
    const c = capture();
    const code = await runAggregate(
      [
        dir,
        '--organ',
        '焦作市人民政府办公室',
        '--year',
        '2025',
        '--today',
        '2026-01-10',
        '--json',
        join(out, 's.nianbao.json'),
        '--docx',
        join(out, 's.docx'),
        '--html',
        join(out, 's.html'),
        '--xlsx',
        join(out, 's.xlsx'),
      ],
      { io: c.io, worker: null },
    );
    expect(code).toBe(1); // units were refused
    const text = c.out.join('');
    expect(text).toContain('汇总：焦作市人民政府办公室 2025 年（计入 9 个单位，未计入 4 个）');
    expect(text).toMatch(/附件\/copy\.html（.*）：与“.*”是同一机关同一年度的报告，只计入一次/);
    expect(text).toContain('old.nianbao.json');
    expect(text).toContain('是 2024 年的报告，不是 2025 年的');
    expect(text).toMatch(
      /wrong\.docx（.*）：有 2 项错误（T3-BALANCE、T3-ROW-SUM）；请该单位改正后重新汇总，或确认后加上 --include-errors/,
    );
    expect(text).toMatch(/broken\.docx：无法读取：/);
    expect(text).toContain('核对结果：错误');

    const expected = expectedCells(included);
    const stored = parseReportFile(readFileSync(join(out, 's.nianbao.json'), 'utf8')).report;
    expect(cellsOf(stored)).toEqual(expected);
    expect(stored.organ.name).toBe('焦作市人民政府办公室');
    expect(stored.organ.kind).toBe('政府部门');
    // the fee as each unit's file reads back (a unit whose 六 has its own fee sentence keeps it in words,
    // so its figures are blank after import), summed exactly
    const feeBack = await Promise.all(
      includedFiles.map(async (f) => (await parseImportBytes(f, readFileSync(f))).report.fee),
    );
    const feeSum = (key: 'notices' | 'noticeAmount' | 'collected') => {
      const present = feeBack.map((fee) => fee[key]).filter((v): v is string => v !== null);
      return present.length === 0 ? null : addDecimals(present);
    };
    expect(feeSum('notices')).not.toBeNull();
    expect(stored.fee).toEqual({
      notices: feeSum('notices'),
      noticeAmount: feeSum('noticeAmount'),
      collected: feeSum('collected'),
    });
    // the sum keeps every sum rule: no error on any cell
    expect(runRules(stored).filter((f) => f.severity === 'error' && f.id !== 'SECTION-REQUIRED')).toEqual([]);
    // the same format: the .docx and the web copy read back hold the same tables
    for (const file of ['s.docx', 's.html']) {
      const back = await parseImportBytes(file, readFileSync(join(out, file)));
      expect(cellsOf(back.report), file).toEqual(expected);
    }

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(out, 's.xlsx')) as unknown as ArrayBuffer);
    const units = book.getWorksheet(AGGREGATE_SHEET_NAMES.units)!;
    expect(units.getRow(1).values).toEqual([undefined, '文件', '机关', '是否计入', '未计入的原因']);
    expect(units.rowCount).toBe(1 + 9 + 4);
    const sheet = book.getWorksheet(AGGREGATE_SHEET_NAMES.cells)!;
    expect(sheet.rowCount).toBe(1 + TABLE_CELLS.length + FEE_FIELDS.length);
    const byId = new Map<string, unknown>();
    sheet.eachRow((row, i) => i > 1 && byId.set(String(row.getCell(6).value), row.getCell(5).value));
    for (const def of TABLE_CELLS) expect(byId.get(def.id) ?? null, def.id).toBe(expected[def.id] ?? '');

    const lenient = capture();
    expect(
      await runAggregate([dir, '--organ', '焦作市人民政府办公室', '--year', '2025', '--include-errors'], {
        io: lenient.io,
        worker: null,
      }),
    ).toBe(1); // the sum now carries the unit's error
    expect(lenient.out.join('')).toContain('计入 10 个单位');
  });

  it('refuses to run without organ or year, and writes nothing when no report of the year is found', async () => {
    const dir = join(root, 'one');
    await write(join(dir, 'a.nianbao.json'), 'json', unitReport(ORGAN_NAMES[0]!, 2024, new Map()));
    const c = capture();
    await expect(runAggregate([dir, '--year', '2025'], { io: c.io, worker: null })).rejects.toThrow(/--organ/);
    await expect(runAggregate([dir, '--organ', '甲'], { io: c.io, worker: null })).rejects.toThrow(/--year/);
    await expect(
      runAggregate([dir, '--organ', '甲', '--year', '2025', '--kind', '局'], { io: c.io, worker: null }),
    ).rejects.toThrow(/--kind/);
    const out = join(root, 'none.nianbao.json');
    expect(
      await runAggregate([dir, '--organ', '甲', '--year', '2025', '--json', out], { io: c.io, worker: null }),
    ).toBe(2);
    expect(c.err.join('')).toContain('没有可汇总的 2025 年报告，未写入任何文件');
  });
});
