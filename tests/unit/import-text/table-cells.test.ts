/**
 * Table cells as published (REAL-WORLD.md, 表格), on the reference fixture: zero marks, blanks, numbers
 * that cannot be read as one number, rows broken over lines or pages, rows far wider than any table.
 */
import { describe, expect, it } from 'vitest';
import { TABLE_CELLS, T4_CELLS } from '../../../shared/format';
import { MAX_NOTE_CHARS } from '../../../shared/import/text-cell-notes';
import { MAX_CELLS_PER_ROW } from '../../../shared/import/text-cells';
import { parseReportText } from '../../../shared/import/text';
import { getCell } from '../../../shared/report';
import { MENGZHOU_TEXT } from '../rules/fixture';

const original = parseReportText(MENGZHOU_TEXT).report;
const T4_LINE = '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
const T3_HEADER = MENGZHOU_TEXT.split('\n')
  .filter((l) => l.startsWith('(本列数据') || l.startsWith('\t\t\t自然人') || l.startsWith('\t\t\t\t商业企业'))
  .join('\n');

function replaced(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

function expectSameCells(text: string, except: readonly string[] = []): void {
  const { report } = parseReportText(text);
  for (const c of TABLE_CELLS) {
    if (except.includes(c.id)) continue;
    expect([c.id, getCell(report, c.id)]).toEqual([c.id, getCell(original, c.id)]);
  }
}

/** Every cell is either what the fixture has or blank: never another number. */
function expectNoOtherNumber(text: string): void {
  const { report } = parseReportText(text);
  for (const c of TABLE_CELLS) {
    const got = getCell(report, c.id);
    if (got !== null) expect([c.id, got]).toEqual([c.id, getCell(original, c.id)]);
  }
}

describe('zero marks', () => {
  it('import as 0, all of them listed in one info note with their cells and marks', () => {
    let t = MENGZHOU_TEXT;
    t = replaced(t, '规章\t0\t0\t0', '规章\t—\t-\t－');
    t = replaced(
      t,
      '二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0',
      '二、上年结转政府信息公开申请数量\t\t\t–\t/\t无\t——\t 0 \t0\t0',
    );
    t = replaced(t, T4_LINE, '1\t—\t—\t—\t1\t—\t—\t—\t—\t—\t—\t—\t—\t—\t—');
    expectSameCells(t);
    const { issues } = parseReportText(t);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const notes = issues.filter((i) => i.message.includes('表示0的符号'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe('info');
    const note = notes[0]!.message;
    expect(note).toContain('表格中有20个单元格印作“—”“-”“－”“–”“/”“无”“——”等表示0的符号，已按0导入');
    expect(note).toContain('第二部分“第二十条第（一）项 规章”行“本年制发件数、本年废止件数、现行有效件数”列');
    expect(note).toContain('第三部分“二、上年结转政府信息公开申请数量”行“自然人、商业企业、科研机构、社会公益组织”列');
    expect(note).toContain('第四部分“行政复议”行“结果纠正、其他结果、尚未审结”列');
  });

  it('a mark with a figure, or words, is not zero: kept as printed and named (CELL-DOMAIN)', () => {
    let t = MENGZHOU_TEXT;
    t = replaced(t, '行政规范性文件\t0\t11\t76', '行政规范性文件\t—5\t11\t无数据');
    t = replaced(t, '规章\t0\t0\t0', '规章\t0\t0/1\t0');
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T2.normativeDocs.issued')).toBe('—5');
    // words after a figure are a value cell, not a label: the figures keep their columns
    expect(getCell(report, 'T2.normativeDocs.repealed')).toBe('11');
    expect(getCell(report, 'T2.normativeDocs.inForce')).toBe('无数据');
    expect(getCell(report, 'T2.rules.repealed')).toBe('0/1');
    const warnings = issues.filter((i) => i.severity === 'warning').map((i) => i.message);
    expect(warnings).toContain(
      '“第二十条第（一）项 行政规范性文件”行“本年制发件数”列的“—5”不是有效数值（不能为负数），已按原样保留，请核对',
    );
    expect(warnings.filter((m) => m.includes('不是有效数值'))).toHaveLength(3);
  });
});

describe('blank cells', () => {
  it('stay blank (blank is not 0), listed in one warning note', () => {
    let t = MENGZHOU_TEXT;
    t = replaced(t, '规章\t0\t0\t0', '规章\t\t0\t');
    t = replaced(t, '\t\t7.属于行政执法案卷\t1\t0\t0\t0\t0\t0\t1', '\t\t7.属于行政执法案卷\t1\t\t0\t0\t0\t0\t1');
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T2.rules.issued')).toBeNull();
    expect(getCell(report, 'T2.rules.inForce')).toBeNull();
    expect(getCell(report, 'T3.withheldEnforcement.commercial')).toBeNull();
    expectSameCells(t, ['T2.rules.issued', 'T2.rules.inForce', 'T3.withheldEnforcement.commercial']);
    const notes = issues.filter((i) => i.message.includes('为空白'));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe('warning');
    expect(notes[0]!.message).toBe(
      '表格中有3个单元格为空白，已留空（空白不等于0，核对时会提示未填写）：第二部分“第二十条第（一）项 规章”行“本年制发件数、现行有效件数”列；第三部分“三、本年度办理结果（三）不予公开7.属于行政执法案卷”行“商业企业”列。实际为0的请填写0。',
    );
  });

  it('a note naming many cells is cut to its limit and says how many there are', () => {
    const t = MENGZHOU_TEXT.split('\n')
      .map((l, i) => (i >= 39 && i <= 63 ? l.replace(/\t\d+/g, '\t') : l))
      .join('\n');
    const note = parseReportText(t).issues.find((i) => i.message.includes('为空白'))!;
    expect(note.message).toMatch(/^表格中有175个单元格为空白/);
    expect(note.message).toMatch(/……等，共175个单元格（另有\d+个未列出）/);
    expect(note.message.length).toBeLessThan(MAX_NOTE_CHARS + 200);
  });
});

describe('figures written as people write them', () => {
  it('full-width digits, thousands separators and spaces around a figure are only normalisation', () => {
    let t = MENGZHOU_TEXT;
    t = replaced(t, '一、本年新收政府信息公开申请数量\t\t\t129\t', '一、本年新收政府信息公开申请数量\t\t\t１２９\t');
    t = replaced(t, '行政规范性文件\t0\t11\t76', '行政规范性文件\t0\t 1１ \t7６');
    t = replaced(t, '\t(七) 总计\t\t124\t', '\t(七) 总计\t\t1,234,567\t');
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T3.resultTotal.natural')).toBe('1234567');
    expectSameCells(t, ['T3.resultTotal.natural']);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('digits with a space between them that are not thousands groups are kept as printed, not run together', () => {
    const t = replaced(MENGZHOU_TEXT, '行政规范性文件\t0\t11\t76', '行政规范性文件\t0\t1 1\t76 543');
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T2.normativeDocs.repealed')).toBe('1 1');
    expect(getCell(report, 'T2.normativeDocs.inForce')).toBe('76543');
    expect(issues.map((i) => i.message)).toContain(
      '“第二十条第（一）项 行政规范性文件”行“本年废止件数”列的“1 1”不是有效数值（数字之间有空格，可能是两个单元格连在了一起），已按原样保留，请核对',
    );
  });
});

describe('表四 over two lines', () => {
  it('5 + 10 figures are joined into the one row, with a note', () => {
    const t = replaced(MENGZHOU_TEXT, T4_LINE, '1\t0\t0\t0\t1\n0\t0\t0\t0\t0\t0\t0\t0\t0\t0');
    expectSameCells(t);
    const { issues } = parseReportText(t);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(issues.map((i) => i.message)).toContain('第四部分表格的15个数值分2行印出（5 + 10个），已合为一行导入');
  });

  it('three pieces with trailing tabs (copied from a flattened table) are joined too', () => {
    const t = replaced(MENGZHOU_TEXT, T4_LINE, `1\t0\t0\t0\t1\t\t\t\n0\t0\t0\t0\t0\n\t0\t0\t0\t0\t0\t\t`);
    expectSameCells(t);
  });

  it('pieces that do not add up to 15 are not guessed: with no row as wide as the table, none is read', () => {
    // a blank at the break: 4 + 10 figures
    const t = replaced(MENGZHOU_TEXT, T4_LINE, '1\t0\t0\t0\t\n9\t9\t9\t9\t9\t9\t9\t9\t9\t9');
    const { report, issues } = parseReportText(t);
    for (const c of T4_CELLS) expect(getCell(report, c.id)).toBeNull();
    const refusal = issues.find((i) => i.message.startsWith('第四部分表格只应有一行数值'))!;
    expect(refusal.severity).toBe('error');
    expect(refusal.message).toBe(
      '第四部分表格只应有一行数值，却有2行，各行数值共14个，与应有的15个不符，无法拼成一行，也无法确定各数值所在的列，第四部分的数值未导入。各行印的数值为：1、0、0、0、9、9、9、9、9、9、9、9、9、9，请对照原表填写',
    );
  });

  it('of pieces that do not add up, a row as wide as the table (a flattened grid row) is read in place', () => {
    const t = replaced(MENGZHOU_TEXT, T4_LINE, `1\t0\t0\t0\t${'\t'.repeat(10)}\n9\t9\t9\t9\t9\t9\t9\t9\t9\t9`);
    expectNoOtherNumber(t);
    const { report } = parseReportText(t);
    expect(getCell(report, 'T4.reconsideration.pending')).toBe('0');
    expect(getCell(report, 'T4.reconsideration.total')).toBeNull();
  });

  it('a page number between the header and the figures does not displace them', () => {
    const t = replaced(MENGZHOU_TEXT, T4_LINE, `— 7 —\n${T4_LINE}`);
    expectSameCells(t);
    expect(parseReportText(t).issues.map((i) => i.message)).toContain(
      '第四部分表格只应有一行数值，却有2行，各行数值共16个，与应有的15个不符，无法拼成一行：只导入了与表格同宽的那一行，其余1行的数值（— 7 —）未导入，请对照原表填写',
    );
  });
});

describe('表三 across a page break', () => {
  const RESULT_ROW = '三、本年度办理结果\t(一) 予以公开\t\t35\t0\t0\t0\t0\t0\t35';

  it('a repeated header is skipped with a note; no header deviation is reported', () => {
    const t = replaced(MENGZHOU_TEXT, '\t\t4.保护第三方合法权益', `${T3_HEADER}\n\t\t4.保护第三方合法权益`);
    expectSameCells(t);
    const { issues } = parseReportText(t);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(issues.map((i) => i.message)).toContain(
      '第三部分表格的表头在表格中间再次出现（表格跨页时重复的表头），已略过',
    );
  });

  it('a row broken after 3 figures, the header repeated, the other 4 under their columns: joined', () => {
    const t = replaced(
      MENGZHOU_TEXT,
      RESULT_ROW,
      `三、本年度办理结果\t(一) 予以公开\t\t35\t0\t0\n${T3_HEADER}\n\t\t\t\t\t\t0\t0\t0\t35`,
    );
    expectSameCells(t);
    const { issues } = parseReportText(t);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(issues.some((i) => i.message.includes('“（一）予以公开”行跨页断开'))).toBe(true);
  });

  it('a page number at the break is skipped, not taken for the rest of the row', () => {
    const t = replaced(
      MENGZHOU_TEXT,
      RESULT_ROW,
      `三、本年度办理结果\t(一) 予以公开\t\t35\t0\t0\n- 12 -\n${T3_HEADER}\n\t\t\t\t\t\t0\t0\t0\t35`,
    );
    expectSameCells(t);
    expect(parseReportText(t).issues.map((i) => i.message)).toContain(
      '第三部分表格中的一行只有一个数字“- 12 -”，像是页码，已略过；如它是表格中的数值，请对照原表填写',
    );
  });

  it('a broken row whose pieces do not add up keeps only what is certain and names the rest', () => {
    // a blank at the break (the fourth figure): 3 + 3 figures for 7 columns
    const t = replaced(
      MENGZHOU_TEXT,
      RESULT_ROW,
      `三、本年度办理结果\t(一) 予以公开\t\t35\t0\t0\n${T3_HEADER}\n\t\t\t\t\t\t\t0\t0\t35`,
    );
    expectNoOtherNumber(t);
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T3.disclosed.natural')).toBe('35');
    expect(getCell(report, 'T3.disclosed.total')).toBeNull();
    const note = issues.find((i) => i.message.includes('像是“（一）予以公开”行跨页断开的后半部分'))!;
    expect(note.severity).toBe('warning');
    expect(note.message).toContain('两段共6个数值，与应有的7个不符');
  });

  it('too few figures after a blank, with nothing to place them by, are not placed', () => {
    // text from a PDF: no empty label columns, so the leading blank is a cell or nothing
    const t = replaced(MENGZHOU_TEXT, RESULT_ROW, '三、本年度办理结果\t(一) 予以公开\t\t35\t0');
    const u = t.replace('三、本年度办理结果\t(一) 予以公开\t\t35\t0', '(一) 予以公开\t\t35\t0');
    expectNoOtherNumber(u);
    const { report, issues } = parseReportText(u);
    expect(getCell(report, 'T3.disclosed.natural')).toBeNull();
    expect(issues.some((i) => i.message.includes('无法确定各数值所在的列'))).toBe(true);
    // on the grid (labels in their three columns) the same figures have known places
    expect(getCell(parseReportText(t).report, 'T3.disclosed.natural')).toBe('35');
  });
});

describe('figures keep their columns', () => {
  it('a row on the official grid that lost its trailing blank cell keeps each figure in its column', () => {
    const t = replaced(
      MENGZHOU_TEXT,
      '三、本年度办理结果\t(一) 予以公开\t\t35\t0\t0\t0\t0\t0\t35',
      '三、本年度办理结果\t(一) 予以公开\t\t35\t0\t0\t0\t0\t0',
    );
    const { report } = parseReportText(t);
    expect(getCell(report, 'T3.disclosed.natural')).toBe('35');
    expect(getCell(report, 'T3.disclosed.total')).toBeNull();
    expectSameCells(t, ['T3.disclosed.total']);
  });

  it('a table printed with two label columns places a leading blank by its column, not by counting', () => {
    const lines = MENGZHOU_TEXT.split('\n');
    const first = lines.findIndex((l) => l.startsWith('(本列数据'));
    const last = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
    for (let i = first; i <= last; i++) {
      const cells = lines[i]!.split('\t');
      // 一、二、四、 span the label columns: drop one of their empty cells; the others lose 三、本年度办理结果's column
      cells.splice(/^[一二四]、/.test(cells[0]!) ? 1 : 0, 1);
      lines[i] = cells.join('\t');
    }
    let t = lines.join('\n');
    t = replaced(t, '\t7.属于行政执法案卷\t1\t', '\t7.属于行政执法案卷\t\t');
    const { report } = parseReportText(t);
    expect(getCell(report, 'T3.withheldEnforcement.natural')).toBeNull();
    expect(getCell(report, 'T3.withheldEnforcement.total')).toBe('1');
    expectSameCells(t, ['T3.withheldEnforcement.natural']);
  });
});

describe('line breaks inside cells, as a browser copies them', () => {
  it('rows broken inside a label are put back together; every figure keeps its place', () => {
    let t = MENGZHOU_TEXT;
    t = replaced(t, '三、本年度办理结果\t(一) 予以公开', '三、本年\n度办理结果\t(一) 予以\n公开');
    t = replaced(t, '\t(三) 不予公开\t1.属于国家秘密', '\t(三)\n不予公开\t1.属于\n国家秘密');
    t = replaced(t, '行政规范性文件\t0\t11\t76', '行政规范\n性文件\t0\t11\t76');
    t = replaced(t, '结果 维持\t结果 纠正\t其他 结果', '结果\n维持\t结果\n纠正\t其他\n结果');
    expectSameCells(t);
    const { issues } = parseReportText(t);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(issues.map((i) => i.message)).toContain(
      '第三部分表格中有4个单元格内有换行（如“三、本年度办理结果”），使一行断成了几行，已按单元格接回',
    );
  });

  it('lines are not joined when the label across the break would not be an official one', () => {
    const t = replaced(MENGZHOU_TEXT, '\t\t2.重复申请\t0', '\t\t2.重复\n申诉\t0');
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T3.notProcessedRepeat.natural')).toBeNull();
    expect(issues.some((i) => i.message.includes('已按单元格接回'))).toBe(false);
    expectNoOtherNumber(t);
  });
});

describe('bounded rows', () => {
  it(`a row wider than ${MAX_CELLS_PER_ROW} cells is refused, naming the limit, and the rest still imports`, () => {
    const wide = `1${'\t'.repeat(400_000)}`;
    const t = replaced(MENGZHOU_TEXT, '行政复议\t', `${wide}\n行政复议\t`);
    expectSameCells(t);
    const refusal = parseReportText(t).issues.find((i) => i.severity === 'error')!;
    expect(refusal.message).toContain(
      `第四部分表格中有一行有400001个单元格，超过每行${MAX_CELLS_PER_ROW}个单元格的上限`,
    );
  });
});
