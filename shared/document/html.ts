/**
 * DocumentModel → one standalone HTML file: the print view (PDF and the in-app preview) or the web
 * copy to publish. No script, no external resource, no style attribute: all CSS sits in one <style>.
 * Layout numbers follow GB/T 9704-2012 as the .docx does.
 */
import { TABLE_COLUMN_TWIPS } from './columns';
import {
  BODY_PT,
  DRAFT_MARK_COLOR,
  LINE_PITCH_PT,
  PAGE_MARGIN_CSS,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_PT,
  TABLE_LINE_PT,
  TABLE_PT,
  TEXT_BLOCK_WIDTH_MM,
  TITLE_PT,
} from './layout';
import { cssFontStack, type FontProfile } from './fonts';
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

function styleSheet(profile: FontProfile, purpose: HtmlOptions['purpose'], draft: boolean): string {
  const pageNumber = `font-family: ${cssFontStack('pageNumber', profile)}; font-size: ${PAGE_NUMBER_PT}pt; vertical-align: top; padding-top: ${PAGE_NUMBER_GAP_MM}mm;`;
  const printRules =
    purpose === 'print'
      ? `
@page :right { @bottom-right { content: "— " counter(page) " —"; ${pageNumber} padding-right: 1em; } }
@page :left { @bottom-left { content: "— " counter(page) " —"; ${pageNumber} padding-left: 1em; } }
${draft ? `@page { @top-right { content: "${DRAFT_MARK}"; font-family: ${cssFontStack('heading1', profile)}; font-size: ${BODY_PT}pt; color: #${DRAFT_MARK_COLOR}; vertical-align: bottom; padding-bottom: ${PAGE_NUMBER_GAP_MM}mm; } }\n@media print { .draft-banner { display: none; } }` : ''}
`
      : '';
  return `
@page { size: A4; margin: ${PAGE_MARGIN_CSS}; }
${printRules}
html { background: #fff; color: #000; }
body { margin: 0; font-family: ${cssFontStack('body', profile)}; font-size: ${BODY_PT}pt; line-height: ${LINE_PITCH_PT}pt; }
@media screen { article.report { max-width: ${TEXT_BLOCK_WIDTH_MM}mm; margin: 0 auto; padding: 12mm 8mm; } }
/* on a phone the tables keep their printed width and scroll sideways instead of squeezing T3's ten columns */
@media screen { .table-wrap { overflow-x: auto; } .table-wrap table { min-width: 150mm; } }
.draft-banner { text-align: right; font-family: ${cssFontStack('heading1', profile)}; font-size: ${BODY_PT}pt; color: #${DRAFT_MARK_COLOR}; letter-spacing: 0.5em; }
h1.title { font-family: ${cssFontStack('title', profile)}; font-size: ${TITLE_PT}pt; font-weight: normal; text-align: center; line-height: ${LINE_PITCH_PT}pt; margin: 0 0 ${LINE_PITCH_PT}pt 0; }
h1.title span { display: block; }
p, h2, h3, h4 { margin: 0; text-indent: 2em; font-size: ${BODY_PT}pt; font-weight: normal; line-height: ${LINE_PITCH_PT}pt; text-align: justify; }
h2, .run-in.h2 { font-family: ${cssFontStack('heading1', profile)}; }
h3, .run-in.h3 { font-family: ${cssFontStack('heading2', profile)}; }
h4, .run-in.h4 { font-family: ${cssFontStack('heading3', profile)}; }
h2, h3, h4 { break-after: avoid; }
p.closing { text-indent: 0; text-align: right; padding-right: 4em; }
table { width: calc(100% - 1.5pt); border-collapse: collapse; table-layout: fixed; margin: 0 0 ${LINE_PITCH_PT / 2}pt 0.75pt; font-family: ${cssFontStack('table', profile)}; font-size: ${TABLE_PT}pt; line-height: ${TABLE_LINE_PT}pt; }
thead { display: table-header-group; }
/* rows may break between pages, and so must the group cells (T3's 三、本年度办理结果 spans 22 rows) */
td, th.label { break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 1pt 1mm; text-align: center; vertical-align: middle; font-weight: normal; word-break: break-all; }
th.label { text-align: left; }
td.value { font-variant-numeric: tabular-nums; }
td.blank { background: #fff7d6; }
section.open-errors { break-before: page; }
section.open-errors li { text-indent: 0; }
${columnCss('T2')}
${columnCss('T3')}
${columnCss('T4')}
`.trim();
}

function cellHtml(cell: DocTableCell, inHead: boolean): string {
  const spans = `${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
  if (cell.role === 'value') {
    const cls = cell.blank ? 'value blank' : 'value';
    return `<td class="${cls}"${spans} data-cell="${escapeHtml(cell.cellId ?? '')}">${escapeHtml(cell.text)}</td>`;
  }
  const scope = inHead ? ' scope="col"' : cell.role === 'label' ? ' scope="row"' : '';
  return `<th class="${cell.role}"${spans}${scope}>${escapeHtml(cell.text)}</th>`;
}

function tableHtml(t: DocTable, label: string): string {
  const cols = `<colgroup>${'<col>'.repeat(t.columnCount)}</colgroup>`;
  const rows = (rs: DocTableCell[][], head: boolean) =>
    rs.map((r) => `<tr>${r.map((c) => cellHtml(c, head)).join('')}</tr>`).join('\n');
  const head = t.headerRows.length ? `<thead>\n${rows(t.headerRows, true)}\n</thead>\n` : '';
  return `<table class="${t.table.toLowerCase()}" aria-label="${escapeHtml(label)}">${cols}\n${head}<tbody>\n${rows(t.bodyRows, false)}\n</tbody></table>`;
}

function blocksHtml(blocks: readonly Block[]): string {
  let lastHeading = '';
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          if (b.level === 1) lastHeading = b.text;
          return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
        case 'paragraph':
          return b.runIn
            ? `<p><span class="run-in h${b.runIn.level + 1}">${escapeHtml(b.runIn.text)}</span>${escapeHtml(b.text)}</p>`
            : `<p>${escapeHtml(b.text)}</p>`;
        case 'table':
          return `<div class="table-wrap">${tableHtml(b.table, lastHeading)}</div>`;
        case 'closing':
          return b.lines.map((l) => `<p class="closing">${escapeHtml(l)}</p>`).join('\n');
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
  const css = styleSheet(model.fontProfile, options.purpose, model.draft);
  const title = model.titleLines.map((l) => `<span>${escapeHtml(l)}</span>`).join('');
  const docTitle = model.draft ? `${model.title}（${DRAFT_MARK}）` : model.title;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao">
<title>${escapeHtml(docTitle)}</title>
<style>
${css}
</style>
</head>
<body${model.draft ? ' class="draft"' : ''}>
<article class="report">
${model.draft ? `<p class="draft-banner">${DRAFT_MARK}</p>\n` : ''}<h1 class="title">${title}</h1>
${blocksHtml(model.blocks)}
${openErrorsHtml(model)}
</article>
</body>
</html>
`;
}
