import { describe, expect, it } from 'vitest';
import { TABLE_CELLS } from '../../../shared/format';
import { parseReportText } from '../../../shared/import/text';
import { getCell } from '../../../shared/report';
import { MENGZHOU_TEXT } from '../rules/fixture';

const original = parseReportText(MENGZHOU_TEXT).report;
const messages = (text: string) => parseReportText(text).issues.map((i) => i.message);
const nonInfo = (text: string) => parseReportText(text).issues.filter((i) => i.severity !== 'info');

function replaceLine(text: string, startsWith: string, replacement: string): string {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.startsWith(startsWith));
  if (i < 0) throw new Error(`no line starts with ${startsWith}`);
  lines[i] = replacement;
  return lines.join('\n');
}

function sameCells(text: string): void {
  const { report } = parseReportText(text);
  for (const c of TABLE_CELLS) expect([c.id, getCell(report, c.id)]).toEqual([c.id, getCell(original, c.id)]);
}

describe('text import is robust to layout noise', () => {
  it('extra empty cells at the end of every table row and CRLF line ends change nothing', () => {
    const padded = MENGZHOU_TEXT.split('\n')
      .map((l) => (l.includes('\t') ? `${l}\t\t` : l))
      .join('\r\n');
    sameCells(padded);
    expect(nonInfo(padded)).toEqual([]);
  });

  it('labels repeated into the cells a merged label covers (as HTML/.docx flattening may produce)', () => {
    let t = MENGZHOU_TEXT;
    t = t.replace(
      '一、本年新收政府信息公开申请数量\t\t\t',
      '一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t一、本年新收政府信息公开申请数量\t',
    );
    t = t.replace('\t(三) 不予公开\t1.属于国家秘密', '三、本年度办理结果\t(三) 不予公开\t1.属于国家秘密');
    t = t.replace('\t\t2.其他法律行政法规禁止公开', '三、本年度办理结果\t(三) 不予公开\t2.其他法律行政法规禁止公开');
    t = t.replace('行政许可\t0\t\t', '行政许可\t0\t0\t0');
    t = t.replace(
      '第二十条第（五）项\t\t\t',
      '第二十条第（五）项\t第二十条第（五）项\t第二十条第（五）项\t第二十条第（五）项',
    );
    sameCells(t);
    expect(nonInfo(t)).toEqual([]);
  });

  it('spaces inside labels, 1、 numbering and full-width parentheses are only normalisation', () => {
    let t = MENGZHOU_TEXT;
    t = t.replace('1.属于国家秘密', '1、属于 国家秘密');
    t = t.replace('(一) 予以公开', '（一）予以公开');
    t = t.replace('行政规范性文件\t', '行政规范性 文件\t');
    sameCells(t);
    expect(nonInfo(t)).toEqual([]);
  });

  it('rows are found by label, not position: swapped rows keep their numbers', () => {
    const lines = MENGZHOU_TEXT.split('\n');
    const a = lines.findIndex((l) => l.includes('1.本机关不掌握相关政府信息'));
    const b = lines.findIndex((l) => l.startsWith('\t\t3.补正后申请内容仍不明确'));
    // keep the group label on the first row of the group
    const rowA = lines[a]!.replace('\t(四) 无法提供\t', '\t\t');
    lines[a] = lines[b]!.replace('\t\t', '\t(四) 无法提供\t');
    lines[b] = rowA;
    sameCells(lines.join('\n'));
  });
});

describe('text import says what deviated', () => {
  it('a misspelt row label is mapped and named', () => {
    const t = MENGZHOU_TEXT.replace('4.保护第三方合法权益', '4.保护第三方合法权利');
    sameCells(t);
    expect(messages(t)).toContain(
      '第三部分表格中的行名“4.保护第三方合法权利”与规范名称“4.保护第三方合法权益”不一致，已按“4.保护第三方合法权益”导入',
    );
  });

  it('a missing row leaves its cells blank and says so', () => {
    const t = replaceLine(MENGZHOU_TEXT, '\t\t2.重复申请', '');
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T3.notProcessedRepeat.natural')).toBeNull();
    expect(getCell(report, 'T3.notProcessedRepeat.total')).toBeNull();
    expect(issues.map((i) => i.message)).toContain('第三部分表格缺少以下行，相应单元格留空：“2.重复申请”');
  });

  it('an unknown row is reported and not imported', () => {
    const t = MENGZHOU_TEXT.replace(
      '\t\t8.属于行政查询事项',
      '\t\t9.属于别的什么东西\t0\t0\t0\t0\t0\t0\t0\n\t\t8.属于行政查询事项',
    );
    sameCells(t);
    expect(messages(t)).toContain('第三部分表格中的“9.属于别的什么东西”行不是现行格式的内容，未导入');
  });

  it('a malformed figure is kept as printed and named', () => {
    const t = MENGZHOU_TEXT.replace('(一) 予以公开\t\t35\t', '(一) 予以公开\t\t3５a\t');
    const { report, issues } = parseReportText(t);
    expect(getCell(report, 'T3.disclosed.natural')).toBe('3５a');
    expect(
      issues.some((i) => i.message.startsWith('“三、本年度办理结果（一）予以公开”行“自然人”列的“3５a”不是有效数值')),
    ).toBe(true);
  });

  it('an older single-row （六）其他处理 is named and its figures are not guessed into the three sub-rows', () => {
    const lines = MENGZHOU_TEXT.split('\n');
    const start = lines.findIndex((l) => l.startsWith('\t(六) 其他处理'));
    lines.splice(start, 3, '\t(六) 其他处理\t\t49\t0\t0\t0\t0\t0\t49');
    const { report, issues } = parseReportText(lines.join('\n'));
    for (const row of ['otherOverdueCorrection', 'otherOverdueFee', 'otherOther'])
      for (const column of ['natural', 'commercial', 'total'])
        expect(getCell(report, `T3.${row}.${column}`)).toBeNull();
    const issue = issues.find((i) => i.message.includes('（六）其他处理”只有一行数值'))!;
    expect(issue.severity).toBe('error');
    // the printed figures are stated, so the clerk can split them
    expect(issue.message).toContain(
      '原表该行印的是：自然人49、商业企业0、科研机构0、社会公益组织0、法律服务机构0、其他0、总计49',
    );
    // not listed a second time as missing rows
    expect(issues.some((i) => i.message.includes('缺少以下行'))).toBe(false);
  });

  it('an older single-row （六）其他处理 of zeros (printed 0 or —) is exactly 0 in each of the three sub-rows', () => {
    const lines = MENGZHOU_TEXT.split('\n');
    const start = lines.findIndex((l) => l.startsWith('\t(六) 其他处理'));
    lines.splice(start, 3, '\t(六) 其他处理\t\t0\t—\t0\t－\t/\t0\t0');
    const { report, issues } = parseReportText(lines.join('\n'));
    for (const row of ['otherOverdueCorrection', 'otherOverdueFee', 'otherOther'])
      for (const column of ['natural', 'publicInterest', 'total'])
        expect(getCell(report, `T3.${row}.${column}`)).toBe('0');
    const issue = issues.find((i) => i.message.includes('（六）其他处理”只印了一行'))!;
    expect(issue.severity).toBe('info');
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a reworded section heading is mapped and named; a missing section is an error', () => {
    const t = MENGZHOU_TEXT.replace('五、存在的主要问题及改进情况', '五、存在的主要问题及改进措施');
    expect(messages(t)).toContain(
      '标题“五、存在的主要问题及改进措施”与规范标题“五、存在的主要问题及改进情况”不一致，已按“五、存在的主要问题及改进情况”导入',
    );
    const { report } = parseReportText(t);
    expect(report.prose.problems.problems).toMatch(/^存在的主要问题：一是/);
    const without = MENGZHOU_TEXT.replace('四、政府信息公开行政复议、行政诉讼情况', '');
    expect(
      parseReportText(without)
        .issues.filter((i) => i.severity === 'error')
        .map((i) => i.message),
    ).toContain('没有找到“四、政府信息公开行政复议、行政诉讼情况”这一部分，相应内容留空');
  });

  it('text that is not a report is refused with a Chinese reason', () => {
    expect(() => parseReportText('今天天气很好。\n明天也不错。')).toThrow(/没有找到年度报告的任何一部分/);
  });
});

describe('prose parts and section 六', () => {
  const skeleton = (one: string, five: string, six: string) =>
    `某县交通运输局2024年度政府信息公开工作年度报告\n\n本报告依据条例编制。\n\n一、总体情况\n\n${one}\n\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n\n${five}\n\n六、其他需要报告的事项\n\n${six}\n`;

  it('reads title, 引言, half-width (一) and 1、 sub-headings, 五’s 整改情况 and a non-zero fee sentence, and the signature', () => {
    const text = skeleton(
      '本年度工作概述。\n(一) 主动公开\n全年公开信息100条。\n2、依申请公开：收到申请5件。\n（五）监督保障情况。加强考核。',
      '（一）上年度存在问题整改情况：已整改。\n（二）存在问题：人员不足。\n（三）改进措施：加强培训。',
      '1.本年度共发出信息处理费收费通知2件，收费通知总金额300.50元，实际收取信息处理费300元。\n2.人大代表建议和政协提案办理结果公开情况：公开建议提案办理结果12件。\n\n某县交通运输局\n2025年1月20日',
    );
    const { report, issues } = parseReportText(text);
    expect(report.organ.name).toBe('某县交通运输局');
    expect(report.year).toBe(2024);
    expect(report.title).toBe('某县交通运输局2024年度政府信息公开工作年度报告');
    expect(report.intro).toBe('本报告依据条例编制。');
    expect(report.prose.overview.lead).toBe('本年度工作概述。');
    // a heading alone on its line that the export writes the same is left to the export;
    // run-in headings and reworded ones stay in the text as printed
    expect(report.prose.overview.active).toBe('全年公开信息100条。');
    expect(report.prose.overview.request).toBe('2、依申请公开：收到申请5件。');
    expect(report.prose.overview.supervision).toBe('（五）监督保障情况。加强考核。');
    expect(report.prose.problems).toEqual({
      lead: '',
      rectification: '（一）上年度存在问题整改情况：已整改。',
      problems: '（二）存在问题：人员不足。',
      improvements: '（三）改进措施：加强培训。',
    });
    expect(report.fee).toEqual({ notices: '2', noticeAmount: '300.50', collected: '300' });
    // the organ's fee sentence (numbered 1.) stays as written; the fields are read from it all the same
    expect(report.prose.other.lead).toBe(
      '1.本年度共发出信息处理费收费通知2件，收费通知总金额300.50元，实际收取信息处理费300元。',
    );
    expect(report.prose.other.proposals).toBe('2.人大代表建议和政协提案办理结果公开情况：公开建议提案办理结果12件。');
    expect(report.closing).toEqual({ signer: '某县交通运输局', date: '2025年1月20日' });
    const m = issues.map((i) => i.message);
    expect(m).toContain('“五、存在的主要问题及改进情况”中的小标题“（二）存在问题”已识别为“存在的主要问题”');
    // every table is missing: each is an error, nothing invented
    expect(issues.filter((i) => i.severity === 'error').length).toBeGreaterThanOrEqual(2);
  });

  it('a “（一）信息处理费” sub-heading belongs to the fee fields and is not left in the text', () => {
    const { report } = parseReportText(
      skeleton(
        '概述。',
        '存在的主要问题：无。',
        '（一）信息处理费\n本年度未收取信息处理费。\n（二）其他需要报告的事项\n无',
      ),
    );
    expect(report.fee).toEqual({ notices: '0', noticeAmount: '0', collected: '0' });
    expect(report.prose.other.lead).toBe('');
    expect(report.prose.other.otherMatters).toBe('无');
  });

  it('a fee sentence whose figures cannot be read stays in the text with a warning', () => {
    const { report, issues } = parseReportText(skeleton('概述。', '存在的主要问题：无。', '信息处理费按规定执行。'));
    expect(report.fee).toEqual({ notices: null, noticeAmount: null, collected: null });
    expect(report.prose.other.lead).toBe('信息处理费按规定执行。');
    expect(
      issues.some((i) => i.severity === 'warning' && i.message.includes('未能从“信息处理费按规定执行。”中读出')),
    ).toBe(true);
  });
});

describe('a 法人或其他组织 小计 column (not in the national format)', () => {
  it('is left out with an error issue, and the other columns keep their figures', () => {
    const lines = MENGZHOU_TEXT.split('\n').map((l) => {
      if (l.startsWith('\t\t\t\t商业企业'))
        return '\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t小计\t';
      if (l.startsWith('\t\t\t自然人\t法人或其他组织')) return '\t\t\t自然人\t法人或其他组织\t\t\t\t\t\t总计';
      const cells = l.split('\t');
      // data rows: 3 label cells + 7 figures; insert the subtotal (sum of the five organisations) before 总计
      if (cells.length === 10 && /^\d+$/.test(cells[9]!)) {
        const subtotal = cells.slice(4, 9).reduce((a, b) => a + Number(b), 0);
        return [...cells.slice(0, 9), String(subtotal + 1000), cells[9]].join('\t');
      }
      return l;
    });
    const text = lines.join('\n');
    sameCells(text);
    const issue = parseReportText(text).issues.find((i) => i.message.includes('“小计”'))!;
    expect(issue.severity).toBe('error');
    expect(issue.message).toContain('该列数值未导入');
  });
});

describe('the title line', () => {
  it('reads a year written in Chinese digits (the title is then the conventional one)', () => {
    const t = MENGZHOU_TEXT.replace(
      '孟州市人民政府办公室 2025 年政府信息公开工作年度报告',
      '孟州市人民政府办公室二〇二五年政府信息公开工作年度报告',
    );
    const { report } = parseReportText(t);
    expect(report.organ.name).toBe('孟州市人民政府办公室');
    expect(report.year).toBe(2025);
    expect(report.title).toBe('');
  });

  it('treats an organ named …市人民政府 as a government (deadline 31 March) and asks about 规章制定权', () => {
    const t = MENGZHOU_TEXT.replace('孟州市人民政府办公室 2025 年', '孟州市人民政府 2025 年');
    const { report, issues, questions } = parseReportText(t);
    expect(report.organ.kind).toBe('人民政府');
    expect(issues.map((i) => i.message)).toContain(
      '按机关名称“孟州市人民政府”，机关类型定为“人民政府”：是人民政府；但名称不能区分设区的市（有规章制定权）和县级市（没有）。',
    );
    // a 设区的市 and a 县级市 read alike: the clerk is asked, nothing is assumed
    expect(questions.map((q) => q.field)).toEqual(['rulesPower']);
  });
});

describe('a title set over two lines', () => {
  it('joins the organ line and the year line', () => {
    const t = MENGZHOU_TEXT.replace(
      '孟州市人民政府办公室 2025 年政府信息公开工作年度报告',
      '孟州市人民政府办公室\n2025年政府信息公开工作年度报告',
    );
    const { report, issues } = parseReportText(t);
    expect(report.organ.name).toBe('孟州市人民政府办公室');
    expect(report.year).toBe(2025);
    expect(report.title).toBe('');
    expect(issues.filter((i) => /标题之前|未能从标题|没有找到报告标题/.test(i.message))).toEqual([]);
  });
});

describe('group labels in T3', () => {
  it('a misspelt group label is named; the rows under it still import', () => {
    const t = MENGZHOU_TEXT.replace('\t(三) 不予公开\t1.属于国家秘密', '\t(三) 不于公开\t1.属于国家秘密');
    sameCells(t);
    expect(messages(t)).toContain(
      '第三部分表格中的“(三) 不于公开”与规范名称“（三）不予公开”不一致，已按“（三）不予公开”导入',
    );
  });
});

describe('T2 block headers', () => {
  it('a header written without parentheses is mapped and named', () => {
    const t = MENGZHOU_TEXT.replace('第二十条第（六）项', '第二十条第六项');
    sameCells(t);
    expect(messages(t)).toContain(
      '第二部分表格中的“第二十条第六项”与规范名称“第二十条第（六）项”不一致，已按“第二十条第（六）项”导入',
    );
  });
});
