/**
 * Hand-written reports of the 2019 试行 layout as REAL-WORLD.md describes them ("reports for 2019–2020":
 * 表二 with 本年新制作数量 / 本年新公开数量 / 对外公开总数量, 上一年项目数量 / 本年增/减, the 第二十条第（九）项
 * 政府集中采购 block; 表三 with one （六）其他处理 row), and the mixed and contradictory ones: which edition each
 * is read into, every number exactly, and what the clerk is told.
 */
import { describe, expect, it } from 'vitest';
import { CURRENT_EDITION, EDITION_2019, editionOf, type CellId } from '../../../shared/format';
import { parseReportText } from '../../../shared/import/text';
import { getCell, reportSchemaFor, type Report } from '../../../shared/report';
import { MENGZHOU_TEXT } from '../rules/fixture';

const original = parseReportText(MENGZHOU_TEXT).report;

/** The 表二 of a 2020 report in the 试行 layout, as a web page copies it (tab-separated, merged cells flattened). */
const TRIAL_T2 = [
  '第二十条第（一）项\t\t\t',
  '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
  '规章\t0\t0\t0',
  '规范性文件\t2\t2\t15',
  '第二十条第（五）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政许可\t212\t−2\t1,306',
  '其他对外管理服务事项\t5\t－1\t—',
  '第二十条第（六）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
  '行政处罚\t30\t-3\t88',
  '行政强制\t4\t+2\t2',
  '第二十条第（八）项\t\t\t',
  '信息内容\t上一年项目数量\t本年增/减\t',
  '行政事业性收费\t\t0\t',
  '第二十条第（九）项\t\t\t',
  '信息内容\t采购项目数量\t采购总金额\t',
  '政府集中采购\t6\t86.50\t',
];

/** What TRIAL_T2 must import as: every figure, the signs of 本年增/减, the amount's decimals, the blank. */
const TRIAL_T2_CELLS: Record<string, string | null> = {
  'T2.rules.newlyMade': '0',
  'T2.rules.newlyPublished': '0',
  'T2.rules.publishedTotal': '0',
  'T2.normativeDocs.newlyMade': '2',
  'T2.normativeDocs.newlyPublished': '2',
  'T2.normativeDocs.publishedTotal': '15',
  'T2.licensing.priorYearItems': '212',
  'T2.licensing.changeThisYear': '-2',
  'T2.licensing.decisionCount': '1306',
  'T2.otherServices.priorYearItems': '5',
  'T2.otherServices.changeThisYear': '-1',
  'T2.otherServices.decisionCount': '0',
  'T2.punishment.priorYearItems': '30',
  'T2.punishment.changeThisYear': '-3',
  'T2.punishment.decisionCount': '88',
  'T2.enforcement.priorYearItems': '4',
  'T2.enforcement.changeThisYear': '2',
  'T2.enforcement.decisionCount': '2',
  'T2.fees.priorYearItems': null,
  'T2.fees.changeThisYear': '0',
  'T2.procurement.purchaseItems': '6',
  'T2.procurement.purchaseAmount': '86.50',
};

function lines(text: string): string[] {
  return text.split('\n');
}

/** The Mengzhou report with its 表二 body replaced by `t2` (null: 表二 left out), its year and its （六） rows. */
function report(options: { t2?: readonly string[] | null; year?: number; other?: 'single' | 'split' | string[] }) {
  let out = lines(MENGZHOU_TEXT);
  const t2Start = out.indexOf('二、主动公开政府信息情况');
  const t3Start = out.indexOf('三、收到和处理政府信息公开申请情况');
  if (options.t2 !== undefined) {
    const body = options.t2 === null ? [] : ['二、主动公开政府信息情况', '', ...options.t2, ''];
    out = [...out.slice(0, t2Start), ...body, ...out.slice(t3Start)];
  }
  const other = out.findIndex((l) => l.startsWith('\t(六) 其他处理'));
  if (options.other === 'single' || options.other === undefined) {
    out.splice(other, 3, '\t(六) 其他处理\t\t49\t0\t0\t0\t0\t0\t49');
  } else if (Array.isArray(options.other)) {
    out.splice(other, 3, ...options.other);
  }
  let text = out.join('\n');
  if (options.year !== undefined)
    text = text.replace('2025 年政府信息公开工作年度报告', `${options.year}年政府信息公开工作年度报告`);
  return parseReportText(text);
}

const messages = (issues: ReadonlyArray<{ message: string }>) => issues.map((i) => i.message).join('\n');

/** Every 表三 and 表四 cell as in the Mengzhou report, except the （六） rows, which the 2019 edition has as one. */
function expectT3T4AsOriginal(imported: Report): void {
  for (const c of EDITION_2019.cells) {
    if (c.id.startsWith('T2.') || c.id.startsWith('T3.other.')) continue;
    expect([c.id, getCell(imported, c.id)]).toEqual([c.id, getCell(original, c.id)]);
  }
}

describe('a report printed in the 2019 试行 layout', () => {
  it('is read into the 2019 edition with every number as printed (signs, thousands, decimals, dashes, blanks)', () => {
    const { report: r, issues, summary } = report({ t2: TRIAL_T2, year: 2020 });
    expect(r.format).toBe('2019');
    expect(editionOf(r)).toBe(EDITION_2019);
    expect(reportSchemaFor(EDITION_2019).parse(r)).toEqual(r);
    // exactly the 2019 cells: nothing of the 2021 表二, no cell id meaning two things
    expect(Object.keys(r.tables.T2).sort()).toEqual(
      EDITION_2019.t2Blocks.flatMap((b) => b.rows.map((x) => x.key)).sort(),
    );
    for (const [id, value] of Object.entries(TRIAL_T2_CELLS)) expect([id, getCell(r, id)]).toEqual([id, value]);
    expect(getCell(r, 'T3.other.natural')).toBe('49');
    expect(getCell(r, 'T3.other.total')).toBe('49');
    expectT3T4AsOriginal(r);
    expect(r.organ.name).toBe('孟州市人民政府办公室');
    expect(r.year).toBe(2020);
    // no refusal: the layout is the edition's own
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(messages(issues)).not.toContain('未导入');
    // the clerk is told which format, why, and how many cells it has
    const note = issues.find((i) => i.message.includes('已按2019年试行格式（国办公开办函〔2019〕60号）导入'))!;
    expect(note.severity).toBe('info');
    expect(note.message).toContain('“本年新制作数量”');
    expect(note.message).toContain(`共 ${EDITION_2019.cells.length} 个数值单元格`);
    expect(summary[0]!.read).toBe(`机关：孟州市人民政府办公室；年度：2020；格式：${EDITION_2019.name}`);
    const t2Cells = EDITION_2019.cells.filter((c) => c.id.startsWith('T2.')).length;
    expect(summary.find((s) => s.part.startsWith('二、'))!.read).toBe(
      `读到 ${t2Cells - 1} 个数值（共 ${t2Cells} 个单元格）`,
    );
    const t3Cells = EDITION_2019.cells.filter((c) => c.id.startsWith('T3.')).length;
    expect(t3Cells).toBe(CURRENT_EDITION.cells.filter((c) => c.id.startsWith('T3.')).length - 2 * 7);
    expect(summary.find((s) => s.part.startsWith('三、'))!.read).toBe(
      `读到 ${t3Cells} 个数值（共 ${t3Cells} 个单元格）`,
    );
    // the dash and the blank are named in the notes, with the 2019 row and column titles
    expect(messages(issues)).toContain('第二部分“第二十条第（五）项 其他对外管理服务事项”行“处理决定数量”列');
    expect(messages(issues)).toContain('第二部分“第二十条第（八）项 行政事业性收费”行“上一年项目数量”列');
  });

  it('reads numbering variants, spaced labels and labels broken over two lines as the same layout', () => {
    const t2 = TRIAL_T2.map((l) =>
      l
        .replace('第二十条第（九）项', '第二十条第(九)项')
        .replace('本年增/减', '本年增 / 减')
        .replace('上一年项目数量\t', '上一年\n项目数量\t')
        .replace('对外公开总数量', '对外公开\n总数量'),
    );
    const { report: r, issues } = report({ t2: t2.join('\n').split('\n'), year: 2019 });
    expect(r.format).toBe('2019');
    for (const [id, value] of Object.entries(TRIAL_T2_CELLS)) expect([id, getCell(r, id)]).toEqual([id, value]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a figure in 本年增/减 that is not a number is kept as printed and named, never read as a number', () => {
    const t2 = TRIAL_T2.map((l) => l.replace('行政处罚\t30\t-3\t88', '行政处罚\t30\t减少3项\t88'));
    const { report: r, issues } = report({ t2, year: 2020 });
    expect(getCell(r, 'T2.punishment.changeThisYear')).toBe('减少3项');
    expect(messages(issues)).toContain('“第二十条第（六）项 行政处罚”行“本年增/减”列的“减少3项”不是有效数值');
  });

  it('with no 表二 columns printed, a single （六） row and a 试行 year decide the 2019 edition', () => {
    const { report: r, issues } = report({ t2: null, year: 2020 });
    expect(r.format).toBe('2019');
    expect(getCell(r, 'T3.other.natural')).toBe('49');
    expect(messages(issues)).toContain('表三的“（六）其他处理”只有一行，且报告年度为2020年，已按2019年试行格式');
    // the same report for 2021: an early report of the 2021 format (REAL-WORLD.md), read as 2021
    const later = report({ t2: null, year: 2021 });
    expect(later.report.format).toBe('2021');
    expect(messages(later.issues)).toContain('（六）其他处理”只有一行数值（早期格式）');
  });
});

describe('contradictory evidence is never resolved silently', () => {
  it('a 2021 表二 with a single （六） row stays 2021 (the older single row of early 2021 reports)', () => {
    const { report: r, issues } = report({ year: 2022 });
    expect(r.format).toBe('2021');
    expect(editionOf(r)).toBe(CURRENT_EDITION);
    expect(getCell(r, 'T2.normativeDocs.inForce')).toBe('76');
    expect(issues.find((i) => i.message.includes('（六）其他处理”只有一行数值'))!.severity).toBe('error');
  });

  it('a 表二 mixing both layouts is read as 2021; the 试行 block and columns are named and not imported', () => {
    // the first block in 试行 columns and the （九） block added, the other blocks as 2021 prints them
    let t = MENGZHOU_TEXT.replace(
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
    );
    t = t.replace(
      '第二十条第（八）项\t\t\t',
      '第二十条第（九）项\t\t\t\n信息内容\t采购项目数量\t采购总金额\t\n政府集中采购\t3\t10\t\n第二十条第（八）项\t\t\t',
    );
    const { report: r, issues } = parseReportText(t);
    expect(r.format).toBe('2021');
    expect(reportSchemaFor(CURRENT_EDITION).safeParse(r).success).toBe(true);
    // the 试行 block is not put into 2021 cells: they stay blank, never a 试行 figure in a 2021 column
    for (const id of ['T2.rules.issued', 'T2.normativeDocs.issued', 'T2.normativeDocs.inForce'] as CellId[])
      expect(getCell(r, id)).toBeNull();
    // the blocks printed as 2021 keep their figures
    for (const id of ['T2.licensing.decisions', 'T2.punishment.decisions', 'T2.fees.amount'] as CellId[])
      expect(getCell(r, id)).toBe(getCell(original, id));
    const mixed = issues.find((i) => i.message.startsWith('表二中既有现行格式的栏目'))!;
    expect(mixed.severity).toBe('warning');
    expect(mixed.message).toContain('“本年收费金额（单位：万元）”');
    expect(mixed.message).toContain('“本年新制作数量”');
    expect(mixed.message).toContain('已按现行格式导入');
    const block = issues.find((i) => i.message.startsWith('第二部分“第二十条第（一）项”印的是2019年试行格式的栏目'))!;
    expect(block.severity).toBe('error');
    expect(block.message).toContain('“本年新制作数量、本年新公开数量、对外公开总数量”');
    expect(block.message).toContain('请对照原表在现行格式的栏目中填写');
    const text = messages(issues);
    expect(text).toContain(
      '“第二十条第（九）项”不是现行格式的区块（2019年试行格式中的政府集中采购区块，现行格式没有这一区块）',
    );
    expect(text).toContain('第二部分表格中的“政府集中采购”行不是现行格式的内容，未导入');
    // the old wording that refused a 试行 表二 outright is gone
    expect(text).not.toContain('使用了2019年试行格式的栏目');
  });

  it('a 试行 表二 under a year of the 2021 format is read as printed, with a warning naming the contradiction', () => {
    const { report: r, issues } = report({ t2: TRIAL_T2, year: 2022 });
    expect(r.format).toBe('2019');
    expect(r.year).toBe(2022);
    for (const [id, value] of Object.entries(TRIAL_T2_CELLS)) expect([id, getCell(r, id)]).toEqual([id, value]);
    const warning = issues.find((i) => i.message.startsWith('标题中的年度是2022年'))!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toContain('2019年试行格式用于2019、2020年度的报告');
    expect(warning.message).toContain('请核对年度');
  });

  it('a 试行 表二 with 表三’s （六） split as 2021 prints it: the sum of the sub-rows is the one row, exactly', () => {
    const { report: r, issues } = report({ t2: TRIAL_T2, year: 2020, other: 'split' });
    expect(r.format).toBe('2019');
    // Mengzhou's sub-rows: 0, 0 and 49 for 自然人; 0 elsewhere
    expect(getCell(r, 'T3.other.natural')).toBe('49');
    expect(getCell(r, 'T3.other.commercial')).toBe('0');
    expect(getCell(r, 'T3.other.total')).toBe('49');
    expectT3T4AsOriginal(r);
    const note = issues.find((i) => i.message.includes('按现行格式分3行印制'))!;
    expect(note.severity).toBe('warning');
    expect(note.message).toContain('已把这3行各列之和按“（六）其他处理”行导入');
    expect(messages(issues)).not.toContain('不是2019年试行格式的');
    expect(messages(issues)).not.toContain('缺少以下行');
  });

  it('split sub-rows with a blank cannot be summed: the row stays blank and the printed figures are named', () => {
    const split = [
      '\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0',
      '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t\t0\t0\t0\t0\t0',
      '\t\t3.其他\t49\t0\t0\t0\t0\t0\t49',
    ];
    const { report: r, issues } = report({ t2: TRIAL_T2, year: 2020, other: split });
    expect(r.format).toBe('2019');
    expect(getCell(r, 'T3.other.natural')).toBeNull();
    expect(getCell(r, 'T3.other.total')).toBeNull();
    const error = issues.find((i) => i.message.includes('无法求出该行'))!;
    expect(error.severity).toBe('error');
    expect(error.message).toContain('“3.其他”：49、0、0、0、0、0、49');
    expect(error.message).toContain('请按原表把各分行之和填入“（六）其他处理”行');
  });
});

describe('a label worded like the other edition’s is a variant, not evidence', () => {
  it('a 试行 block headed 本年处理决定数量 (the 2021 wording) is read as 处理决定数量, with a note', () => {
    const t2 = TRIAL_T2.map((l) =>
      l === '信息内容\t上一年项目数量\t本年增/减\t处理决定数量'
        ? '信息内容\t上一年项目数量\t本年增/减\t本年处理决定数量'
        : l,
    );
    const { report: r, issues } = report({ t2, year: 2020 });
    expect(r.format).toBe('2019');
    for (const [id, value] of Object.entries(TRIAL_T2_CELLS)) expect([id, getCell(r, id)]).toEqual([id, value]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(messages(issues)).toContain('的栏目“上一年项目数量、本年增/减、本年处理决定数量”与规范名称');
  });
});
