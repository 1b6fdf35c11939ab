/**
 * DocumentModel → .docx bytes, in the 公文 layout of GB/T 9704-2012 (numbers in docx-layout.ts). Built
 * with the docx library, then the style sheet it ships is replaced by ours (docx-styles.ts).
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  BorderStyle,
  type ISectionOptions,
} from 'docx';
import JSZip from 'jszip';
import {
  DRAFT_MARK,
  DRAFT_MARK_COLOR,
  FONT_NAMES,
  OPEN_ERRORS_HEADING,
  TABLE_COLUMN_TWIPS,
  openErrorsIntro,
  type Block,
  type DocTable,
  type DocTableCell,
  type DocumentModel,
  type FontRole,
} from '../../../shared/document';
import {
  BODY_SIZE,
  CHAR_SPACE,
  FOOTER_DISTANCE_TWIPS,
  HEADER_DISTANCE_TWIPS,
  LINE_PITCH_TWIPS,
  MARGIN_BOTTOM_TWIPS,
  MARGIN_LEFT_TWIPS,
  MARGIN_RIGHT_TWIPS,
  MARGIN_TOP_TWIPS,
  PAGE_HEIGHT_TWIPS,
  PAGE_NUMBER_INDENT_TWIPS,
  PAGE_NUMBER_SIZE,
  PAGE_WIDTH_TWIPS,
  TABLE_BORDER_EIGHTHS,
  TABLE_CELL_MARGIN_TWIPS,
  TABLE_SIZE,
  TITLE_SIZE,
} from './docx-layout';
import { STYLE_IDS, stylesXml } from './docx-styles';

export interface DocxOptions {
  /** for the document properties; defaults to the model's title */
  creator?: string;
}

type Fonts = Readonly<Record<FontRole, string>>;

/** ascii, hAnsi, eastAsia and cs all named, hint eastAsia: Word then never picks a theme font for digits or Latin. */
const runFont = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: 'eastAsia' });

const run = (text: string, font: string, size: number) =>
  new TextRun({ text, font: runFont(font), size, sizeComplexScript: size, bold: false });

const HEADING_STYLE = { 1: STYLE_IDS.heading1, 2: STYLE_IDS.heading2, 3: STYLE_IDS.heading3 } as const;
const HEADING_FONT = { 1: 'heading1', 2: 'heading2', 3: 'heading3' } as const satisfies Record<1 | 2 | 3, FontRole>;

function titleParagraphs(model: DocumentModel, fonts: Fonts): Paragraph[] {
  const lines = model.titleLines.map(
    (line, i) =>
      new TextRun({ text: line, font: runFont(fonts.title), size: TITLE_SIZE, bold: false, break: i > 0 ? 1 : 0 }),
  );
  // §7.3.1: one blank line between title and text.
  return [
    new Paragraph({ style: STYLE_IDS.title, children: lines }),
    new Paragraph({ style: STYLE_IDS.normal, children: [] }),
  ];
}

const border = { style: BorderStyle.SINGLE, size: TABLE_BORDER_EIGHTHS, color: '000000' };
const borders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

function cellAlignment(cell: DocTableCell) {
  return cell.role === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER;
}

function tableCell(cell: DocTableCell, columnWidths: readonly number[], firstColumn: number, fonts: Fonts): TableCell {
  const width = columnWidths.slice(firstColumn, firstColumn + cell.colSpan).reduce((a, b) => a + b, 0);
  return new TableCell({
    children: [
      new Paragraph({
        style: STYLE_IDS.tableText,
        alignment: cellAlignment(cell),
        children: cell.text ? [run(cell.text, fonts.table, TABLE_SIZE)] : [],
      }),
    ],
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: width, type: WidthType.DXA },
  });
}

/** Rows of cells that start there (covered cells left out: docx writes vMerge continue cells itself). */
function tableRows(
  rows: readonly DocTableCell[][],
  widths: readonly number[],
  header: boolean,
  occupied: number[][],
  offset: number,
  fonts: Fonts,
): TableRow[] {
  return rows.map((row, r) => {
    const taken = (occupied[offset + r] ??= []);
    let column = 0;
    const cells = row.map((cell) => {
      while (taken[column]) column++;
      const built = tableCell(cell, widths, column, fonts);
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) (occupied[offset + r + dr] ??= [])[column + dc] = 1;
      column += cell.colSpan;
      return built;
    });
    return new TableRow({ children: cells, tableHeader: header, cantSplit: true });
  });
}

/**
 * Column widths come from shared/document/columns.ts: T4's fifteen columns fit portrait at 五号 (checked by
 * rendering), so no landscape section is needed and the page numbering runs on unbroken.
 */
function table(t: DocTable, fonts: Fonts): Table {
  const widths = TABLE_COLUMN_TWIPS[t.table];
  const occupied: number[][] = [];
  const rows = [
    ...tableRows(t.headerRows, widths, true, occupied, 0, fonts),
    ...tableRows(t.bodyRows, widths, false, occupied, t.headerRows.length, fonts),
  ];
  return new Table({
    rows,
    columnWidths: [...widths],
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { left: TABLE_CELL_MARGIN_TWIPS, right: TABLE_CELL_MARGIN_TWIPS, top: 0, bottom: 0 },
    borders,
  });
}

function blockContent(block: Block, fonts: Fonts): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          style: HEADING_STYLE[block.level],
          children: [run(block.text, fonts[HEADING_FONT[block.level]], BODY_SIZE)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          style: STYLE_IDS.normal,
          children: [
            // a run-in heading: its level's font, then the paragraph's text in the body font
            ...(block.runIn ? [run(block.runIn.text, fonts[HEADING_FONT[block.runIn.level]], BODY_SIZE)] : []),
            run(block.text, fonts.body, BODY_SIZE),
          ],
        }),
      ];
    case 'table':
      // A line after the table so the next heading does not sit on its bottom rule.
      return [table(block.table, fonts), new Paragraph({ style: STYLE_IDS.normal, children: [] })];
    case 'closing':
      return [
        new Paragraph({ style: STYLE_IDS.normal, children: [] }),
        ...block.lines.map(
          (l) => new Paragraph({ style: STYLE_IDS.closing, children: [run(l, fonts.body, BODY_SIZE)] }),
        ),
      ];
  }
}

function openErrorsContent(model: DocumentModel, fonts: Fonts): Paragraph[] {
  if (model.openErrors.length === 0) return [];
  return [
    new Paragraph({
      style: STYLE_IDS.heading1,
      pageBreakBefore: true,
      children: [run(OPEN_ERRORS_HEADING, fonts.heading1, BODY_SIZE)],
    }),
    new Paragraph({
      style: STYLE_IDS.normal,
      children: [run(openErrorsIntro(model.openErrors.length), fonts.body, BODY_SIZE)],
    }),
    ...model.openErrors.map(
      (e, i) =>
        new Paragraph({
          style: STYLE_IDS.normal,
          children: [run(`${i + 1}. [${e.ruleId}] ${e.message}`, fonts.body, BODY_SIZE)],
        }),
    ),
  ];
}

function pageNumberFooter(side: 'odd' | 'even', fonts: Fonts): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE_IDS.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent:
          side === 'odd'
            ? { right: PAGE_NUMBER_INDENT_TWIPS, firstLine: 0 }
            : { left: PAGE_NUMBER_INDENT_TWIPS, firstLine: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: runFont(fonts.pageNumber),
            size: PAGE_NUMBER_SIZE,
            sizeComplexScript: PAGE_NUMBER_SIZE,
          }),
        ],
      }),
    ],
  });
}

function draftHeader(fonts: Fonts): Header {
  return new Header({
    children: [
      new Paragraph({
        style: STYLE_IDS.header,
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: DRAFT_MARK, font: runFont(fonts.heading1), size: BODY_SIZE, color: DRAFT_MARK_COLOR }),
        ],
      }),
    ],
  });
}

export async function renderDocx(model: DocumentModel, options: DocxOptions = {}): Promise<Uint8Array> {
  const fonts = FONT_NAMES[model.fontProfile];
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE_WIDTH_TWIPS, height: PAGE_HEIGHT_TWIPS },
        margin: {
          top: MARGIN_TOP_TWIPS,
          bottom: MARGIN_BOTTOM_TWIPS,
          left: MARGIN_LEFT_TWIPS,
          right: MARGIN_RIGHT_TWIPS,
          header: HEADER_DISTANCE_TWIPS,
          footer: FOOTER_DISTANCE_TWIPS,
        },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH_TWIPS, charSpace: CHAR_SPACE },
    },
    footers: { default: pageNumberFooter('odd', fonts), even: pageNumberFooter('even', fonts) },
    ...(model.draft ? { headers: { default: draftHeader(fonts), even: draftHeader(fonts) } } : {}),
    children: [
      ...titleParagraphs(model, fonts),
      ...model.blocks.flatMap((b) => blockContent(b, fonts)),
      ...openErrorsContent(model, fonts),
    ],
  };
  const document = new Document({
    title: model.draft ? `${model.title}（${DRAFT_MARK}）` : model.title,
    creator: options.creator ?? 'nianbao',
    evenAndOddHeaderAndFooters: true,
    // Nothing refers to the theme's fonts, but Word lists them first in its font menu: make them ours.
    theme: {
      fonts: {
        headings: { latin: fonts.heading1, eastAsia: fonts.heading1, scripts: { Hans: fonts.heading1 } },
        body: { latin: fonts.body, eastAsia: fonts.body, scripts: { Hans: fonts.body } },
      },
    },
    sections: [section],
  });
  const packed = await Packer.toBuffer(document);
  const zip = await JSZip.loadAsync(packed);
  zip.file('word/styles.xml', stylesXml(fonts));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
