/**
 * The 2019 试行 edition (国办公开办函〔2019〕60号), import-only: its own 表二 and a single （六）其他处理 row,
 * 表四 as in 2021. A report of that edition is checked by the in-table sums only, and its document shows
 * every number it holds in the 2019 layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument, renderHtml, type Block, type DocTable } from '../../../shared/document';
import {
  EDITION_2019,
  EDITION_2021,
  editionById,
  editionOf,
  expandRows,
  type CellId,
  type TableId,
} from '../../../shared/format';
import { emptyReport, emptyTables, reportSchema, reportSchemaFor, setCells, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';

function report2019(values: Record<string, string> = {}): Report {
  const base: Report = {
    ...emptyReport({ organName: '某县交通运输局', year: 2020 }),
    format: '2019',
    tables: emptyTables(EDITION_2019),
  };
  return setCells(base, values);
}

const tablesOf = (blocks: Block[]): DocTable[] => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));

describe('the 2019 试行 edition', () => {
  it('is import-only and found by its id', () => {
    expect(editionById('2019')).toBe(EDITION_2019);
    expect(EDITION_2019.importOnly).toBe(true);
    expect(EDITION_2019.notice).toBe('国办公开办函〔2019〕60号');
    expect(editionOf(report2019())).toBe(EDITION_2019);
  });

  it('has the 试行 表二, a single （六） row in 表三, and 表四 as in 2021', () => {
    const t2 = EDITION_2019.t2Blocks;
    expect(t2.map((b) => b.header)).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
      '第二十条第（九）项',
    ]);
    expect(t2[0]!.columns.map((c) => c.label)).toEqual(['本年新制作数量', '本年新公开数量', '对外公开总数量']);
    expect(t2[1]!.columns.map((c) => c.label)).toEqual(['上一年项目数量', '本年增/减', '处理决定数量']);
    expect(t2[3]!.columns.map((c) => c.label)).toEqual(['上一年项目数量', '本年增/减']);
    expect(t2[4]!.columns.map((c) => c.label)).toEqual(['采购项目数量', '采购总金额']);
    expect(t2[4]!.rows.map((r) => r.label)).toEqual(['政府集中采购']);
    const t3 = EDITION_2019.t3Rows.map((r) => r.key);
    expect(t3).toContain('other');
    expect(t3.filter((k) => k.startsWith('otherOverdue') || k === 'otherOther')).toEqual([]);
    expect(t3).toHaveLength(EDITION_2021.t3Rows.length - 2);
    expect(EDITION_2019.t3Columns).toBe(EDITION_2021.t3Columns);
    expect(EDITION_2019.t4Groups).toBe(EDITION_2021.t4Groups);
    expect(EDITION_2019.t4Outcomes).toBe(EDITION_2021.t4Outcomes);
  });

  it('never gives a 2021 cell id another meaning: its T2 ids are its own', () => {
    const ids2021 = new Set(EDITION_2021.cells.map((c) => c.id));
    const t2 = EDITION_2019.cells.filter((c) => c.id.startsWith('T2.'));
    expect(t2.filter((c) => ids2021.has(c.id))).toEqual([]);
    // T3 and T4 cells that exist in both mean the same: same row and column titles
    const titles2021 = new Map(EDITION_2021.cells.map((c) => [c.id, `${c.rowTitle}|${c.columnTitle}`]));
    for (const c of EDITION_2019.cells.filter((c) => !c.id.startsWith('T2.') && titles2021.has(c.id)))
      expect(`${c.rowTitle}|${c.columnTitle}`).toBe(titles2021.get(c.id));
  });

  it('lays out every one of its cells exactly once in whole tables', () => {
    const laidOut: CellId[] = [];
    for (const table of ['T2', 'T3', 'T4'] as TableId[]) {
      const layout = EDITION_2019.layouts[table];
      expect(layout.columnCount).toBe(EDITION_2021.layouts[table].columnCount);
      expect(() => expandRows([...layout.headerRows, ...layout.bodyRows], layout.columnCount)).not.toThrow();
      for (const row of layout.bodyRows) for (const cell of row) if (cell.type === 'value') laidOut.push(cell.cell);
    }
    expect([...laidOut].sort()).toEqual(EDITION_2019.cells.map((c) => c.id).sort());
  });

  it('has a schema of its own: the 2021 schema (the contract, the form) refuses a 2019 report', () => {
    const r = report2019({ 'T2.procurement.purchaseAmount': '12.5' });
    expect(reportSchemaFor(EDITION_2019).parse(r)).toEqual(r);
    expect(reportSchema.safeParse(r).success).toBe(false);
    expect(reportSchemaFor(EDITION_2019).safeParse(emptyReport()).success).toBe(false);
  });

  it('is checked by the in-table sums only, and they count the single （六） row', () => {
    const r = report2019({
      'T3.newReceived.natural': '5',
      'T3.carriedOver.natural': '0',
      'T3.disclosed.natural': '3',
      'T3.other.natural': '2',
      'T3.resultTotal.natural': '5',
      'T3.carryForward.natural': '0',
    });
    const final = runRules(r, { final: true });
    expect(final.every((f) => EDITION_2019.rules.includes(f.id))).toBe(true);
    expect(final.filter((f) => f.id === 'T3-RESULT-SUM')).toEqual([]);
    expect(final.filter((f) => f.id === 'T3-BALANCE')).toEqual([]);
    const off = runRules(setCells(r, { 'T3.resultTotal.natural': '4' }));
    expect(off.map((f) => f.id)).toContain('T3-RESULT-SUM');
    expect(off.find((f) => f.id === 'T3-RESULT-SUM')!.message).toContain('至“（六）其他处理”');
  });

  it('its document shows every number it holds, in the 2019 layout (property)', () => {
    const ids = EDITION_2019.cells.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...ids), fc.oneof(fc.nat({ max: 99999 }).map(String), fc.constant('-3'))),
        (values) => {
          const r = report2019(values);
          const model = buildDocument(r, { findings: [], final: false });
          const shown = new Map<string, string>();
          for (const t of tablesOf(model.blocks))
            for (const row of [...t.headerRows, ...t.bodyRows])
              for (const cell of row) if (cell.cellId) shown.set(cell.cellId, cell.text);
          expect([...shown.keys()].sort()).toEqual([...ids].sort());
          for (const [id, value] of Object.entries(values)) expect(shown.get(id)).toBe(value);
        },
      ),
      { numRuns: 60 },
    );
    const model = buildDocument(report2019({ 'T2.procurement.purchaseAmount': '86.5' }), {
      findings: [],
      final: false,
    });
    const html = renderHtml(model, { purpose: 'web' });
    for (const label of ['本年新制作数量', '对外公开总数量', '政府集中采购', '采购总金额', '（六）其他处理', '86.5'])
      expect(html).toContain(label);
    expect(html).not.toContain('本年制发件数');
  });
});
