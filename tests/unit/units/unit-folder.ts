/**
 * A folder of many units' reports, made with the app's own exporters (.docx, web copy, report file) and
 * perturbations of the reference text: some broken, some with errors, many organs in consecutive years.
 * Each file's expected organ, year and status is recorded for the tests to compare against.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildDocument } from '../../../shared/document';
import { getCell, setCell, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import type { UnitStatus } from '../../../shared/units';
import { exportBytes } from '../../../electron/services/export/handlers';
import { MENGZHOU_TEXT } from '../rules/fixture';
import { ORGAN_NAMES, tableValuesArb, unitReport } from './report-arb';

export const FIXTURE_TITLE = '孟州市人民政府办公室 2025 年政府信息公开工作年度报告';
const FIXTURE_NEW_RECEIVED = '一、本年新收政府信息公开申请数量\t\t\t129';
export const YEARS = [2021, 2022, 2023, 2024, 2025] as const;

export type UnitFormat = 'text' | 'html' | 'docx' | 'json' | 'broken';

export interface GeneratedUnit {
  /** relative to the folder, with / */
  file: string;
  format: UnitFormat;
  organ: string | null;
  year: number | null;
  status: UnitStatus;
}

const unitArb = fc.record({
  format: fc.oneof(
    { weight: 20, arbitrary: fc.constant<UnitFormat>('text') },
    { weight: 28, arbitrary: fc.constant<UnitFormat>('html') },
    { weight: 12, arbitrary: fc.constant<UnitFormat>('docx') },
    { weight: 27, arbitrary: fc.constant<UnitFormat>('json') },
    { weight: 5, arbitrary: fc.constant<UnitFormat>('broken') },
  ),
  withError: fc.integer({ min: 0, max: 99 }).map((n) => n < 5),
  cells: tableValuesArb,
  brokenKind: fc.nat(5),
});

/** One cell off by one after the totals were derived: T3-BALANCE and T3-ROW-SUM. */
function withOneError(report: Report): Report {
  const id = 'T3.newReceived.natural';
  return setCell(report, id, String(Number(getCell(report, id)) + 1));
}

async function exported(kind: 'docx' | 'html' | 'json', report: Report): Promise<Uint8Array> {
  // a published copy (no draft mark, no open-errors page), as offices put reports with errors online too
  const model = buildDocument(report, { findings: runRules(report), final: true });
  return exportBytes(kind, report, model, { printPdf: async () => new Uint8Array(), appVersion: '0.1.0' });
}

let sampleDocx: Uint8Array | null = null;

async function brokenFile(kind: number, index: number): Promise<{ name: string; bytes: Uint8Array | string }> {
  switch (kind) {
    case 0:
      return { name: `空文件-${index}.txt`, bytes: '' };
    case 1:
      return {
        name: `乱码-${index}.docx`,
        bytes: new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 37 + index) % 256)),
      };
    case 2: {
      sampleDocx ??= await exported('docx', unitReport(ORGAN_NAMES[0]!, 2025, new Map()));
      return { name: `截断-${index}.docx`, bytes: sampleDocx.slice(0, 1500) };
    }
    case 3:
      return { name: `通知-${index}.html`, bytes: '<html><body><p>关于召开会议的通知</p></body></html>' };
    case 4:
      return { name: `数据-${index}.nianbao.json`, bytes: '{"format":"something-else","version":1}' };
    default:
      return { name: `会议纪要-${index}.txt`, bytes: '会议纪要\n\n今天开会讨论了工作安排。\n' };
  }
}

export async function writeUnitFolder(dir: string, count: number, seed: number): Promise<GeneratedUnit[]> {
  const slots = ORGAN_NAMES.flatMap((organ) => YEARS.map((year) => ({ organ, year })));
  if (count > slots.length) throw new Error(`at most ${slots.length} units`);
  const [chosen] = fc.sample(fc.shuffledSubarray(slots, { minLength: count, maxLength: count }), { seed, numRuns: 1 });
  const plans = fc.sample(unitArb, { seed: seed + 1, numRuns: count });
  const units: GeneratedUnit[] = [];
  for (let i = 0; i < count; i++) {
    const { organ, year } = chosen![i]!;
    const plan = plans[i]!;
    const region = organ.slice(0, organ.search(/[市县]/) + 1);
    if (plan.format === 'broken') {
      const broken = await brokenFile(plan.brokenKind, i);
      const file = `待处理/${broken.name}`;
      mkdirSync(join(dir, '待处理'), { recursive: true });
      writeFileSync(join(dir, file), broken.bytes);
      units.push({ file, format: 'broken', organ: null, year: null, status: 'unreadable' });
      continue;
    }
    mkdirSync(join(dir, region, String(year)), { recursive: true });
    const stem = `${region}/${year}/${organ}${year}年政府信息公开工作年度报告`;
    let file: string;
    let bytes: Uint8Array | string;
    if (plan.format === 'text') {
      file = `${stem}.txt`;
      bytes = MENGZHOU_TEXT.replace(FIXTURE_TITLE, `${organ} ${year} 年政府信息公开工作年度报告`).replace(
        FIXTURE_NEW_RECEIVED,
        plan.withError ? FIXTURE_NEW_RECEIVED.replace('129', '130') : FIXTURE_NEW_RECEIVED,
      );
    } else {
      let report = unitReport(organ, year, plan.cells);
      if (plan.withError) report = withOneError(report);
      file = `${stem}.${plan.format === 'json' ? 'nianbao.json' : plan.format}`;
      bytes = await exported(plan.format, report);
    }
    writeFileSync(join(dir, file), bytes);
    units.push({ file, format: plan.format, organ, year, status: plan.withError ? 'errors' : 'ok' });
  }
  // not a report format: skipped by the walk, never a row
  writeFileSync(join(dir, '统计表.xlsx'), 'PK\u0003\u0004');
  return units.sort((a, b) => (a.file < b.file ? -1 : 1));
}
