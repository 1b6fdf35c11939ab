/**
 * The edition model: the 2021 edition is the format's own definitions (the same objects, no copy), a
 * report names its edition, and the schema, the sums and the rules follow the edition they are given.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_EDITION,
  EDITION_2021,
  editionById,
  editionCell,
  editionOf,
  expandRows,
  FORMAT_IDS,
  RULES,
  SECTIONS,
  T2_BLOCKS,
  T3_COLUMNS,
  T3_RESULT_ENTRIES,
  T3_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
  TABLE_CELLS,
  TABLE_LAYOUTS,
  type CellId,
  type FormatEdition,
  type T3Row,
} from '../../../shared/format';
import { derivationsOf, emptyReport, emptyTables, reportSchemaFor, setCells, type Cell } from '../../../shared/report';
import { sumRules } from '../../../shared/rules/sums';
import type { Finding } from '../../../shared/rules';

/** An edition whose （六）其他处理 is a single row, as the 2019 试行 format printed it. */
function singleOtherRowEdition(): FormatEdition {
  const other: T3Row = { key: 'other', label: '（六）其他处理', role: 'result' };
  const entries = T3_RESULT_ENTRIES.map((e) =>
    'group' in e && e.group.label === '（六）其他处理' ? { row: other } : e,
  );
  const rows = T3_ROWS.filter((r) => !r.key.startsWith('other')).flatMap((r) =>
    r.role === 'resultTotal' ? [other, r] : [r],
  );
  return { ...EDITION_2021, id: '2021', t3ResultEntries: entries, t3Rows: rows, cells: TABLE_CELLS };
}

describe('format editions', () => {
  it('the 2021 edition is the format definitions themselves, not a copy', () => {
    expect(EDITION_2021.sections).toBe(SECTIONS);
    expect(EDITION_2021.t2Blocks).toBe(T2_BLOCKS);
    expect(EDITION_2021.t3Columns).toBe(T3_COLUMNS);
    expect(EDITION_2021.t3ResultEntries).toBe(T3_RESULT_ENTRIES);
    expect(EDITION_2021.t3Rows).toBe(T3_ROWS);
    expect(EDITION_2021.t4Groups).toBe(T4_GROUPS);
    expect(EDITION_2021.t4Outcomes).toBe(T4_OUTCOMES);
    expect(EDITION_2021.cells).toBe(TABLE_CELLS);
    expect(EDITION_2021.layouts).toBe(TABLE_LAYOUTS);
    expect(EDITION_2021.rules).toEqual(RULES.map((r) => r.id));
    expect(EDITION_2021.importOnly).toBe(false);
  });

  it('every known edition is found by id, new reports follow the current one, and its layouts are whole', () => {
    for (const id of FORMAT_IDS) {
      const edition = editionById(id);
      expect(edition.id).toBe(id);
      for (const layout of Object.values(edition.layouts)) {
        expect(() => expandRows([...layout.headerRows, ...layout.bodyRows], layout.columnCount)).not.toThrow();
        for (const row of layout.bodyRows)
          for (const cell of row) if (cell.type === 'value') expect(editionCell(edition, cell.cell)).toBeDefined();
      }
    }
    expect(CURRENT_EDITION.importOnly).toBe(false);
    const report = emptyReport({ organName: '某局', year: 2025 });
    expect(report.format).toBe(CURRENT_EDITION.id);
    expect(editionOf(report)).toBe(CURRENT_EDITION);
  });

  it('the schema of an edition accepts exactly its own tables and its own format id', () => {
    const schema = reportSchemaFor(EDITION_2021);
    const report = emptyReport();
    expect(schema.parse(report)).toEqual(report);
    expect(schema.safeParse({ ...report, format: '2019' }).success).toBe(false);
    const { format: _f, ...noFormat } = report;
    expect(schema.safeParse(noFormat).success).toBe(false);
    // a table of another edition does not pass as this one's
    const other = emptyTables(singleOtherRowEdition());
    expect(Object.keys(other.T3)).toContain('other');
    expect(schema.safeParse({ ...report, tables: other }).success).toBe(false);
  });

  it('the sums follow the edition: a single （六） row is one of the result rows it adds up', () => {
    const edition = singleOtherRowEdition();
    const total = derivationsOf(edition).t3ResultSums.find((d) => d.cell === 'T3.resultTotal.natural')!;
    expect(total.parts).toContain('T3.other.natural');
    expect(total.parts.some((p) => p.startsWith('T3.otherOverdue'))).toBe(false);
    expect(total.parts).toHaveLength(derivationsOf(EDITION_2021).t3ResultSums[0]!.parts.length - 2);

    const values = new Map<string, Cell>([
      ['T3.disclosed.natural', '3'],
      ['T3.other.natural', '2'],
      ['T3.resultTotal.natural', '5'],
    ]);
    const cells = (id: CellId) => values.get(id) ?? null;
    const quiet: Finding[] = [];
    sumRules(edition, cells, quiet);
    expect(quiet.filter((f) => f.id === 'T3-RESULT-SUM')).toEqual([]);
    values.set('T3.resultTotal.natural', '4');
    const loud: Finding[] = [];
    sumRules(edition, cells, loud);
    const finding = loud.find((f) => f.id === 'T3-RESULT-SUM')!;
    expect(finding.message).toContain('至“（六）其他处理”');
    expect(finding.message).toContain('相差1');
    // the same cells read by the 2021 edition do not see the single row
    const as2021: Finding[] = [];
    sumRules(EDITION_2021, cells, as2021);
    expect(as2021.find((f) => f.id === 'T3-RESULT-SUM')!.message).toContain('之和为3');
  });

  it('a report of the current edition is summed by its own edition', () => {
    const report = setCells(emptyReport(), { 'T4.reconsideration.upheld': '2', 'T4.reconsideration.total': '3' });
    const out: Finding[] = [];
    sumRules(editionOf(report), (id) => report.tables.T4[id.split('.')[1]!]?.[id.split('.')[2]!] ?? null, out);
    expect(out.map((f) => f.id)).toEqual(['T4-SUM']);
  });
});
