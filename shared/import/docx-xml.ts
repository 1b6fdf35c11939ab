/**
 * word/document.xml (WordprocessingML) → the report-text shape parseReportText reads: one line per
 * paragraph, one tab-separated line per table row with merged cells flattened (horizontal w:gridSpan
 * and vertical w:vMerge: text in the cell where the merge starts, covered positions empty).
 * Tracked changes read as accepted: deletions are dropped, insertions kept. Automatic numbering
 * (numbering.xml, styles.xml) is written out, so an auto-numbered 一、 heading keeps its numeral.
 */
import type { ImportIssue } from './outcome';
import { child, children, intVal, isElement, parseXml, val, type XmlElement, type XmlNode } from './docx-nodes';
import { createNumbering, type DocxNumbering } from './docx-numbering';
import { HiddenTextTally } from './hidden-text';
import { cutToReport } from './html-report-part';
import { MAX_GRID_SPAN, TableCellBudget } from './limits';
import { collapseSpaces, dropOpenErrorsList, formatTextLines, joinSplitTitle, type TextBlock } from './markup-blocks';

/** Elements whose text is not part of the document as it reads. */
const SKIPPED = new Set([
  'w:del',
  'w:moveFrom',
  'w:delText',
  'w:instrText',
  'w:delInstrText',
  'w:pPr',
  'w:rPr',
  'w:tblPr',
  'w:trPr',
  'w:tcPr',
  'w:sectPr',
  'w:tblGrid',
  'w:fldData',
  'w:commentReference',
  'w:footnoteReference',
  'w:endnoteReference',
  'mc:Fallback',
  'w:drawing',
  'w:pict',
  'w:object',
]);

/** Containers that only wrap content (content controls, smart tags, revisions kept). */
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:ins',
  'w:moveTo',
  'w:hyperlink',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
  'mc:AlternateContent',
  'mc:Choice',
]);

/** A run set as 隐藏文字 (w:vanish in its run properties; w:val="0"/"false" switches it off). */
function isHiddenRun(r: XmlElement): boolean {
  const vanish = child(child(r, 'w:rPr'), 'w:vanish');
  if (!vanish) return false;
  const v = val(vanish);
  return v !== '0' && v !== 'false' && v !== 'off';
}

/** The text of a run-level subtree; w:tab is kept as a tab, breaks as newlines; hidden runs are tallied, not read. */
function inlineText(el: XmlElement, hidden: HiddenTextTally, block: number): string {
  let out = '';
  const walk = (node: XmlNode): void => {
    if (!isElement(node) || SKIPPED.has(node.name)) return;
    if (node.name === 'w:r' && isHiddenRun(node)) {
      hidden.add(inlineText(node, new HiddenTextTally(), block), block);
      return;
    }
    switch (node.name) {
      case 'w:t':
        out += node.children.map((c) => ('data' in c && typeof c.data === 'string' ? c.data : '')).join('');
        return;
      case 'w:tab':
      case 'w:ptab':
        out += '\t';
        return;
      case 'w:br':
      case 'w:cr':
        out += '\n';
        return;
      case 'w:noBreakHyphen':
        out += '-';
        return;
      default:
        node.children.forEach(walk);
    }
  };
  el.children.forEach(walk);
  return out;
}

function trimLine(line: string): string {
  return line.replace(/^[\s\u200b]+|[\s\u200b]+$/g, '');
}

/** Direct children with this name, looking through content controls and other wrappers. */
function wrapped(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (parent: XmlElement): void => {
    for (const c of children(parent)) {
      if (c.name === name) found.push(c);
      else if (TRANSPARENT.has(c.name)) walk(c);
    }
  };
  walk(el);
  return found;
}

function gridColumnCount(tbl: XmlElement): number {
  const grid = child(tbl, 'w:tblGrid');
  return grid ? children(grid).filter((c) => c.name === 'w:gridCol').length : 0;
}

function spanOf(tcPr: XmlElement | undefined): number {
  const n = intVal(child(tcPr, 'w:gridSpan')) ?? 1;
  return n >= 1 ? Math.min(n, MAX_GRID_SPAN) : 1;
}

/** A continuation of a merge started above (w:vMerge without val="restart") or to the left (w:hMerge). */
function continuesMerge(tcPr: XmlElement | undefined): boolean {
  const v = child(tcPr, 'w:vMerge');
  const h = child(tcPr, 'w:hMerge');
  return (v !== undefined && val(v) !== 'restart') || (h !== undefined && val(h) !== 'restart');
}

/** Walks the body in document order, so automatic numbers count as Word counts them. */
class DocxReader {
  readonly hidden = new HiddenTextTally();
  private readonly cells = new TableCellBudget('Word 文档');
  /** the index of the block being read, where a hidden run is met */
  private block = 0;

  constructor(private readonly numbering: DocxNumbering) {}

  paragraphText(p: XmlElement): string {
    return this.numbering.labelFor(child(p, 'w:pPr')) + inlineText(p, this.hidden, this.block);
  }

  /** All text of a cell on one line, nested tables included. */
  cellText(tc: XmlElement): string {
    const parts: string[] = [];
    const walk = (el: XmlElement): void => {
      for (const c of children(el)) {
        if (SKIPPED.has(c.name)) continue;
        if (c.name === 'w:p') parts.push(this.paragraphText(c));
        else walk(c);
      }
    };
    walk(tc);
    return collapseSpaces(parts.join(' '));
  }

  /** Every span and padding cell is spent from the file's MAX_TABLE_CELLS budget before it is made. */
  table(tbl: XmlElement): string[][] {
    const grid = wrapped(tbl, 'w:tr').map((tr) => {
      const before = Math.min(Math.max(intVal(child(child(tr, 'w:trPr'), 'w:gridBefore')) ?? 0, 0), MAX_GRID_SPAN);
      this.cells.spend(before);
      const line: string[] = Array.from({ length: before }, () => '');
      for (const tc of wrapped(tr, 'w:tc')) {
        const tcPr = child(tc, 'w:tcPr');
        const text = continuesMerge(tcPr) ? '' : this.cellText(tc);
        const span = spanOf(tcPr);
        this.cells.spend(span);
        line.push(text);
        for (let i = 1; i < span; i++) line.push('');
      }
      return line;
    });
    let width = gridColumnCount(tbl);
    for (const line of grid) width = Math.max(width, line.length);
    this.cells.spend(grid.length * width);
    return grid.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ''));
  }

  blocks(body: XmlElement): TextBlock[] {
    const blocks: TextBlock[] = [];
    const walk = (el: XmlElement): void => {
      for (const c of children(el)) {
        if (SKIPPED.has(c.name)) continue;
        if (c.name === 'w:p') {
          for (const line of this.paragraphText(c).split('\n').map(trimLine)) {
            if (line !== '') blocks.push({ type: 'line', text: line });
          }
          this.block = blocks.length;
        } else if (c.name === 'w:tbl') {
          const rows = this.table(c).filter((cells) => cells.some((x) => x !== ''));
          if (rows.length) blocks.push({ type: 'table', rows });
          this.block = blocks.length;
        } else {
          walk(c);
        }
      }
    };
    walk(body);
    return blocks;
  }
}

export interface DocxParts {
  /** word/numbering.xml, for automatic numbering */
  numberingXml?: string;
  /** word/styles.xml, for numbering that comes with a paragraph style */
  stylesXml?: string;
}

export interface DocxConversion {
  text: string;
  issues: ImportIssue[];
}

/** The report text of a Word document, with an issue for anything left out. */
export function convertDocxXmlToReportText(documentXml: string, parts: DocxParts = {}): DocxConversion {
  const root = parseXml(documentXml).find((c) => c.name === 'w:document');
  const body = child(root, 'w:body');
  if (!body) return { text: '', issues: [] };
  const reader = new DocxReader(createNumbering(parts));
  const blocks = reader.blocks(body);
  const kept = dropOpenErrorsList(joinSplitTitle(blocks, { documentStartsWithTitle: true }));
  // a Word file saved from a web page keeps the page's breadcrumb, publication data and footer
  const cut = cutToReport(kept.blocks, 'Word 文档');
  const hidden = (reportPart: readonly TextBlock[]) =>
    reader.hidden.issues('Word 文档', '设为“隐藏文字”', blocks, reportPart);
  // a file with neither title nor heading is not cut; the text parser says what it misses
  if (cut.whole) return { text: formatTextLines(kept.blocks), issues: [...hidden(blocks), ...kept.issues] };
  return { text: formatTextLines(cut.blocks), issues: [...hidden(cut.blocks), ...cut.issues, ...kept.issues] };
}

export function docxXmlToReportText(documentXml: string, parts: DocxParts = {}): string {
  return convertDocxXmlToReportText(documentXml, parts).text;
}
