/**
 * Varied reports for the many-units tests: the reference report's prose with generated organs, years and
 * tables that keep every sum (T3 balance, result and row sums, T4 totals), decimal 万元 amounts included.
 */
import fc from 'fast-check';
import {
  T2_CELLS,
  T3_COLUMNS,
  T3_RESULT_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
  cellId,
  type CellId,
  type OrganKind,
} from '../../../shared/format';
import { setCells, withDerivedTotals, type Cell, type Report } from '../../../shared/report';
import { mengzhou } from '../rules/fixture';

const REGIONS = ['孟州市', '温县', '博爱县', '沁阳市', '修武县', '武陟县', '济源市', '焦作市'];
const BODIES = [
  '人民政府',
  '人民政府办公室',
  '发展和改革委员会',
  '教育局',
  '公安局',
  '财政局',
  '人力资源和社会保障局',
  '自然资源局',
  '生态环境局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '卫生健康委员会',
  '应急管理局',
  '市场监督管理局',
  '审计局',
  '统计局',
  '医疗保障局',
  '城关镇人民政府',
  '西虢镇人民政府',
  '大定街道办事处',
  '会昌街道办事处',
  '退役军人事务局',
  '文化广电和旅游局',
];

export const ORGAN_NAMES: readonly string[] = REGIONS.flatMap((r) => BODIES.map((b) => `${r}${b}`));

/** The kinds of the organs above: a 街道办事处 is a 派出机关, neither a government nor a department. */
export function kindOf(name: string): OrganKind {
  if (/人民政府$/.test(name)) return '人民政府';
  return /街道办事处$/.test(name) ? '其他' : '政府部门';
}

const APPLICANTS = T3_COLUMNS.filter((c) => !c.isTotal);
const T4_PARTS = T4_OUTCOMES.filter((o) => !o.isTotal);

/** Mostly zero, as in published reports; now and then a larger figure. */
const count = fc.oneof(
  { weight: 6, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 400 }) },
);
/** 万元 with up to 6 decimals, canonical (no trailing zeros needed: "1.5", "0.000001", "12"). */
const wanYuan = fc
  .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([int, frac, places]) =>
    places === 0 ? String(int) : `${int}.${String(frac).padStart(6, '0').slice(0, places)}`,
  );

/** Every entered cell of the three tables; the derived totals are computed from them. */
export const tableValuesArb: fc.Arbitrary<Map<CellId, string>> = fc
  .record({
    t2: fc.array(fc.oneof(count.map(String), wanYuan), { minLength: T2_CELLS.length, maxLength: T2_CELLS.length }),
    results: fc.array(fc.array(count, { minLength: T3_RESULT_ROWS.length, maxLength: T3_RESULT_ROWS.length }), {
      minLength: APPLICANTS.length,
      maxLength: APPLICANTS.length,
    }),
    carried: fc.array(fc.tuple(count, count), { minLength: APPLICANTS.length, maxLength: APPLICANTS.length }),
    t4: fc.array(count, {
      minLength: T4_GROUPS.length * T4_PARTS.length,
      maxLength: T4_GROUPS.length * T4_PARTS.length,
    }),
  })
  .map(({ t2, results, carried, t4 }) => {
    const out = new Map<CellId, string>();
    T2_CELLS.forEach((c, i) => out.set(c.id, c.kind === 'count' ? String(Number.parseInt(t2[i]!, 10)) : t2[i]!));
    APPLICANTS.forEach((c, ci) => {
      const column = results[ci]!;
      T3_RESULT_ROWS.forEach((r, ri) => out.set(cellId('T3', r.key, c.key), String(column[ri]!)));
      const handled = column.reduce((a, b) => a + b, 0);
      const [carriedOver, carryForward] = carried[ci]!;
      // 一 + 二 = 三（七） + 四: pick 二 and 四, and 一 follows (never below zero)
      const over = Math.min(carriedOver, handled + carryForward);
      out.set(cellId('T3', 'carriedOver', c.key), String(over));
      out.set(cellId('T3', 'carryForward', c.key), String(carryForward));
      out.set(cellId('T3', 'newReceived', c.key), String(handled + carryForward - over));
    });
    T4_GROUPS.forEach((g, gi) =>
      T4_PARTS.forEach((o, oi) => out.set(cellId('T4', g.key, o.key), String(t4[gi * T4_PARTS.length + oi]!))),
    );
    return out;
  });

let base: Report | null = null;

/** The reference report under another organ and year, with the given table values and totals derived. */
export function unitReport(organ: string, year: number, cells: ReadonlyMap<CellId, Cell>): Report {
  base ??= mengzhou();
  const report = setCells({ ...base, organ: { ...base.organ, name: organ, kind: kindOf(organ) }, year }, cells);
  return withDerivedTotals(report);
}

export const validReportArb: fc.Arbitrary<Report> = fc
  .record({ organ: fc.constantFrom(...ORGAN_NAMES), year: fc.integer({ min: 2021, max: 2025 }), cells: tableValuesArb })
  .map(({ organ, year, cells }) => unitReport(organ, year, cells));
