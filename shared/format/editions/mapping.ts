/**
 * What one edition's numbers mean in another: a cell maps exactly when the other edition has a cell of the
 * same id, with the same official row and column titles and the same kind of number. Only such cells are
 * carried into next year's report or compared across years (X-CARRY, X-IN-FORCE, X-STALE, suggestions);
 * everything else is said, never guessed (SPEC.md: "An import keeps what maps cleanly … never guesses").
 */
import type { CellId } from '../cells';
import { t3GroupOf, type TableCellDef } from '../tables';
import type { FormatEdition } from './edition';

const EXACT = new Map<FormatEdition, Map<FormatEdition, ReadonlySet<CellId>>>();

function sameMeaning(a: TableCellDef, b: TableCellDef): boolean {
  return a.rowTitle === b.rowTitle && a.columnTitle === b.columnTitle && a.kind === b.kind;
}

/** The cells of `from` that mean exactly the same in `to` (all of them when the editions are one). */
export function exactlyMappedCells(from: FormatEdition, to: FormatEdition): ReadonlySet<CellId> {
  let byTarget = EXACT.get(from);
  if (!byTarget) EXACT.set(from, (byTarget = new Map()));
  let cells = byTarget.get(to);
  if (!cells) {
    const target = new Map(to.cells.map((c) => [c.id, c]));
    cells = new Set(
      from.cells
        .filter((c) => {
          const there = target.get(c.id);
          return there !== undefined && sameMeaning(c, there);
        })
        .map((c) => c.id),
    );
    byTarget.set(to, cells);
  }
  return cells;
}

/**
 * What of a report of `from` does not map into `to`, in the clerk's words: why, and what to do. Empty
 * when every cell maps (the same edition). Shown when next year's report is started from an older
 * edition's report, and by the editor beside such a report.
 */
export function unmappedNotes(from: FormatEdition, to: FormatEdition): string[] {
  const exact = exactlyMappedCells(from, to);
  if (from === to || exact.size === from.cells.length) return [];
  const notes: string[] = [];
  const unmapped = (prefix: string) => from.cells.filter((c) => c.id.startsWith(prefix) && !exact.has(c.id));

  const t2 = unmapped('T2.');
  if (t2.length > 0) {
    const columns = [...new Set(t2.map((c) => c.columnTitle))];
    const current = [...new Set(to.cells.filter((c) => c.id.startsWith('T2.')).map((c) => c.columnTitle))];
    notes.push(
      `上一年度报告为${from.name}，表二栏目（${columns.map((c) => `“${c}”`).join('、')}）与现行格式` +
        `（${current.map((c) => `“${c}”`).join('、')}）不同，未带入，跨年度核对也不比较表二；请按现行格式填写表二。`,
    );
  }

  const t3Rows = from.t3Rows.filter((row) => unmapped(`T3.${row.key}.`).length > 0);
  for (const row of t3Rows) {
    const split = t3GroupOf(row.key, from.t3ResultEntries) === undefined ? findGroup(to, row.label) : undefined;
    notes.push(
      split
        ? `上一年度报告表三“${row.label}”为一行，现行格式分为${split.length}行（${split.map((r) => `“${r}”`).join('、')}），` +
            '不能对应，未带入，跨年度核对也不比较这一项；请按现行格式分项填写。'
        : `上一年度报告表三“${row.label}”在现行格式中没有对应的行，未带入，跨年度核对也不比较这一项。`,
    );
  }

  const t4 = unmapped('T4.');
  if (t4.length > 0)
    notes.push(`上一年度报告表四的${t4.length}个单元格在现行格式中没有对应，未带入，跨年度核对也不比较。`);
  return notes;
}

/** What differs between two editions, briefly (表二栏目、表三“（六）其他处理”), for saying why one cannot be edited as the other. */
export function editionDifferences(from: FormatEdition, to: FormatEdition): string[] {
  const exact = exactlyMappedCells(from, to);
  const unmapped = (prefix: string) => from.cells.some((c) => c.id.startsWith(prefix) && !exact.has(c.id));
  const out: string[] = [];
  if (unmapped('T2.')) out.push('表二栏目');
  const rows = from.t3Rows.filter((r) => from.t3Columns.some((c) => !exact.has(`T3.${r.key}.${c.key}`)));
  if (rows.length > 0) out.push(`表三${rows.map((r) => `“${r.label}”`).join('、')}`);
  if (unmapped('T4.')) out.push('表四');
  return out;
}

/**
 * Why a report of an import-only edition is read, never edited, and the way forward (Chinese): said by the
 * store when a save is refused and by the editor's banner.
 */
export function importOnlyReason(edition: FormatEdition, current: FormatEdition): string {
  const differences = editionDifferences(edition, current).join('和');
  return (
    `${current.id}年起国家格式已改为${current.notice}，两种格式的${differences}不同，` +
    '按旧格式修改的内容无法与现行格式对应。'
  );
}

/** The row labels of `edition`'s T3 group with this label (（六）其他处理 split in 2021), if it has one. */
function findGroup(edition: FormatEdition, label: string): string[] | undefined {
  for (const entry of edition.t3ResultEntries)
    if ('group' in entry && entry.group.label === label) return entry.group.rows.map((r) => r.label);
  return undefined;
}
