/**
 * Reports for the render tests that the reference fixture is not: long prose in every part, 6- and 7-digit counts,
 * a long organ name, and one whose 表二 falls in the last lines of page 1. Drawn with fast-check from a fixed seed
 * (the same document every run, so a failure can be looked at), from the shapes REAL-WORLD.md describes.
 */
import fc from 'fast-check';
import { PROSE_SECTIONS, T2_CELLS, T3_COLUMNS, T3_RESULT_ROWS, T4_CELLS } from '../../../shared/format';
import {
  addDecimals,
  emptyReport,
  setCells,
  subtractDecimals,
  withDerivedTotals,
  type Report,
} from '../../../shared/report';

/** Clauses as published reports word them; joined with ，、； and ended with 。. Some carry figures. */
const CLAUSES = [
  '坚持以人民为中心的发展思想',
  '严格落实政府信息公开条例',
  '持续深化政务公开标准化规范化建设',
  '全面梳理本部门主动公开基本目录',
  '围绕优化营商环境等重点领域',
  '及时发布政策文件和解读材料',
  '进一步畅通依申请公开渠道',
  '规范申请受理、登记、审核、答复各环节',
  '加强政府网站和政务新媒体管理',
  '对照年度政务公开工作要点逐项落实',
  '建立健全公开前保密审查机制',
  '定期开展政府信息公开业务培训',
  '推动公开内容由“可看”向“可用”转变',
  '全年通过门户网站主动公开政府信息2846条',
  '组织开展专题培训3次',
  '办理群众留言咨询127件',
  '公开财政预决算信息46条',
  '发布政策解读材料58篇',
];

const sentence = fc
  .array(fc.nat(CLAUSES.length - 1), { minLength: 2, maxLength: 5 })
  .chain((picks) =>
    fc
      .array(fc.constantFrom('，', '，', '、', '；'), { minLength: picks.length - 1, maxLength: picks.length - 1 })
      .map((seps) => picks.map((p, i) => CLAUSES[p]! + (seps[i] ?? '')).join('') + '。'),
  );
const paragraph = fc.array(sentence, { minLength: 3, maxLength: 9 }).map((s) => s.join(''));
const partText = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((ps) => ps.join('\n'));

const APPLICANTS = T3_COLUMNS.filter((c) => !c.isTotal);

type TablesValue = { natural: number[]; others: number[][]; carryForward: number[]; t2: number[]; t4: number[] };

/** Counts whose totals hold, with 自然人 up to six digits (its totals reach seven). */
const tables = fc.record({
  natural: fc.array(fc.integer({ min: 0, max: 120_000 }), {
    minLength: T3_RESULT_ROWS.length,
    maxLength: T3_RESULT_ROWS.length,
  }),
  others: fc.array(fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 5, maxLength: 5 }), {
    minLength: T3_RESULT_ROWS.length,
    maxLength: T3_RESULT_ROWS.length,
  }),
  carryForward: fc.array(fc.integer({ min: 0, max: 9999 }), { minLength: 6, maxLength: 6 }),
  t2: fc.array(fc.integer({ min: 0, max: 999_999 }), { minLength: T2_CELLS.length, maxLength: T2_CELLS.length }),
  t4: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 12, maxLength: 12 }),
});

function withTables(base: Report, t: TablesValue): Report {
  const cells: Record<string, string> = {};
  T3_RESULT_ROWS.forEach((r, i) =>
    APPLICANTS.forEach(
      (c, j) => (cells[`T3.${r.key}.${c.key}`] = String(j === 0 ? t.natural[i]! : t.others[i]![j - 1]!)),
    ),
  );
  APPLICANTS.forEach((c, j) => {
    const processed = addDecimals(T3_RESULT_ROWS.map((r) => cells[`T3.${r.key}.${c.key}`]!));
    const out = addDecimals([processed, String(t.carryForward[j]!)]);
    const carried = String(Math.floor(Number(out) / 10));
    cells[`T3.carryForward.${c.key}`] = String(t.carryForward[j]!);
    cells[`T3.carriedOver.${c.key}`] = carried;
    cells[`T3.newReceived.${c.key}`] = subtractDecimals(out, carried);
  });
  T2_CELLS.forEach((c, i) => (cells[c.id] = c.kind === 'wanYuan' ? `${t.t2[i]! % 10_000}.5` : String(t.t2[i]!)));
  T4_CELLS.filter((c) => !c.derived).forEach((c, i) => (cells[c.id] = String(t.t4[i]!)));
  return withDerivedTotals(setCells(base, cells));
}

function base(organName: string): Report {
  return {
    ...emptyReport({ organName, organKind: '政府部门', year: 2025, region: '某省某市某区' }),
    fee: { notices: '0', noticeAmount: '0', collected: '0' },
    closing: { signer: organName, date: '2026年1月20日' },
  };
}

/** Long prose in every part of 一, 五 and 六, and six- and seven-digit counts. */
export function longReport(seed = 20251): Report {
  const [value] = fc.sample(fc.record({ tables, prose: fc.array(partText, { minLength: 11, maxLength: 11 }) }), {
    seed,
    numRuns: 1,
  });
  let report = withTables(base('某省某市某某区发展和改革委员会'), value!.tables);
  let i = 0;
  const prose = structuredClone(report.prose) as Record<string, Record<string, string>>;
  for (const section of PROSE_SECTIONS)
    for (const part of section.parts) prose[section.key]![part.key] = value!.prose[i++ % value!.prose.length]!;
  report = { ...report, prose: prose as Report['prose'] };
  return report;
}

/**
 * A report whose 一 ends on line 19 of page 1, so that the heading 二 and 表二 (about eleven lines) cannot fit below:
 * two title lines, the blank line, 一、总体情况, （一）主动公开 and fourteen full lines of 26 + 13 × 28 characters.
 */
export function tableAtPageEndReport(seed = 7): Report {
  const [value] = fc.sample(tables, { seed, numRuns: 1 });
  const report = withTables(base('某市某县人民政府办公室'), value!);
  const text = '全面推进政务公开工作不断提升政府工作透明度和公信力'.repeat(20).slice(0, 26 + 13 * 28 - 1) + '。';
  return {
    ...report,
    prose: {
      ...report.prose,
      overview: { ...report.prose.overview, active: text },
      problems: {
        ...report.prose.problems,
        problems: '一是主动公开的深度和广度仍需拓展；二是政策解读的形式还不够丰富。',
        improvements: '下一步，将持续完善主动公开目录，丰富解读形式，提升公开质量。',
      },
    },
  };
}
