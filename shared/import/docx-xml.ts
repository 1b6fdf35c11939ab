/**
 * word/document.xml (WordprocessingML) → the report-text shape parseReportText reads: one line per
 * paragraph, one tab-separated line per table row with merged cells flattened (horizontal w:gridSpan
 * and vertical w:vMerge: text in the cell where the merge starts, covered positions empty).
 * Tracked changes read as accepted: deletions are dropped, insertions kept.
 */
import { parseDocument } from 'htmlparser2';
import type { ImportIssue } from '../api';
import { collapseSpaces, dropOpenErrorsList, formatTextLines, joinSplitTitle, type TextBlock } from './markup-blocks';

type XmlNode = ReturnType<typeof parseDocument>['children'][number];
type XmlElement = Extract<XmlNode, { attribs: Record<string, string> }>;

/** Elements whose text is not part of the document as it reads. */
const SKIPPED = new Set([
  'w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr',
  'w:tcPr', 'w:sectPr', 'w:tblGrid', 'w:fldData', 'w:commentReference', 'w:footnoteReference', 'w:endnoteReference',
  'mc:Fallback', 'w:drawing', 'w:pict', 'w:object',
]);

/** Containers that only wrap content (content controls, smart tags, revisions kept). */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo', 'mc:AlternateContent', 'mc:Choice']);

const MAX_GRID_SPAN = 100;

function isElement(node: XmlNode): node is XmlElement {
  return 'attribs' in node;
}

function children(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

function child(el: XmlElement, name: string): XmlElement | undefined {
  return children(el).find((c) => c.name === name);
}

function val(el: XmlElement | undefined): string | undefined {
  return el?.attribs['w:val'];
}

/** The text of a run-level subtree; w:tab is kept as a tab, breaks as newlines. */
function inlineText(el: XmlElement): string {
  let out = '';
  const walk = (node: XmlNode): void => {
    if (!isElement(node)) return;
    if (SKIPPED.has(node.name)) return;
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

/** The rows of a table, looking through content controls wrapped around rows. */
function rowsOf(tbl: XmlElement): XmlElement[] {
  const rows: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of children(el)) {
      if (c.name === 'w:tr') rows.push(c);
      else if (TRANSPARENT.has(c.name)) walk(c);
    }
  };
  walk(tbl);
  return rows;
}

function cellsOf(tr: XmlElement): XmlElement[] {
  const cells: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of children(el)) {
      if (c.name === 'w:tc') cells.push(c);
      else if (TRANSPARENT.has(c.name)) walk(c);
    }
  };
  walk(tr);
  return cells;
}

/** All text of a cell on one line, nested tables included. */
function cellText(tc: XmlElement): string {
  const parts: string[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of children(el)) {
      if (SKIPPED.has(c.name)) continue;
      if (c.name === 'w:p') parts.push(inlineText(c));
      else walk(c);
    }
  };
  walk(tc);
  return collapseSpaces(parts.join(' '));
}

function gridColumnCount(tbl: XmlElement): number {
  const grid = child(tbl, 'w:tblGrid');
  return grid ? children(grid).filter((c) => c.name === 'w:gridCol').length : 0;
}

function spanOf(tcPr: XmlElement | undefined): number {
  const n = Number.parseInt(val(tcPr && child(tcPr, 'w:gridSpan')) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_GRID_SPAN) : 1;
}

/** A continuation of a merge started above (w:vMerge without val="restart") or to the left (w:hMerge). */
function continuesMerge(tcPr: XmlElement | undefined): boolean {
  if (!tcPr) return false;
  const v = child(tcPr, 'w:vMerge');
  const h = child(tcPr, 'w:hMerge');
  return (v !== undefined && val(v) !== 'restart') || (h !== undefined && val(h) !== 'restart');
}

export function expandDocxTable(tbl: XmlElement): string[][] {
  const grid = rowsOf(tbl).map((tr) => {
    const trPr = child(tr, 'w:trPr');
    const before = Number.parseInt(val(trPr && child(trPr, 'w:gridBefore')) ?? '0', 10) || 0;
    const line: string[] = Array.from({ length: Math.min(before, MAX_GRID_SPAN) }, () => '');
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const text = continuesMerge(tcPr) ? '' : cellText(tc);
      line.push(text, ...Array.from({ length: spanOf(tcPr) - 1 }, () => ''));
    }
    return line;
  });
  const width = Math.max(gridColumnCount(tbl), 0, ...grid.map((l) => l.length));
  return grid.map((l) => Array.from({ length: width }, (_, i) => l[i] ?? ''));
}

function toBlocks(body: XmlElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (el: XmlElement): void => {
    for (const c of children(el)) {
      if (SKIPPED.has(c.name)) continue;
      if (c.name === 'w:p') {
        for (const line of inlineText(c).split('\n').map(trimLine)) {
          if (line !== '') blocks.push({ type: 'line', text: line });
        }
      } else if (c.name === 'w:tbl') {
        const rows = expandDocxTable(c).filter((cells) => cells.some((x) => x !== ''));
        if (rows.length) blocks.push({ type: 'table', rows });
      } else {
        walk(c);
      }
    }
  };
  walk(body);
  return blocks;
}

export interface DocxConversion {
  text: string;
  issues: ImportIssue[];
}

/** The report text of a Word document, with an issue for anything left out. */
export function convertDocxXmlToReportText(documentXml: string): DocxConversion {
  const doc = parseDocument(documentXml, { xmlMode: true });
  const root = doc.children.filter(isElement).find((c) => c.name === 'w:document');
  const body = root && child(root, 'w:body');
  if (!body) return { text: '', issues: [] };
  const kept = dropOpenErrorsList(joinSplitTitle(toBlocks(body), { documentStartsWithTitle: true }));
  return { text: formatTextLines(kept.blocks), issues: kept.issues };
}

export function docxXmlToReportText(documentXml: string): string {
  return convertDocxXmlToReportText(documentXml).text;
}
