/**
 * A block copied from Excel, WPS or a published web page, placed on an official table from the
 * focused cell. Rows are lines (\n or \r\n), cells are tab-separated. Heading lines (only labels) are
 * dropped, and so are leading label columns, so that the T3 block copied with its row labels and its
 * 总计 column lands each number in its own cell. Numbers that fall on a derived total are not
 * entered (the total is computed) but are compared with the computed value by the caller.
 */
import { tableCell, type CellId } from '../../shared/format';
import { normalizeNumber, type Cell } from '../../shared/report';
import type { GridMap } from './grid-map';

export interface PastePlan {
  /** editable cells and their new values, in paste order */
  values: Array<{ cell: CellId; value: Cell; invalid: string | null }>;
  /** derived cells the block gave a number for, with that number */
  totals: Array<{ cell: CellId; pasted: string }>;
}

export type PasteResult = { ok: true; plan: PastePlan } | { ok: false; message: string };

const HAN = /[\u3400-\u9fff]/;

/** What one cell may hold (cellSchema in shared/report); longer text cannot be a number anyway. */
export const CELL_MAX_LENGTH = 64;

function isLabel(text: string): boolean {
  return HAN.test(text);
}
const isBlank = (text: string) => text.trim() === '';

export function splitClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** Is this clipboard text a block (several cells) rather than one value? */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

export function planPaste(map: GridMap, focus: CellId, text: string): PasteResult {
  const start = map.position.get(focus);
  if (!start) return { ok: false, message: '请先选中表格中的一个单元格再粘贴' };

  // heading lines carry labels and no numbers; blank lines carry nothing
  const rows = splitClipboard(text).filter((cells) => cells.some((c) => !isBlank(c) && !isLabel(c)));
  if (rows.length === 0) return { ok: false, message: '粘贴的内容中没有数字' };

  const width = Math.max(...rows.map((r) => r.length));
  let labelColumns = 0;
  while (
    labelColumns < width &&
    rows.every((r) => isBlank(r[labelColumns] ?? '') || isLabel(r[labelColumns] ?? '')) &&
    rows.some((r) => isLabel(r[labelColumns] ?? ''))
  ) {
    labelColumns++;
  }
  if (labelColumns > 0) {
    // a label merged over several columns is copied as the label followed by empty cells
    const available = map.columnCount - start.column;
    while (width - labelColumns > available && rows.every((r) => isBlank(r[labelColumns] ?? ''))) labelColumns++;
  }
  const labelInData = rows.find((r) => r.slice(labelColumns).some(isLabel));
  if (labelInData) {
    return {
      ok: false,
      message: `粘贴的内容中，文字“${labelInData.slice(labelColumns).find(isLabel)!.trim()}”出现在数字之间，无法对应到表格，请只复制表格的行`,
    };
  }

  const valueRows: number[] = [];
  for (let r = start.row; r < map.slots.length; r++) {
    if (map.slots[r]!.some((s) => s?.origin)) valueRows.push(r);
  }
  if (rows.length > valueRows.length) {
    return {
      ok: false,
      message: `粘贴的内容有 ${rows.length} 行数字，从当前单元格往下只有 ${valueRows.length} 行，请从更靠上的单元格开始粘贴，或少复制几行`,
    };
  }

  const plan: PastePlan = { values: [], totals: [] };
  for (let i = 0; i < rows.length; i++) {
    const gridRow = map.slots[valueRows[i]!]!;
    const cells = rows[i]!.slice(labelColumns);
    const seen = new Set<CellId>();
    for (let k = 0; k < cells.length; k++) {
      const raw = cells[k]!.trim();
      const column = start.column + k;
      const slot = column < map.columnCount ? gridRow[column] : undefined;
      if (!slot) {
        if (raw === '') continue;
        return {
          ok: false,
          message:
            column >= map.columnCount
              ? `粘贴的第 ${i + 1} 行有 ${cells.length} 个数，超出了表格的右边界，请从更靠左的单元格开始粘贴`
              : `粘贴的第 ${i + 1} 行的第 ${k + 1} 个数落在表格的标题上，无法对应，请检查复制的范围`,
        };
      }
      if (seen.has(slot.cell)) {
        // the rest of a merged cell: only its first column carries the value
        if (raw !== '')
          return {
            ok: false,
            message: `粘贴的第 ${i + 1} 行的第 ${k + 1} 个数落在合并单元格的中间，无法对应，请检查复制的范围`,
          };
        continue;
      }
      seen.add(slot.cell);
      if (slot.derived) {
        if (raw !== '') plan.totals.push({ cell: slot.cell, pasted: raw });
        continue;
      }
      if (raw.length > CELL_MAX_LENGTH)
        return { ok: false, message: `粘贴的第 ${i + 1} 行的第 ${k + 1} 个单元格内容过长，不是数字，请检查复制的范围` };
      const kind = tableCell(slot.cell)!.kind;
      const n = normalizeNumber(raw, kind);
      plan.values.push(
        n.ok ? { cell: slot.cell, value: n.value, invalid: null } : { cell: slot.cell, value: raw, invalid: n.message },
      );
    }
  }
  return { ok: true, plan };
}
