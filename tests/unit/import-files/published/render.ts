/**
 * A printed report in the three forms a clerk finds it: text copied from the page (tab-separated
 * rows, merged cells flattened: the text where the cell starts, covered positions empty, a short row
 * as short as it was printed), a web page (a real <table> with rowspan/colspan and <br> in cells),
 * and a Word file (WordprocessingML tables with w:gridSpan and w:vMerge, zipped as a .docx).
 */
import JSZip from 'jszip';
import { slotsOf, type PrintedBlock, type PrintedDocument, type PrintedTable } from './document';

export interface TextOptions {
  /**
   * How a line break inside a cell is copied: 'newline' as a browser copies a page (the row then
   * continues on the next line), 'space' as a converter that keeps rows whole writes it.
   */
  cellBreaks: 'newline' | 'space';
}

/** The rows of a table as copied from a page. */
function textRows(table: PrintedTable, options: TextOptions): string[] {
  const breaks = options.cellBreaks === 'newline' ? '\n' : ' ';
  return slotsOf(table).map((slots, r) =>
    Array.from(slots, (rect, c) => (rect && rect.row === r && rect.col === c ? rect.lines.join(breaks) : '')).join(
      '\t',
    ),
  );
}

function blockText(block: PrintedBlock, options: TextOptions): string {
  switch (block.type) {
    case 'title':
      return block.lines.join('\n');
    case 'table':
      return textRows(block.table, options).join('\n');
    default:
      return block.text;
  }
}

export function toText(doc: PrintedDocument, options: TextOptions = { cellBreaks: 'newline' }): string {
  return `${doc.blocks.map((b) => blockText(b, options)).join('\n\n')}\n`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(table: PrintedTable): string {
  const rows = Array.from({ length: table.rowCount }, (_, r) =>
    table.rects
      .filter((x) => x.row === r)
      .sort((a, b) => a.col - b.col)
      .map((x) => {
        const spans = `${x.rowSpan > 1 ? ` rowspan="${x.rowSpan}"` : ''}${x.colSpan > 1 ? ` colspan="${x.colSpan}"` : ''}`;
        return `<td${spans}>${x.lines.map(escapeHtml).join('<br>')}</td>`;
      })
      .join(''),
  );
  return `<table border="1" cellspacing="0">\n${rows.map((r) => `<tr>${r}</tr>`).join('\n')}\n</table>`;
}

function htmlBlock(block: PrintedBlock): string {
  switch (block.type) {
    case 'title':
      return `<h1>${block.lines.map(escapeHtml).join('<br>')}</h1>`;
    case 'heading':
      return `<p><strong>${escapeHtml(block.text)}</strong></p>`;
    case 'subheading':
      return `<p><b>${escapeHtml(block.text)}</b></p>`;
    case 'paragraph':
      return `<p style="text-indent:2em">${escapeHtml(block.text)}</p>`;
    case 'furniture':
      return `<div class="furniture">${escapeHtml(block.text)}</div>`;
    case 'table':
      return htmlTable(block.table);
  }
}

export function toHtml(doc: PrintedDocument): string {
  const title = doc.pageTitle === undefined ? '' : `<title>${escapeHtml(doc.pageTitle)}</title>`;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8">${title}</head>\n<body>\n${doc.blocks.map(htmlBlock).join('\n')}\n</body></html>\n`;
}

const escapeXml = (s: string) => escapeHtml(s).replace(/"/g, '&quot;');

function run(text: string, bold: boolean): string {
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function paragraph(lines: readonly string[], bold = false): string {
  return `<w:p>${lines.map((l, i) => (i > 0 ? '<w:r><w:br/></w:r>' : '') + run(l, bold)).join('')}</w:p>`;
}

/** Word writes a cell in every row a vertical merge passes, marked restart or continue. */
function docxTable(table: PrintedTable): string {
  const slots = slotsOf(table);
  const rows = slots.map((line, r) => {
    const cells: string[] = [];
    for (let c = 0; c < line.length;) {
      const rect = line[c];
      if (!rect) {
        c++;
        continue;
      }
      const merge = rect.rowSpan > 1 ? `<w:vMerge${rect.row === r ? ' w:val="restart"' : ''}/>` : '';
      const span = rect.colSpan > 1 ? `<w:gridSpan w:val="${rect.colSpan}"/>` : '';
      const content = rect.row === r ? paragraph(rect.lines) : '<w:p/>';
      cells.push(`<w:tc><w:tcPr>${span}${merge}</w:tcPr>${content}</w:tc>`);
      c += rect.colSpan;
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const grid = `<w:tblGrid>${'<w:gridCol w:w="600"/>'.repeat(table.columnCount)}</w:tblGrid>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>${borders}</w:tblBorders></w:tblPr>${grid}${rows.join('')}</w:tbl>`;
}

function docxBlock(block: PrintedBlock): string {
  switch (block.type) {
    case 'title':
      return block.lines.map((l) => paragraph([l], true)).join('');
    case 'heading':
    case 'subheading':
      return paragraph([block.text], true);
    case 'paragraph':
    case 'furniture':
      return paragraph([block.text]);
    case 'table':
      return docxTable(block.table);
  }
}

const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function toDocumentXml(doc: PrintedDocument): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NAMESPACE}"><w:body>${doc.blocks.map(docxBlock).join('')}<w:sectPr/></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A minimal but complete .docx package (Word and LibreOffice open it). */
export async function toDocx(doc: PrintedDocument): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', PACKAGE_RELS);
  zip.file('word/document.xml', toDocumentXml(doc));
  return zip.generateAsync({ type: 'uint8array' });
}
