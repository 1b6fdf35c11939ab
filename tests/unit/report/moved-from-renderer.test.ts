/**
 * Domain logic the editor shows and the CLI/aggregation can read, now in shared/: how complete each
 * part of a report is, which printed totals differ from their parts, and how far T3's corner rule is off.
 */
import { describe, expect, it } from 'vitest';
import { cellId, describeCell, SECTIONS, T3_COLUMNS, T3_NEW_RECEIVED, TABLE_CELLS } from '../../../shared/format';
import {
  emptyReport,
  printedTotalDifferences,
  partTitle,
  progressOf,
  progressText,
  REPORT_PARTS,
  reportProgress,
  setCells,
} from '../../../shared/report';
import { balanceDifferences, runRules } from '../../../shared/rules';
import { mengzhou2025 } from '../store/helpers';

const blank = () => emptyReport({ organName: '测试县交通运输局', organKind: '政府部门', year: 2025, region: '' });

describe('progress of a report’s parts', () => {
  it('a new report has 基本信息 done and every section 未填写; an overview with blank parts is 填写中', () => {
    const report = blank();
    expect(REPORT_PARTS).toEqual(['meta', ...SECTIONS.map((s) => s.key)]);
    expect(REPORT_PARTS.map((part) => progressOf(part, report))).toEqual(['done', ...SECTIONS.map(() => 'empty')]);
    expect(reportProgress(report)).toMatchObject({ done: 1, total: REPORT_PARTS.length });
    // the 孟州 report: every part done but 一、总体情况, whose text came in under only two of its six parts
    const mengzhou = mengzhou2025();
    expect(REPORT_PARTS.filter((part) => progressOf(part, mengzhou) !== 'done')).toEqual(['overview']);
    expect(progressOf('overview', mengzhou)).toBe('partial');
    expect(reportProgress(mengzhou)).toEqual({
      done: REPORT_PARTS.length - 1,
      total: REPORT_PARTS.length,
      unfinished: ['overview'],
    });
    expect(progressText(mengzhou)).toBe(
      `填写进度：已完成 ${REPORT_PARTS.length - 1}/${REPORT_PARTS.length} 部分；未完成：${SECTIONS[0]!.heading}（填写中）`,
    );
    expect(REPORT_PARTS.map(partTitle)).toEqual(['基本信息', ...SECTIONS.map((s) => s.heading)]);
  });

  it('a table section is 填写中 from its first entered cell until every cell the clerk types is filled', () => {
    const section = SECTIONS.find((s) => s.table === 'T3')!;
    const typed = TABLE_CELLS.filter((c) => c.id.startsWith('T3.') && !c.derived);
    const one = setCells(blank(), { [typed[0]!.id]: '1' });
    expect(progressOf(section.key, one)).toBe('partial');
    const all = setCells(blank(), Object.fromEntries(typed.map((c) => [c.id, '0'])));
    expect(progressOf(section.key, all)).toBe('done');
    expect(progressOf(section.key, setCells(all, { [typed.at(-1)!.id]: null }))).toBe('partial');
  });
});

describe('printed totals that differ from their parts', () => {
  it('names each such total with its place, the printed figure and the sum; none for a report that adds up', () => {
    expect(printedTotalDifferences(mengzhou2025())).toEqual([]);
    const total = cellId('T3', T3_NEW_RECEIVED.key, 'total');
    const report = mengzhou2025();
    const printed = String(Number(report.tables.T3[T3_NEW_RECEIVED.key]!.total) + 2);
    const lines = printedTotalDifferences(setCells(report, { [total]: printed }));
    expect(lines).toEqual([
      `${describeCell(total)}：报告中为${printed}，各项之和为${report.tables.T3[T3_NEW_RECEIVED.key]!.total}`,
    ]);
  });
});

describe('the T3 balance difference', () => {
  it('is the amount the rule’s own message states, per column, and nothing for a balanced column', () => {
    expect(balanceDifferences(runRules(mengzhou2025()))).toEqual(new Map());
    const column = T3_COLUMNS[0]!.key;
    const newReceived = cellId('T3', T3_NEW_RECEIVED.key, column);
    const before = Number(mengzhou2025().tables.T3[T3_NEW_RECEIVED.key]![column] ?? 0);
    const findings = runRules(setCells(mengzhou2025(), { [newReceived]: String(before + 3) }));
    const off = balanceDifferences(findings);
    expect(off).toEqual(new Map([[column, '3']]));
    const message = findings.find((f) => f.id === 'T3-BALANCE')!.message;
    expect(message).toMatch(/相差3$/);
  });
});
