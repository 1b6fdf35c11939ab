/**
 * 汇总: the tables and fee figures of many units' reports of one year, summed exactly (decimal amounts
 * with BigInt-scaled arithmetic) into one report of the same format. Pure.
 *
 * Every cell is summed, the printed totals too: for reports whose totals agree with their parts (no
 * sum-rule error) the sum of the totals is the total of the sums, and the rules run on the result say
 * so. A value that is not a number of its kind is never guessed at: the cell becomes UNSUMMABLE, which
 * CELL-DOMAIN flags on the sum, and the unit and cell are listed.
 */
import { FEE_FIELDS, TABLE_CELLS, type CellId, type NumberKind, type OrganKind } from '../format';
import { addDecimals, domainMessage, emptyReport, getCell, setCells, type Cell, type Report } from '../report';
import { organKey } from '../units/pairing';

/** What a cell of the sum holds when a unit's value could not be added (not a number). */
export const UNSUMMABLE = '无法汇总';

/** The intro names at most this many units; the full list is in the history and the unit list. */
export const INTRO_MAX_UNITS = 200;

export interface AggregateUnit {
  /** how the unit is named in lists: its file or its organ */
  label: string;
  report: Report;
}

export interface UnsummableValue {
  unit: string;
  /** a table cell id, or `fee.<key>` */
  cell: string;
  value: string;
}

export interface AggregateTarget {
  organ: string;
  kind: OrganKind;
  year: number;
  region?: string;
}

export interface AggregateResult {
  report: Report;
  unsummable: UnsummableValue[];
}

function sumValues(
  values: ReadonlyArray<{ unit: string; value: Cell }>,
  kind: NumberKind,
  cell: string,
  unsummable: UnsummableValue[],
): Cell {
  const present: string[] = [];
  let bad = false;
  for (const { unit, value } of values) {
    if (value === null) continue;
    if (domainMessage(value, kind) !== null) {
      unsummable.push({ unit, cell, value });
      bad = true;
    } else present.push(value);
  }
  if (bad) return UNSUMMABLE;
  return present.length === 0 ? null : addDecimals(present);
}

/** The units' organ names, once each, in a stable order (so the sum does not depend on the order given). */
export function unitNames(units: readonly AggregateUnit[]): string[] {
  const names = [...new Set(units.map((u) => u.report.organ.name.trim() || u.label))];
  return names.sort((a, b) => (organKey(a) < organKey(b) ? -1 : organKey(a) > organKey(b) ? 1 : 0));
}

export function aggregateIntro(units: readonly AggregateUnit[], year: number): string {
  const names = unitNames(units);
  const shown = names.slice(0, INTRO_MAX_UNITS).join('、');
  const more = names.length > INTRO_MAX_UNITS ? `等${names.length}个单位` : `共${names.length}个单位`;
  return `本报告第二、三、四部分及信息处理费数据由${shown}${more}的${year}年政府信息公开工作年度报告汇总生成。`;
}

export function aggregateReports(units: readonly AggregateUnit[], target: AggregateTarget): AggregateResult {
  const unsummable: UnsummableValue[] = [];
  const base = emptyReport({
    organName: target.organ,
    organKind: target.kind,
    year: target.year,
    region: target.region,
  });
  const cells = new Map<CellId, Cell>();
  for (const def of TABLE_CELLS) {
    const values = units.map((u) => ({ unit: u.label, value: getCell(u.report, def.id) }));
    cells.set(def.id, sumValues(values, def.kind, def.id, unsummable));
  }
  const fee = { ...base.fee };
  for (const field of FEE_FIELDS) {
    const values = units.map((u) => ({ unit: u.label, value: u.report.fee[field.key] }));
    fee[field.key] = sumValues(values, field.kind, `fee.${field.key}`, unsummable);
  }
  const report = setCells({ ...base, fee, intro: units.length > 0 ? aggregateIntro(units, target.year) : '' }, cells);
  return { report, unsummable };
}
