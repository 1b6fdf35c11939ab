/**
 * Properties over generated inputs: a merged-cell table laid out from known rectangles comes back as
 * exactly that grid, from HTML and from WordprocessingML alike; any report survives the report file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLE_CELLS } from '../../../shared/format';
import { docxXmlToReportText } from '../../../shared/import/docx-xml';
import { htmlToReportText } from '../../../shared/import/html';
import { parseReportFile, serializeReportFile } from '../../../shared/report-file';
import { emptyReport, setCells, type Cell } from '../../../shared/report';

interface Rect {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
}

/**
 * Tiles a rows×cols grid with rectangles: walk the cells in order, each free cell starts a rectangle
 * whose size comes from the generated numbers, shrunk until it only covers free cells.
 */
function tile(rows: number, cols: number, sizes: Array<[number, number]>): Rect[] {
  const taken = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));
  const rects: Rect[] = [];
  let k = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (taken[r]![c]) continue;
      const [h, w] = sizes[k % sizes.length]!;
      let colSpan = 1;
      while (colSpan < w && c + colSpan < cols && !taken[r]![c + colSpan]) colSpan++;
      let rowSpan = 1;
      while (rowSpan < h && r + rowSpan < rows && taken[r + rowSpan]!.slice(c, c + colSpan).every((t) => !t)) rowSpan++;
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken[r + dr]![c + dc] = true;
      rects.push({ row: r, col: c, rowSpan, colSpan, text: `格${k}` });
      k++;
    }
  }
  return rects;
}

/** The grid with each rectangle's text at its origin; rows left wholly empty are not written. */
function expectedGrid(rows: number, cols: number, rects: Rect[]): string[] {
  const grid = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  for (const rect of rects) grid[rect.row]![rect.col] = rect.text;
  return grid.filter((line) => line.some((t) => t !== '')).map((line) => line.join('\t'));
}

function asHtml(rows: number, rects: Rect[]): string {
  const trs = Array.from({ length: rows }, (_, r) =>
    rects
      .filter((x) => x.row === r)
      .sort((a, b) => a.col - b.col)
      .map((x) => `<td rowspan="${x.rowSpan}" colspan="${x.colSpan}">${x.text}</td>`)
      .join(''),
  );
  return `<p>一、总体情况</p><table>${trs.map((t) => `<tr>${t}</tr>`).join('')}</table>`;
}

/** Word writes a cell in every row a vertical merge passes, marked restart or continue. */
function asDocx(rows: number, cols: number, rects: Rect[]): string {
  const trs: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols;) {
      const rect = rects.find((x) => x.col === c && x.row <= r && r < x.row + x.rowSpan)!;
      const merge = rect.rowSpan > 1 ? `<w:vMerge${rect.row === r ? ' w:val="restart"' : ''}/>` : '';
      const text = rect.row === r ? rect.text : '';
      cells.push(
        `<w:tc><w:tcPr><w:gridSpan w:val="${rect.colSpan}"/>${merge}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`,
      );
      c += rect.colSpan;
    }
    trs.push(`<w:tr>${cells.join('')}</w:tr>`);
  }
  const grid = `<w:tblGrid>${'<w:gridCol/>'.repeat(cols)}</w:tblGrid>`;
  return `<w:document xmlns:w="w"><w:body><w:tbl>${grid}${trs.join('')}</w:tbl></w:body></w:document>`;
}

const tables = fc.record({
  rows: fc.integer({ min: 1, max: 8 }),
  cols: fc.integer({ min: 1, max: 10 }),
  sizes: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), {
    minLength: 1,
    maxLength: 20,
  }),
});

describe('merged tables come back as their grid', () => {
  it('from HTML rowspan/colspan', () => {
    fc.assert(
      fc.property(tables, ({ rows, cols, sizes }) => {
        const rects = tile(rows, cols, sizes);
        // a table of one cell is a box around content, read as flow by design
        fc.pre(rects.length > 1);
        const lines = htmlToReportText(asHtml(rows, rects)).split('\n').slice(2, -1);
        expect(lines).toEqual(expectedGrid(rows, cols, rects));
      }),
      { numRuns: 300 },
    );
  });

  it('from WordprocessingML gridSpan/vMerge', () => {
    fc.assert(
      fc.property(tables, ({ rows, cols, sizes }) => {
        const rects = tile(rows, cols, sizes);
        const lines = docxXmlToReportText(asDocx(rows, cols, rects))
          .split('\n')
          .slice(0, -1);
        expect(lines).toEqual(expectedGrid(rows, cols, rects));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the report file keeps any report', () => {
  const cellValue: fc.Arbitrary<Cell> = fc.oneof(
    fc.constant(null),
    fc.nat({ max: 100_000 }).map(String),
    fc.string({ maxLength: 12 }),
  );
  it('serialize → parse is the identity, and serializing twice gives the same bytes', () => {
    fc.assert(
      fc.property(
        fc.array(cellValue, { minLength: TABLE_CELLS.length, maxLength: TABLE_CELLS.length }),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 200 }),
        (values, name, intro) => {
          const base = emptyReport({ organName: name, year: 2025 });
          const report = {
            ...setCells(base, Object.fromEntries(TABLE_CELLS.map((c, i) => [c.id, values[i]!]))),
            intro,
          };
          const meta = { appVersion: '0.1.0', exportedAt: '2026-01-01T00:00:00.000Z' };
          const text = serializeReportFile(report, meta);
          expect(parseReportFile(text).report).toEqual({ ...report, organ: { ...report.organ, name: name.trim() } });
          expect(serializeReportFile(parseReportFile(text).report, meta)).toBe(text);
        },
      ),
      { numRuns: 100 },
    );
  });
});
