/**
 * The text word-extractor gives for a .doc: cells end with a tab, rows with one more, and a line break only
 * where the reader recognised the row's end. Rows are cut again by counting values after each row label.
 */
import { describe, expect, it } from 'vitest';
import { convertDocTextToReportText, splitDocTableLine } from '../../../shared/import/doc-text';
import { parseReportText } from '../../../shared/import/text';

describe('rows of a .doc table', () => {
  it('cuts rows that arrive on one line by counting each row label’s values', () => {
    const line = [
      '\t\t商业企业\t科研机构\t其他\t\t',
      '\t一、本年新收政府信息公开申请数量\t129\t0\t129\t',
      '\t二、上年结转政府信息公开申请数量\t0\t\t0\t',
      '\t三、本年度办理结果\t（一）予以公开\t35\t0\t35\t',
      '\t\t（三）不予公开\t1.属于国家秘密\t\t\t\t',
      '\t\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t',
    ].join('');
    // each row: its label and exactly as many values as the line's rows have (3 here, known from the rows
    // whose last value is filled); the row mark and merged cells before a label start the next row
    expect(splitDocTableLine(line)).toEqual([
      '\t\t商业企业\t科研机构\t其他',
      '\t\t一、本年新收政府信息公开申请数量\t129\t0\t129',
      '\t二、上年结转政府信息公开申请数量\t0\t\t0',
      '\t三、本年度办理结果\t（一）予以公开\t35\t0\t35',
      '\t\t（三）不予公开\t1.属于国家秘密\t\t\t',
      '\t\t\t2.其他法律行政法规禁止公开\t0\t0\t0',
    ]);
  });

  it('keeps a row with a blank first figure whole (a label, one empty cell, then figures)', () => {
    expect(splitDocTableLine('行政处罚\t\t3\t')).toEqual(['行政处罚\t\t3']);
  });

  it('keeps blank values in their columns whatever follows: blank last values, a row without figures', () => {
    // four values a row; rows written one after another with the row marks and merged cells in between
    const rows = [
      ['甲类事项', '1', '', '', '4'],
      ['乙类事项', '', '', '', ''],
      ['丙类事项', '5', '6', '', ''],
      ['丁类事项', '', '7', '', '8'],
    ];
    const line = rows.map((r) => `${r.join('\t')}\t\t\t`).join('');
    // blanks before a label are the merged cells left of it, which the parser skips
    const fromLabel = (row: string) => row.replace(/^\t+/, '').split('\t');
    expect(splitDocTableLine(line).map(fromLabel)).toEqual(rows);
  });

  it('reads a .doc body into report text the one parser takes: title on one line, tables as rows', () => {
    const body = [
      '某县交通运输局',
      '2025年政府信息公开工作年度报告',
      '',
      '二、主动公开政府信息情况',
      '第二十条第（一）项\t',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\t',
      '规章\t1\t2\t3\t行政规范性文件\t4\t5\t6\t',
      '',
    ].join('\n');
    const { text } = convertDocTextToReportText(body);
    expect(text.split('\n')[0]).toBe('某县交通运输局2025年政府信息公开工作年度报告');
    const report = parseReportText(text).report;
    expect(report.organ.name).toBe('某县交通运输局');
    expect(report.year).toBe(2025);
    expect(report.tables.T2).toMatchObject({
      rules: { issued: '1', repealed: '2', inForce: '3' },
      normativeDocs: { issued: '4', repealed: '5', inForce: '6' },
    });
  });
});

describe('rows of different widths on one line', () => {
  it('gives a one-value row of 表二 its value, and each block heading its own row, when three-value rows share the line', () => {
    const line = [
      '规章\t1\t2\t3\t\t',
      '行政规范性文件\t4\t\t6\t\t',
      '第二十条第（五）项\t\t',
      '信息内容\t本年处理决定数量\t\t',
      '行政许可\t7\t\t',
      '第二十条第（六）项\t\t',
    ].join('');
    const rows = splitDocTableLine(line).map((r) => r.replace(/^\t+|\t+$/g, ''));
    expect(rows).toEqual([
      '规章\t1\t2\t3',
      '行政规范性文件\t4\t\t6',
      '第二十条第（五）项',
      '信息内容\t本年处理决定数量',
      '行政许可\t7',
      '第二十条第（六）项',
    ]);
  });
});
