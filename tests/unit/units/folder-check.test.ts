/**
 * Acceptance of issue 12: a folder of 1,000 varied reports checked by the bundled CLI in one run. Every
 * row is compared with the single-file check of that file (with --prior where the run paired a year),
 * with what the folder was made of, and with the .xlsx and .csv read back.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { RULES } from '../../../shared/format';
import { OVERVIEW_COLUMNS, UNIT_STATUS_LABEL, type OverviewRow } from '../../../shared/units';
import { runCheck } from '../../../electron/cli/check';
import { readOverviewXlsx } from './read-xlsx';
import { kindOf } from './report-arb';
import { writeUnitFolder, type GeneratedUnit } from './unit-folder';

const UNITS = 1000;
const TODAY = '2026-01-10';
const CLI = join(process.cwd(), 'dist/cli/nianbao.cjs');
const root = mkdtempSync(join(tmpdir(), 'nianbao-units-'));
const folder = join(root, '各单位报告');
afterAll(() => rmSync(root, { recursive: true, force: true }));

let generated: GeneratedUnit[] = [];
let run: { code: number | null; stdout: string; stderr: string };
let rows: OverviewRow[] = [];

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `nianbao check FILE [--prior P] --json`, in this process: what a clerk gets for the one file. */
async function singleCheck(path: string, prior: string | null) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) };
  try {
    const code = await runCheck([path, ...(prior ? ['--prior', prior] : []), '--json', '--today', TODAY], io);
    const json = JSON.parse(out.join('')) as {
      report: { organ: { name: string }; year: number | null };
      findings: Array<{ id: string; severity: string }>;
      errors: number;
      warnings: number;
    };
    return { code, json, notes: err.filter((e) => e.startsWith('导入说明')).length, message: null };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { code: 2, json: null, notes: 0, message: error.message };
  }
}

const ruleOrder = (id: string) => RULES.findIndex((r) => r.id === id);

beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-needed'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  generated = await writeUnitFolder(folder, UNITS, 20261130);
  run = await runCli([
    'check',
    folder,
    '--json',
    '--today',
    TODAY,
    '--xlsx',
    join(root, '总览.xlsx'),
    '--csv',
    join(root, '总览.csv'),
  ]);
  rows = (JSON.parse(run.stdout) as { rows: OverviewRow[] }).rows;
}, 240_000);

describe('nianbao check over a folder of 1,000 reports', () => {
  it('one row per report file, in file order; the spreadsheet beside them is skipped and said so', () => {
    expect(rows.map((r) => r.file)).toEqual(generated.map((u) => u.file));
    expect(run.stderr).toContain('跳过了 1 个不是报告格式的文件');
    // the folder has unreadable files: exit 2
    expect(generated.some((u) => u.status === 'unreadable')).toBe(true);
    expect(run.code).toBe(2);
  });

  it('each row has the organ, year and status the file was made with', () => {
    for (const [i, unit] of generated.entries()) {
      const row = rows[i]!;
      expect({ file: row.file, status: row.status }).toEqual({ file: unit.file, status: unit.status });
      if (unit.status !== 'unreadable') {
        expect([row.organ, row.year, row.format]).toEqual([unit.organ, unit.year, unit.format]);
        expect(row.kind).toBe(kindOf(unit.organ!));
      } else {
        expect(row.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('pairs every report with last year’s report of the same organ when the folder has it', () => {
    const byOrganYear = new Map(
      generated.filter((u) => u.status !== 'unreadable').map((u) => [`${u.organ}|${u.year}`, u.file]),
    );
    let paired = 0;
    for (const [i, unit] of generated.entries()) {
      const expected =
        unit.status === 'unreadable' ? null : (byOrganYear.get(`${unit.organ}|${unit.year! - 1}`) ?? null);
      expect(rows[i]!.prior, unit.file).toBe(expected);
      if (expected) paired++;
    }
    expect(paired).toBeGreaterThan(UNITS / 4);
  });

  it('every row says what the single-file check of that file says', async () => {
    for (const row of rows) {
      const single = await singleCheck(join(folder, row.file), row.prior ? join(folder, row.prior) : null);
      if (single.json === null) {
        expect(row.status, row.file).toBe('unreadable');
        expect(row.message).toBe(single.message);
        continue;
      }
      const ids = [...new Set(single.json.findings.filter((f) => f.severity !== 'info').map((f) => f.id))].sort(
        (a, b) => ruleOrder(a) - ruleOrder(b),
      );
      expect(
        {
          status: row.status,
          errors: row.errors,
          warnings: row.warnings,
          ids: row.findingIds,
          notes: row.importNotes,
          organ: row.organ,
          year: row.year,
        },
        row.file,
      ).toEqual({
        status: single.code === 1 ? 'errors' : 'ok',
        errors: single.json.errors,
        warnings: single.json.warnings,
        ids,
        notes: single.notes,
        organ: single.json.report.organ.name,
        year: single.json.report.year,
      });
    }
    // the generated errors are there and found (T3-BALANCE from the number changed by one)
    expect(rows.filter((r) => r.findingIds.includes('T3-BALANCE')).length).toBe(
      generated.filter((u) => u.status === 'errors').length,
    );
    expect(rows.some((r) => r.findingIds.includes('X-CARRY'))).toBe(true);
  }, 240_000);

  it('the .xlsx read back with exceljs shows the same rows, header frozen, filters on, error rows marked', async () => {
    const sheet = await readOverviewXlsx(readFileSync(join(root, '总览.xlsx')));
    expect(sheet.header).toEqual(OVERVIEW_COLUMNS.map((c) => c.label));
    expect(sheet.rows).toEqual(rows.map((r) => OVERVIEW_COLUMNS.map((c) => String(c.value(r)))));
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.autoFilter).toBeTruthy();
    const fillOf = (status: string) => new Set(sheet.fills.filter((_, i) => rows[i]!.status === status));
    expect(fillOf('ok')).toEqual(new Set(['']));
    expect(fillOf('errors').size).toBe(1);
    expect(fillOf('unreadable').size).toBe(1);
    expect([...fillOf('errors')][0]).not.toBe([...fillOf('unreadable')][0]);
    expect(sheet.rows.filter((r) => r[4] === UNIT_STATUS_LABEL.errors).length).toBe(
      rows.filter((r) => r.status === 'errors').length,
    );
  });

  it('the .csv has the same rows under the same Chinese headers', () => {
    const csv = readFileSync(join(root, '总览.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF文件,机关,类型,年度,状态')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.length).toBe(rows.length + 1);
    // no field of these rows needs quoting except the reasons, which may hold commas
    for (const [i, row] of rows.entries()) {
      if (row.status !== 'unreadable')
        expect(lines[i + 1]).toBe(OVERVIEW_COLUMNS.map((c) => String(c.value(row))).join(','));
    }
  });
});
