/**
 * DocumentModel → one standalone HTML file: the print view (PDF and the in-app preview) or the web
 * copy to publish. No script, no external resource, no style attribute: all CSS sits in one <style>.
 * Layout numbers follow GB/T 9704-2012 as the .docx does.
 */
import { TABLE_COLUMN_TWIPS, rowsKeptWithNext, startColumns, valueFontPt } from './columns';
import {
  BODY_CHAR_SPACING_PT,
  BODY_PT,
  DRAFT_MARK_COLOR,
  LATIN_AUTOSPACE_PT,
  LINE_PITCH_PT,
  PAGE_MARGINS_MM,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_PT,
  TABLE_BORDER_PT,
  TABLE_CELL_PADDING_MM,
  TABLE_LINE_PT,
  TABLE_PT,
  PT_PER_MM,
  TEXT_BLOCK_WIDTH_MM,
  TITLE_PT,
} from './layout';
import { cssFontStack } from './fonts';
import { APP_NAME, propertiesTitle } from './metadata';
import {
  DRAFT_MARK,
  OPEN_ERRORS_HEADING,
  openErrorsIntro,
  type Block,
  type DocTable,
  type DocTableCell,
  type DocumentModel,
} from './model';

export interface HtmlOptions {
  /** print: A4 pages with page numbers, for the PDF and the preview; web: a page to publish online */
  purpose: 'print' | 'web';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function columnCss(table: DocTable['table']): string {
  const widths = TABLE_COLUMN_TWIPS[table];
  const total = widths.reduce((a, b) => a + b, 0);
  return widths
    .map(
      (w, i) => `table.${table.toLowerCase()} col:nth-child(${i + 1}) { width: ${((w / total) * 100).toFixed(3)}%; }`,
    )
    .join('\n');
}

/** A class per smaller number size (valueFontPt), e.g. pt8-5 for 8.5 pt; 五号 numbers need none. */
const sizeClass = (pt: number) => `pt${String(pt).replace('.', '-')}`;

function valueSizesCss(model: DocumentModel): string {
  const sizes = new Set<number>();
  for (const b of model.blocks) {
    if (b.kind !== 'table') continue;
    const rows = [...b.table.headerRows, ...b.table.bodyRows];
    const columns = startColumns(rows);
    rows.forEach((row, r) =>
      row.forEach((cell, i) => {
        if (cell.role === 'value') sizes.add(valueFontPt(b.table.table, columns[r]![i]!, cell.colSpan, cell.text));
      }),
    );
  }
  sizes.delete(TABLE_PT);
  return [...sizes].map((pt) => `td.value.${sizeClass(pt)} { font-size: ${pt}pt; }`).join('\n');
}

/**
 * The layout numbers are the .docx's (shared/document/layout.ts): the same margins, 28.95 pt lines, characters set
 * 0.25 pt closer so that 28 fit a line, the same table widths and line heights, so both break pages alike.
 */
/**
 * Chromium clips what it prints to the page's content box, so a punctuation mark hanging past the 版心 (span.hang)
 * would vanish: the print page's right margin is one character narrower and the text keeps the 版心's width.
 */
const HANG_ROOM_MM = Number((BODY_PT / PT_PER_MM).toFixed(2)); // 5.64
/** Chromium's text-autospace gives an eighth of an em; the print adds the rest of the .docx's (1.2 pt). */
const AUTOSPACE_EXTRA_PT = Number((LATIN_AUTOSPACE_PT - BODY_PT / 8).toFixed(2));
const HANG_LETTER_SPACING_PT = -(BODY_PT - 0.5);

function styleSheet(model: DocumentModel, purpose: HtmlOptions['purpose']): string {
  const profile = model.fontProfile;
  const draft = model.draft;
  const m = PAGE_MARGINS_MM;
  // The margin box's line is exactly one 4号 em tall, its top 7 mm below the 版心, as the .docx footer's line.
  const pageNumber = `font-family: ${cssFontStack('pageNumber', profile)}; font-size: ${PAGE_NUMBER_PT}pt; line-height: ${PAGE_NUMBER_PT}pt; vertical-align: top; padding-top: ${PAGE_NUMBER_GAP_MM}mm;`;
  const printRules =
    purpose === 'print'
      ? `
@page :right { @bottom-right { content: "— " counter(page) " —"; ${pageNumber} padding-right: calc(1em + ${HANG_ROOM_MM}mm); } }
@page :left { @bottom-left { content: "— " counter(page) " —"; ${pageNumber} padding-left: 1em; } }
${draft ? `@page { @top-right { content: "${DRAFT_MARK}"; font-family: ${cssFontStack('heading1', profile)}; font-size: ${BODY_PT}pt; color: #${DRAFT_MARK_COLOR}; vertical-align: bottom; padding-bottom: ${PAGE_NUMBER_GAP_MM}mm; padding-right: ${HANG_ROOM_MM}mm; } }\n@media print { .draft-banner { display: none; } }` : ''}
`
      : '';
  return `
@page { size: A4; margin: ${m.top}mm ${m.right - HANG_ROOM_MM}mm ${m.bottom}mm ${m.left}mm; }
${printRules}
html { background: #fff; color: #000; }
body { margin: 0; font-family: ${cssFontStack('body', profile)}; font-size: ${BODY_PT}pt; line-height: ${LINE_PITCH_PT}pt; orphans: 1; widows: 1; }
@media print { article.report { width: ${TEXT_BLOCK_WIDTH_MM}mm; } }
@media screen { article.report { max-width: ${TEXT_BLOCK_WIDTH_MM}mm; margin: 0 auto; padding: 12mm 8mm; } }
/* on a phone the tables keep their printed width and scroll sideways instead of squeezing T3's ten columns */
@media screen { .table-wrap { overflow-x: auto; } .table-wrap table { min-width: 150mm; } }
.draft-banner { text-align: right; font-family: ${cssFontStack('heading1', profile)}; font-size: ${BODY_PT}pt; color: #${DRAFT_MARK_COLOR}; letter-spacing: 0.5em; }
h1.title { font-family: ${cssFontStack('title', profile)}; font-size: ${TITLE_PT}pt; font-weight: normal; text-align: center; line-height: ${LINE_PITCH_PT}pt; margin: 0 0 ${LINE_PITCH_PT}pt 0; letter-spacing: 0; }
h1.title span { display: block; }
p, h2, h3, h4 { margin: 0; text-indent: 2em; font-size: ${BODY_PT}pt; font-weight: normal; line-height: ${LINE_PITCH_PT}pt; text-align: justify; letter-spacing: ${BODY_CHAR_SPACING_PT}pt; text-spacing-trim: space-all; text-autospace: normal; }
/* hanging punctuation (set by the PDF printer, electron/services/export/hang-punctuation.ts): next to no advance, as in
   Word (Chromium draws no glyph whose advance is cancelled entirely) */
/* Chromium's text-autospace leaves an eighth of an em between Chinese and Latin; the rest of the .docx's space */
span.gap-l { margin-left: ${AUTOSPACE_EXTRA_PT}pt; }
span.gap-r { margin-right: ${AUTOSPACE_EXTRA_PT}pt; }
span.hang { letter-spacing: ${HANG_LETTER_SPACING_PT}pt; }
article.measuring p, article.measuring h2, article.measuring h3, article.measuring h4 { text-align: left; }
h2, .run-in.h2 { font-family: ${cssFontStack('heading1', profile)}; }
h3, .run-in.h3 { font-family: ${cssFontStack('heading2', profile)}; }
h4, .run-in.h4 { font-family: ${cssFontStack('heading3', profile)}; }
h2, h3, h4 { break-after: avoid; break-inside: avoid; }
p.closing { text-indent: 0; text-align: right; padding-right: 4em; }
/* the .docx follows a table with an empty body line; so does the print */
table { width: calc(100% - ${TABLE_BORDER_PT}pt); border-collapse: collapse; table-layout: fixed; margin: 0 0 ${LINE_PITCH_PT}pt ${TABLE_BORDER_PT / 2}pt; font-family: ${cssFontStack('table', profile)}; font-size: ${TABLE_PT}pt; line-height: ${TABLE_LINE_PT}pt; letter-spacing: 0; }
thead { display: table-header-group; }
/* no row splits over a page (on the cells: a row-spanning group cell such as T3's 三、本年度办理结果 must still break);
   rows marked keep stay with the next one (a short table whole, a header with its first row) */
td, th.label, th.header { break-inside: avoid; }
tr.keep { break-after: avoid; }
.table-wrap.whole { break-inside: avoid; }
th, td { border: ${TABLE_BORDER_PT}pt solid #000; padding: 0 ${TABLE_CELL_PADDING_MM}mm; text-align: center; vertical-align: middle; font-weight: normal; word-break: break-all; }
/* a number never breaks inside: it is set smaller instead (valueFontPt) */
td.value { white-space: nowrap; word-break: normal; font-variant-numeric: tabular-nums; }
${valueSizesCss(model)}
th.label { text-align: left; }
td.blank { background: #fff7d6; }
section.open-errors { break-before: page; }
section.open-errors li { text-indent: 0; }
${columnCss('T2')}
${columnCss('T3')}
${columnCss('T4')}
`.trim();
}

function cellHtml(t: DocTable, cell: DocTableCell, column: number, inHead: boolean): string {
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  if (cell.role === 'value') {
    const size = valueFontPt(t.table, column, cell.colSpan, cell.text);
    const cls = ['value', ...(cell.blank ? ['blank'] : []), ...(size !== TABLE_PT ? [sizeClass(size)] : [])].join(' ');
    return `<td class="${cls}"${spans} data-cell="${escapeHtml(cell.cellId ?? '')}">${escapeHtml(cell.text)}</td>`;
  }
  const scope = inHead ? ' scope="col"' : cell.role === 'label' ? ' scope="row"' : '';
  return `<th class="${cell.role}"${spans}${scope}>${escapeHtml(cell.text)}</th>`;
}

/** A table every row of which keeps with the next (rowsKeptWithNext) is kept on one page. */
function keptWhole(t: DocTable): boolean {
  return rowsKeptWithNext(t.headerRows.length, t.bodyRows.length).slice(0, -1).every(Boolean);
}

function tableHtml(t: DocTable, label: string): string {
  const cols = `<colgroup>${'<col>'.repeat(t.columnCount)}</colgroup>`;
  const all = [...t.headerRows, ...t.bodyRows];
  const columns = startColumns(all);
  const kept = rowsKeptWithNext(t.headerRows.length, t.bodyRows.length);
  const row = (r: number) =>
    `<tr${kept[r] ? ' class="keep"' : ''}>${all[r]!.map((c, i) => cellHtml(t, c, columns[r]![i]!, r < t.headerRows.length)).join('')}</tr>`;
  const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => row(from + i)).join('\n');
  const head = t.headerRows.length ? `<thead>\n${rows(0, t.headerRows.length)}\n</thead>\n` : '';
  return `<table class="${t.table.toLowerCase()}" aria-label="${escapeHtml(label)}">${cols}\n${head}<tbody>\n${rows(t.headerRows.length, all.length)}\n</tbody></table>`;
}

/** A run of Latin letters, digits and ASCII signs (2846, 1.5, PDF) inside Chinese text. */
const LATIN_RUN = /[\x21-\x7e]+/gu;
const IDEOGRAPH = /\p{Script=Han}/u;

/**
 * Body text for the print: each Latin run next to an ideograph gets the rest of the space Word, WPS and LibreOffice
 * put there (autospace, LATIN_AUTOSPACE_PT) beyond Chromium's own text-autospace, so that a line with figures
 * breaks where it breaks in the .docx. Escaped; the web copy keeps the plain text.
 */
function printText(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    const before = text[m.index - 1] ?? '';
    const after = text[m.index + m[0].length] ?? '';
    const sides = [...(IDEOGRAPH.test(before) ? ['gap-l'] : []), ...(IDEOGRAPH.test(after) ? ['gap-r'] : [])];
    out += escapeHtml(text.slice(last, m.index));
    out += sides.length ? `<span class="${sides.join(' ')}">${escapeHtml(m[0])}</span>` : escapeHtml(m[0]);
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

function blocksHtml(blocks: readonly Block[], purpose: HtmlOptions['purpose']): string {
  const body = purpose === 'print' ? printText : escapeHtml;
  let lastHeading = '';
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          if (b.level === 1) lastHeading = b.text;
          return `<h${b.level + 1}>${body(b.text)}</h${b.level + 1}>`;
        case 'paragraph':
          return b.runIn
            ? `<p><span class="run-in h${b.runIn.level + 1}">${body(b.runIn.text)}</span>${body(b.text)}</p>`
            : `<p>${body(b.text)}</p>`;
        case 'table':
          return `<div class="table-wrap${keptWhole(b.table) ? ' whole' : ''}">${tableHtml(b.table, lastHeading)}</div>`;
        case 'closing':
          return b.lines.map((l) => `<p class="closing">${body(l)}</p>`).join('\n');
      }
    })
    .join('\n');
}

function openErrorsHtml(model: DocumentModel): string {
  if (model.openErrors.length === 0) return '';
  const items = model.openErrors
    .map((e) => `<li><span class="rule-id">${escapeHtml(e.ruleId)}</span> ${escapeHtml(e.message)}</li>`)
    .join('\n');
  return `<section class="open-errors"><h2>${OPEN_ERRORS_HEADING}</h2>\n<p>${escapeHtml(openErrorsIntro(model.openErrors.length))}</p>\n<ol>\n${items}\n</ol></section>`;
}

export function renderHtml(model: DocumentModel, options: HtmlOptions): string {
  const css = styleSheet(model, options.purpose);
  const title = model.titleLines.map((l) => `<span>${escapeHtml(l)}</span>`).join('');
  const docTitle = propertiesTitle(model);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${APP_NAME}">
<title>${escapeHtml(docTitle)}</title>
<style>
${css}
</style>
</head>
<body${model.draft ? ' class="draft"' : ''}>
<article class="report">
${model.draft ? `<p class="draft-banner">${DRAFT_MARK}</p>\n` : ''}<h1 class="title">${title}</h1>
${blocksHtml(model.blocks, options.purpose)}
${openErrorsHtml(model)}
</article>
</body>
</html>
`;
}
