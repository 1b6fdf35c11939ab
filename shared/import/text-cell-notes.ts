/**
 * What happened to individual cells, gathered into one import note per kind rather than one per cell:
 * zeros printed as a mark (“—”, “/”, “无” …) and cells printed blank. The three table parsers run one
 * after another on the same issue list, so the notes belong to that list: the first cell recorded adds
 * the note, later cells extend its message, and the clerk reads one list for the whole report.
 */
import type { ImportIssue } from './outcome';
import { parseCellId, type CellId } from '../format';
import { cellDef } from './edition-cells';

import { MAX_NOTE_CHARS } from './limits';
export { MAX_NOTE_CHARS };

const TABLE_PART: Record<string, string> = { T2: '第二部分', T3: '第三部分', T4: '第四部分' };

interface CellList {
  note: ImportIssue;
  cells: CellId[];
  marks: Set<string>;
}

interface Ledger {
  zeros?: CellList;
  blanks?: CellList;
}

const LEDGERS = new WeakMap<ImportIssue[], Ledger>();

/** “第三部分“一、本年新收…”行“自然人、商业企业”列；…”, cut at maxChars with the count of the rest. */
export function listCells(cells: readonly CellId[], maxChars = MAX_NOTE_CHARS): string {
  let out = '';
  let listed = 0;
  let i = 0;
  while (i < cells.length) {
    // the cells of one row, as they come
    const title = rowTitleOf(cells[i]!);
    const columns: string[] = [];
    while (i < cells.length && rowTitleOf(cells[i]!) === title) {
      columns.push(cellDef(cells[i]!)?.columnTitle ?? cells[i]!);
      i++;
    }
    const part = `${out === '' ? '' : '；'}${title}“${columns.join('、')}”列`;
    if (out.length + part.length > maxChars) {
      return `${out}……等，共${cells.length}个单元格（另有${cells.length - listed}个未列出）`;
    }
    out += part;
    listed += columns.length;
  }
  return out;
}

function rowTitleOf(id: CellId): string {
  const table = parseCellId(id)?.table ?? '';
  return `${TABLE_PART[table] ?? ''}“${cellDef(id)?.rowTitle ?? id}”行`;
}

function zerosMessage(list: CellList): string {
  const marks = [...list.marks].map((m) => `“${m}”`).join('');
  return `表格中有${list.cells.length}个单元格印作${marks}等表示0的符号，已按0导入：${listCells(list.cells)}。如其中有并非0的，请在表格中改正。`;
}

function blanksMessage(list: CellList): string {
  return `表格中有${list.cells.length}个单元格为空白，已留空（空白不等于0，核对时会提示未填写）：${listCells(list.cells)}。实际为0的请填写0。`;
}

function record(
  issues: ImportIssue[],
  kind: 'zeros' | 'blanks',
  id: CellId,
  mark: string,
  message: (l: CellList) => string,
): void {
  let ledger = LEDGERS.get(issues);
  if (!ledger) LEDGERS.set(issues, (ledger = {}));
  let list = ledger[kind];
  if (!list) {
    list = { note: { severity: kind === 'zeros' ? 'info' : 'warning', message: '' }, cells: [], marks: new Set() };
    ledger[kind] = list;
    issues.push(list.note);
  }
  if (list.cells.includes(id)) return;
  list.cells.push(id);
  if (mark !== '') list.marks.add(mark);
  list.note.message = message(list);
}

export function noteZeroMark(issues: ImportIssue[], id: CellId, mark: string): void {
  record(issues, 'zeros', id, mark, zerosMessage);
}

export function noteBlank(issues: ImportIssue[], id: CellId): void {
  record(issues, 'blanks', id, '', blanksMessage);
}
