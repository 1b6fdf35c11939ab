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
  StringValueElement,
  type ISectionOptions,
} from 'docx';
import {
  DRAFT_MARK,
  APP_NAME,
  DRAFT_MARK_COLOR,
  FONT_NAMES,
  OPEN_ERRORS_HEADING,
  TABLE_COLUMN_TWIPS,
  openErrorsIntro,
  propertiesTitle,
  rowsKeptWithNext,
  startColumns,
  valueFontPt,
  type Block,
  type DocTable,
  type DocTableCell,
  type DocumentModel,
  type FontRole,
} from '../../../shared/document';
import {
  BODY_SIZE,
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
import { fontTableXml } from './docx-fonts';
import { ptToHalfPoints } from './units';

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

function tableCell(t: DocTable, cell: DocTableCell, column: number, keepNext: boolean, fonts: Fonts): TableCell {
  const widths = TABLE_COLUMN_TWIPS[t.table];
  const width = widths.slice(column, column + cell.colSpan).reduce((a, b) => a + b, 0);
  const size =
    cell.role === 'value' ? ptToHalfPoints(valueFontPt(t.table, column, cell.colSpan, cell.text)) : TABLE_SIZE;
  return new TableCell({
    children: [
      new Paragraph({
        style: STYLE_IDS.tableText,
        alignment: cellAlignment(cell),
        ...(keepNext ? { keepNext } : {}),
        children: cell.text ? [run(cell.text, fonts.table, size)] : [],
      }),
    ],
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    width: { size: width, type: WidthType.DXA },
  });
}

/**
 * Column widths come from shared/document/columns.ts: T4's fifteen columns fit portrait at 五号 (checked by
 * rendering), so no landscape section is needed and the page numbering runs on unbroken. Header rows repeat on
 * every page (w:tblHeader); no row splits over a page (w:cantSplit); rows that must stay with the next one
 * (rowsKeptWithNext: a whole short table, a long table's header with its first row) carry keepNext on their
 * paragraphs, which Word, WPS and LibreOffice honour inside tables. Cells covered by a rowSpan are left out
 * here: docx writes the vMerge continue cells itself.
 */
function table(t: DocTable, fonts: Fonts): Table {
  const widths = TABLE_COLUMN_TWIPS[t.table];
  const allRows = [...t.headerRows, ...t.bodyRows];
  const columns = startColumns(allRows);
  const kept = rowsKeptWithNext(t.headerRows.length, t.bodyRows.length);
  const rows = allRows.map(
    (row, r) =>
      new TableRow({
        children: row.map((cell, i) => tableCell(t, cell, columns[r]![i]!, kept[r]!, fonts)),
        tableHeader: r < t.headerRows.length,
        cantSplit: true,
      }),
  );
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

/** docProps/app.xml, which docx leaves empty: the application that wrote the file. */
const APP_PROPERTIES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>${APP_NAME}</Application><DocSecurity>0</DocSecurity></Properties>`;

/**
 * Full-width punctuation keeps its full cell (w:characterSpacingControl doNotCompress, in schema order before
 * w:compat): compressed punctuation would let a line hold 29 characters in Word and WPS. The docx library has
 * no option for it, so the element goes into its settings part before the compatibility element it always
 * writes last (docx.test.ts reads it back from settings.xml).
 */
function withoutPunctuationCompression(document: Document): void {
  const settings = document.Settings as unknown as { root: unknown[] };
  const compat = settings.root.findIndex((child) => (child as { rootKey?: unknown }).rootKey === 'w:compat');
  if (compat < 0) throw new Error('the docx settings part has no compatibility element');
  settings.root.splice(compat, 0, new StringValueElement('w:characterSpacingControl', 'doNotCompress'));
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
      grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS },
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
    title: propertiesTitle(model),
    creator: options.creator ?? APP_NAME,
    lastModifiedBy: options.creator ?? APP_NAME,
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
  withoutPunctuationCompression(document);
  // our parts replace the library's as it zips: one pass, no second unzip and zip
  const packed = await Packer.toBuffer(document, undefined, [
    { path: 'word/styles.xml', data: stylesXml(fonts) },
    { path: 'word/fontTable.xml', data: fontTableXml(fonts) },
    { path: 'docProps/app.xml', data: APP_PROPERTIES_XML },
  ]);
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
}
