/**
 * The whole word/styles.xml of the exported .docx, written here and swapped in for the one docx ships
 * (blue Calibri headings, Title 28 pt, …). Only the styles the document uses exist; their w:name is
 * Word's built-in name (heading 1 …) so Word shows them as its own 标题 1 … and the navigation pane works.
 */
import type { FontRole } from '../../../shared/document';
import {
  BODY_CHAR_SPACING_TWIPS,
  BODY_SIZE,
  CLOSING_RIGHT_INDENT_TWIPS,
  FIRST_LINE_INDENT_TWIPS,
  LINE_PITCH_TWIPS,
  PAGE_NUMBER_LINE_TWIPS,
  PAGE_NUMBER_SIZE,
  TABLE_CELL_MARGIN_TWIPS,
  TABLE_LINE_TWIPS,
  TABLE_SIZE,
  TITLE_SIZE,
} from './docx-layout';

export const STYLE_IDS = {
  normal: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  tableText: 'TableText',
  closing: 'Closing',
  header: 'Header',
  footer: 'Footer',
} as const;

export const xmlEscape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** w:rFonts with the East Asian font named for every script, so no run falls back to a theme font. */
export function rFontsXml(font: string): string {
  const f = xmlEscape(font);
  return `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}" w:hint="eastAsia"/>`;
}

/** spacing: character spacing in twips, written on every style so that none inherits the body's condensing. */
function runProps(font: string, size: number, spacing = 0): string {
  return `<w:rPr>${rFontsXml(font)}<w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="000000"/><w:spacing w:val="${spacing}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`;
}

/**
 * No widow and orphan control: GB/T 9704 fills every page with its 22 lines, and moving one line of a paragraph
 * to the next page would leave the page a line short (the usual 公文 templates turn 孤行控制 off too).
 */
const NO_WIDOW_CONTROL = '<w:widowControl w:val="0"/>';

const exactLine = (twips: number) => `<w:spacing w:before="0" w:after="0" w:line="${twips}" w:lineRule="exact"/>`;

export function stylesXml(fonts: Readonly<Record<FontRole, string>>): string {
  const heading = (id: string, name: string, level: number, font: string) => `
<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
<w:pPr><w:keepNext/><w:keepLines/><w:outlineLvl w:val="${level}"/></w:pPr>${runProps(font, BODY_SIZE, BODY_CHAR_SPACING_TWIPS)}</w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:docDefaults>
<w:rPrDefault><w:rPr>${rFontsXml(fonts.body)}<w:kern w:val="2"/><w:sz w:val="${BODY_SIZE}"/><w:szCs w:val="${BODY_SIZE}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr>${NO_WIDOW_CONTROL}${exactLine(LINE_PITCH_TWIPS)}<w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>
<w:pPr>${NO_WIDOW_CONTROL}${exactLine(LINE_PITCH_TWIPS)}<w:ind w:firstLine="${FIRST_LINE_INDENT_TWIPS}"/><w:jc w:val="both"/></w:pPr>${runProps(fonts.body, BODY_SIZE, BODY_CHAR_SPACING_TWIPS)}</w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>
<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${TABLE_CELL_MARGIN_TWIPS}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${TABLE_CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>
<w:pPr><w:snapToGrid w:val="0"/>${exactLine(LINE_PITCH_TWIPS)}<w:ind w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>${runProps(fonts.title, TITLE_SIZE)}</w:style>
${heading('Heading1', 'heading 1', 0, fonts.heading1)}
${heading('Heading2', 'heading 2', 1, fonts.heading2)}
${heading('Heading3', 'heading 3', 2, fonts.heading3)}
<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>
<w:pPr><w:snapToGrid w:val="0"/>${exactLine(TABLE_LINE_TWIPS)}<w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>${runProps(fonts.table, TABLE_SIZE)}</w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Closing"><w:name w:val="Closing"/><w:basedOn w:val="Normal"/>
<w:pPr><w:ind w:right="${CLOSING_RIGHT_INDENT_TWIPS}" w:firstLine="0"/><w:jc w:val="right"/></w:pPr>${runProps(fonts.body, BODY_SIZE, BODY_CHAR_SPACING_TWIPS)}</w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
<w:pPr><w:snapToGrid w:val="0"/>${exactLine(LINE_PITCH_TWIPS)}<w:ind w:firstLine="0"/><w:jc w:val="right"/></w:pPr>${runProps(fonts.heading1, BODY_SIZE)}</w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
<w:pPr><w:snapToGrid w:val="0"/>${exactLine(PAGE_NUMBER_LINE_TWIPS)}<w:ind w:firstLine="0"/></w:pPr>${runProps(fonts.pageNumber, PAGE_NUMBER_SIZE)}</w:style>
</w:styles>`;
}
