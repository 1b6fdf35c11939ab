import { describe, expect, it } from 'vitest';
import {
  expandRows,
  TABLE_CELLS,
  TABLE_LAYOUTS,
  T3_ROWS,
  T3_RESULT_ROWS,
  type LayoutCell,
} from '../../../shared/format';
import { emptyReport, reportSchema } from '../../../shared/report';

const valueCells = (rows: LayoutCell[][]) => rows.flat().filter((c) => c.type === 'value');

describe('format definition', () => {
  it('has the 200 numeric cells of the national format', () => {
    expect(TABLE_CELLS.filter((c) => c.id.startsWith('T2.'))).toHaveLength(10);
    expect(TABLE_CELLS.filter((c) => c.id.startsWith('T3.'))).toHaveLength(175);
    expect(TABLE_CELLS.filter((c) => c.id.startsWith('T4.'))).toHaveLength(15);
    expect(new Set(TABLE_CELLS.map((c) => c.id)).size).toBe(200);
    expect(T3_ROWS).toHaveLength(25);
    // SPEC.md says "the 20 result rows", but its own list has 2 + 8 + 3 + 5 + 3 = 21 (25 rows in all).
    expect(T3_RESULT_ROWS).toHaveLength(21);
  });

  it('lays out every table as a full rectangle whose value cells are exactly the defined cells', () => {
    for (const layout of Object.values(TABLE_LAYOUTS)) {
      expandRows(layout.headerRows, layout.columnCount);
      expandRows(layout.bodyRows, layout.columnCount);
      const ids = valueCells(layout.bodyRows).map((c) => (c.type === 'value' ? c.cell : ''));
      expect(ids).toEqual(TABLE_CELLS.filter((c) => c.id.startsWith(`${layout.table}.`)).map((c) => c.id));
    }
  });

  it('gives T3 the spec spans: corner 3×3, 申请人情况 1×7, 三、本年度办理结果 over 22 rows', () => {
    const t3 = TABLE_LAYOUTS.T3;
    expect(t3.columnCount).toBe(10);
    const [corner, applicants] = t3.headerRows[0]!;
    expect(corner).toMatchObject({ rowSpan: 3, colSpan: 3 });
    expect(applicants).toMatchObject({ text: '申请人情况', rowSpan: 1, colSpan: 7 });
    const results = t3.bodyRows.flat().find((c) => c.type === 'text' && c.text === '三、本年度办理结果');
    expect(results).toMatchObject({ rowSpan: 22, colSpan: 1 });
    const withheld = t3.bodyRows.flat().find((c) => c.type === 'text' && c.text === '（三）不予公开');
    expect(withheld).toMatchObject({ rowSpan: 8 });
  });

  it('gives T4 15 columns under 行政复议 1×5 and 行政诉讼 1×10', () => {
    const t4 = TABLE_LAYOUTS.T4;
    expect(t4.columnCount).toBe(15);
    expect(t4.headerRows[0]).toMatchObject([
      { text: '行政复议', colSpan: 5 },
      { text: '行政诉讼', colSpan: 10 },
    ]);
  });

  it('accepts an empty report and keeps blank apart from zero', () => {
    const r = emptyReport({ organName: '某某局', year: 2025 });
    expect(reportSchema.parse(r)).toEqual(r);
    expect(r.tables.T3.newReceived!.natural).toBeNull();
  });
});
