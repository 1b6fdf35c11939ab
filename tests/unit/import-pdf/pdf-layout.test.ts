/**
 * The PDF geometry as a pure function: text items with positions and drawn borders → lines, table rows
 * and cells in the report-text shape. Pages are drawn by hand (draw.ts) so every case is exact and any
 * item order, border style, alignment and wrapping can be generated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPdfPages, type PdfTextItem } from '../../../shared/import/pdf-layout';
import { normalizePdfText } from '../../../shared/import/pdf-lines';
import { A4, drawParagraph, drawTable, page, shuffled, textWidth, type DrawnCell } from './draw';

const tableLines = (text: string) => text.split('\n').filter((l) => l.includes('\t'));

describe('ruled tables', () => {
  it('splits cells by the drawn borders, flattens merged cells and keeps a wrapped label in its row', () => {
    // 表三's left part: 三、本年度办理结果 over three rows, a group over two, labels that wrap
    const cells: DrawnCell[] = [
      { r: 0, c: 0, colSpan: 3, lines: ['一、本年新收政府信息公开申请数量'] },
      { r: 0, c: 3, lines: ['129'] },
      { r: 0, c: 4, lines: ['0'] },
      { r: 1, c: 0, rowSpan: 3, lines: ['三、本', '年度办', '理结果'] },
      { r: 1, c: 1, colSpan: 2, lines: ['（一）予以公开'] },
      { r: 1, c: 3, lines: ['35'] },
      { r: 1, c: 4, lines: ['123456'] },
      { r: 2, c: 1, rowSpan: 2, lines: ['（三）不', '予公开'] },
      { r: 2, c: 2, lines: ['1.属于国家秘密'] },
      { r: 2, c: 3, lines: ['7'] },
      { r: 2, c: 4, lines: ['1234', '56'] },
      { r: 3, c: 2, lines: ['2.其他法律行政', '法规禁止公开'] },
      { r: 3, c: 3, lines: ['0'] },
      { r: 3, c: 4, lines: [] },
    ];
    for (const borders of ['cells', 'lines'] as const) {
      const drawn = drawTable({
        left: 80,
        top: 100,
        colWidths: [40, 60, 120, 40, 40],
        rowHeights: [20, 20, 20, 40],
        cells,
        borders,
      });
      const out = layoutPdfPages([page(shuffled(drawn.items, 7), shuffled(drawn.rules, 3))]);
      expect(tableLines(out.text)).toEqual([
        '一、本年新收政府信息公开申请数量\t129\t0',
        '三、本年度办理结果\t（一）予以公开\t35\t123456',
        '\t（三）不予公开\t1.属于国家秘密\t7\t123456',
        '\t\t2.其他法律行政法规禁止公开\t0\t',
      ]);
      expect(out.issues).toEqual([]);
    }
  });

  it('any tiling of merged cells comes back as its grid, whatever the border style, alignment and item order', () => {
    const tiling = fc.record({
      rows: fc.integer({ min: 2, max: 7 }),
      cols: fc.integer({ min: 2, max: 8 }),
      sizes: fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })), {
        minLength: 1,
        maxLength: 12,
      }),
      borders: fc.constantFrom('cells' as const, 'lines' as const),
      valign: fc.constantFrom('middle' as const, 'top' as const),
      align: fc.constantFrom('left' as const, 'center' as const),
      seed: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(tiling, ({ rows, cols, sizes, borders, valign, align, seed }) => {
        const taken = Array.from({ length: rows }, () => Array<number>(cols).fill(-1));
        const cells: DrawnCell[] = [];
        for (let r = 0; r < rows; r++) {
          for (let c = 0; c < cols; c++) {
            if (taken[r]![c]! >= 0) continue;
            const [h, w] = sizes[cells.length % sizes.length]!;
            let colSpan = 1;
            while (colSpan < w && c + colSpan < cols && taken[r]![c + colSpan]! < 0) colSpan++;
            let rowSpan = 1;
            while (rowSpan < h && r + rowSpan < rows && taken[r + rowSpan]!.slice(c, c + colSpan).every((t) => t < 0))
              rowSpan++;
            for (let dr = 0; dr < rowSpan; dr++)
              for (let dc = 0; dc < colSpan; dc++) taken[r + dr]![c + dc] = cells.length;
            cells.push({ r, c, rowSpan, colSpan, lines: [`格${cells.length}`] });
          }
        }
        const drawn = drawTable({
          left: 70,
          top: 120,
          colWidths: Array<number>(cols).fill(50),
          rowHeights: Array<number>(rows).fill(22),
          cells,
          borders,
          valign,
          align,
        });
        const out = layoutPdfPages([page(shuffled(drawn.items, seed), shuffled(drawn.rules, seed + 1))]);
        // a row: one cell per merged cell it crosses, the text in the first row the cell covers
        const expected = taken
          .map((row, r) =>
            row
              .filter((k, c) => c === 0 || row[c - 1] !== k)
              .map((k) => (cells[k]!.r === r ? `格${k}` : ''))
              .join('\t'),
          )
          .filter((line) => line.replace(/\t/g, '') !== '');
        // the page holds only the table: every line of the text is one of its rows
        expect(out.text.split('\n').filter((l) => l !== '')).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('rows of figures land in their columns for any width, wrapping, blank cells and item order', () => {
    const row = fc.record({
      label: fc.stringMatching(/^[一二三四五六七八九十政府信息公开申请数量处理结果]{2,40}$/),
      values: fc.array(fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: null }), {
        minLength: 15,
        maxLength: 15,
      }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 15 }),
        fc.constantFrom('cells' as const, 'lines' as const),
        fc.integer({ min: 1, max: 1_000_000 }),
        (rows, columns, borders, seed) => {
          const size = 10.5;
          const labelWidth = 120;
          // narrow value columns wrap a long number over lines, as a 15-column 表四 does
          const valueWidth = Math.max(18, Math.min(60, (515 - 80 - labelWidth) / columns));
          const perLine = (width: number, wide: boolean) =>
            Math.max(1, Math.floor((width - 4) / (wide ? size : 0.55 * size)));
          const wrap = (text: string, width: number, wide: boolean) =>
            text.match(new RegExp(`.{1,${perLine(width, wide)}}`, 'gu')) ?? [];
          const cells: DrawnCell[] = [];
          const heights = rows.map((r, i) => {
            const label = wrap(r.label, labelWidth, true);
            cells.push({ r: i, c: 0, lines: label });
            const values = r.values
              .slice(0, columns)
              .map((v) => (v === null ? [] : wrap(String(v), valueWidth, false)));
            values.forEach((lines, c) => cells.push({ r: i, c: c + 1, lines }));
            return (Math.max(label.length, ...values.map((v) => v.length)) + 0.6) * size * 1.5;
          });
          const drawn = drawTable({
            left: 80,
            top: 80,
            colWidths: [labelWidth, ...Array<number>(columns).fill(valueWidth)],
            rowHeights: heights,
            cells,
            borders,
            size,
          });
          fc.pre(drawn.bottom < A4.height - 80);
          const out = layoutPdfPages([page(shuffled(drawn.items, seed), shuffled(drawn.rules, seed * 7))]);
          expect(tableLines(out.text)).toEqual(
            rows.map((r) =>
              [r.label, ...r.values.slice(0, columns).map((v) => (v === null ? '' : String(v)))].join('\t'),
            ),
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('continues a table on the next page and leaves out the header rows repeated there', () => {
    const header: DrawnCell[] = [
      { r: 0, c: 0, rowSpan: 2, lines: ['（本列数据的勾稽关系）'] },
      { r: 0, c: 1, colSpan: 2, lines: ['申请人情况'] },
      { r: 1, c: 1, lines: ['自然人'] },
      { r: 1, c: 2, lines: ['总计'] },
    ];
    const body = (labels: string[], from: number): DrawnCell[] =>
      labels.flatMap((label, i) => [
        { r: from + i, c: 0, lines: [label] },
        { r: from + i, c: 1, lines: [String(i + 1)] },
        { r: from + i, c: 2, lines: [String((i + 1) * 10)] },
      ]);
    const spec = { left: 80, colWidths: [200, 60, 60], size: 10.5 };
    const first = drawTable({
      ...spec,
      top: 600,
      rowHeights: [20, 20, 20, 20],
      cells: [...header, ...body(['1.甲', '2.乙'], 2)],
    });
    const second = drawTable({
      ...spec,
      top: 72,
      rowHeights: [20, 20, 20],
      cells: [...header, ...body(['3.丙'], 2)],
    });
    const heading = drawParagraph('三、收到和处理政府信息公开申请情况', 560, { indent: 2 });
    const after = drawParagraph('四、政府信息公开行政复议、行政诉讼情况', 160, { indent: 2 });
    const pageNumber = (n: number): PdfTextItem => ({ text: `— ${n} —`, x: 460, y: 800, width: 40, size: 14 });
    // a running head on every page (an organ's name, a draft mark) is page furniture, not text between the parts
    const runningHead: PdfTextItem = { text: '某县人民政府办公室', x: 380, y: 60, width: 135, size: 15 };
    const out = layoutPdfPages([
      page([runningHead, ...heading.items, ...first.items, pageNumber(1)], first.rules),
      page([pageNumber(2), runningHead, ...shuffled(second.items, 5), ...after.items], second.rules),
    ]);
    expect(out.text).toBe(
      [
        '三、收到和处理政府信息公开申请情况',
        '',
        '（本列数据的勾稽关系）\t申请人情况',
        '\t自然人\t总计',
        '1.甲\t1\t10',
        '2.乙\t2\t20',
        '3.丙\t1\t10',
        '',
        '四、政府信息公开行政复议、行政诉讼情况',
        '',
      ].join('\n'),
    );
  });

  it('splits a run written across several cells ("0 0 0") at the borders it crosses', () => {
    const drawn = drawTable({
      left: 80,
      top: 100,
      colWidths: [100, 30, 30, 30],
      rowHeights: [20],
      cells: [
        { r: 0, c: 0, lines: ['行政处罚'] },
        { r: 0, c: 1, lines: [] },
        { r: 0, c: 2, lines: [] },
        { r: 0, c: 3, lines: [] },
      ],
    });
    // one run from the middle of the first value cell to the last, spaced like the cells
    const run: PdfTextItem = { text: '7          8          9', x: 192, y: 114, width: 64, size: 10.5 };
    const out = layoutPdfPages([page([...drawn.items, run], drawn.rules)]);
    expect(tableLines(out.text)).toEqual(['行政处罚\t7\t8\t9']);
  });
  it('names the text it could not put into one cell', () => {
    const drawn = drawTable({
      left: 80,
      top: 100,
      colWidths: [100, 30, 30],
      rowHeights: [20],
      cells: [
        { r: 0, c: 0, lines: ['行政许可'] },
        { r: 0, c: 1, lines: [] },
        { r: 0, c: 2, lines: [] },
      ],
    });
    // one number drawn over the border between the two value cells
    const across: PdfTextItem = { text: '123456', x: 195, y: 114, width: 35, size: 10.5 };
    const out = layoutPdfPages([page([...drawn.items, across], drawn.rules)]);
    expect(out.issues).toEqual([
      {
        severity: 'warning',
        message: 'PDF 表格中有文字跨越单元格边框，无法确定所属单元格，已按其位置放入，请核对：第1页“123456”',
      },
    ]);
  });
});

describe('text around the tables', () => {
  it('joins the lines of a paragraph and of a title set over lines, leaves headings and page numbers out of it', () => {
    const title1: PdfTextItem = { text: '某某省某某市某某区人民政府办公室', x: 120, y: 100, width: 352, size: 22 };
    const title2: PdfTextItem = { text: '2025年政府信息公开工作年度报告', x: 140, y: 150, width: 330, size: 22 };
    const heading = drawParagraph('一、总体情况', 200);
    const text = '（一）主动公开：本年度通过政府网站主动公开政府信息1647条，其中政策解读14条，办理群众来信43件。';
    const para = drawParagraph(text, heading.bottom + 12);
    const next = drawParagraph('（二）依申请公开：共受理申请129件。', para.bottom + 12);
    const out = layoutPdfPages([
      page([
        title2,
        title1,
        ...shuffled([...heading.items, ...para.items, ...next.items], 11),
        { text: '— 1 —', x: 460, y: 800, width: 40, size: 14 },
      ]),
    ]);
    expect(out.text.split('\n').filter(Boolean)).toEqual([
      '某某省某某市某某区人民政府办公室2025年政府信息公开工作年度报告',
      '一、总体情况',
      text,
      '（二）依申请公开：共受理申请129件。',
    ]);
  });

  it('keeps a paragraph together across a page break', () => {
    const text = '这是一个很长的段落，'.repeat(12);
    // two full lines at the foot of page 1 (25 characters after the indent, then 27), the rest on page 2
    const top = drawParagraph(text.slice(0, 52), 700, { indent: 2 });
    const rest = drawParagraph(text.slice(52), 72, { indent: 0 });
    const out = layoutPdfPages([page(top.items), page(rest.items)]);
    expect(out.text.trim()).toBe(text);
  });

  it('reads Kangxi radicals and radical supplements as the ideographs they show', () => {
    expect(normalizePdfText('⼀、⼈⺠政府⻅⾯⻓期，⿊⻰江⻥⻦')).toBe('一、人民政府见面长期，黑龙江鱼鸟');
    expect(normalizePdfText('（一）：ＡＢ１')).toBe('（一）：ＡＢ１');
  });

  it('reads a table without borders by its gaps and says so', () => {
    const size = 10.5;
    const row = (label: string, values: string[], y: number): PdfTextItem[] => [
      { text: label, x: 80, y, width: textWidth(label, size), size },
      ...values.map((v, i) => ({ text: v, x: 300 + i * 40, y, width: textWidth(v, size), size })),
    ];
    const out = layoutPdfPages([page([...row('行政处罚', ['0'], 100), ...row('行政强制', ['12'], 120)])]);
    expect(tableLines(out.text)).toEqual(['行政处罚\t0', '行政强制\t12']);
    expect(out.issues.map((i) => i.message).join('')).toMatch(/第1页的表格没有可用的框线，已按文字间距分列/);
  });
});

describe('pages without running text', () => {
  it('keeps short lines apart when there is no body text to measure the margins by', () => {
    const lines: PdfTextItem[] = [
      { text: '附表', x: 80, y: 100, width: 32, size: 16 },
      { text: '单位', x: 80, y: 130, width: 32, size: 16 },
    ];
    expect(layoutPdfPages([page(lines)]).text).toBe('附表\n\n单位\n');
  });
});
