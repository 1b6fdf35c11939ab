import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useFormContext } from 'react-hook-form';
import {
  expandRows,
  sectionDef,
  type CellId,
  type LayoutCell,
  type SectionKey,
  type TableId,
} from '../../shared/format';
import { compareDecimals, isCanonicalDecimal, type Cell, type Report } from '../../shared/report';
import { balanceDifferences } from '../../shared/rules';
import { useEditor } from '../report/editor-context';
import { useLive } from '../report/live-store';
import { cellPath } from '../report/paths';
import { SectionFindings } from '../report/SectionFindings';
import { DerivedCell, GridCell } from './GridCell';
import { gridMap } from './grid-map';
import { planPaste } from './paste';
import { useRowsInBatches } from './row-batches';

/** How long a successful paste's message stays: long enough to read a line, short enough not to linger. */
export const PASTE_NOTICE_MS = 8000;

/** The label cells that start in the table's first column: they stay in view when the table scrolls sideways. */
function firstColumnCells(rows: readonly LayoutCell[][], columnCount: number): ReadonlySet<LayoutCell> {
  const out = new Set<LayoutCell>();
  for (const line of expandRows(rows, columnCount)) {
    const first = line[0]!;
    if (first.origin && first.cell.type === 'text' && first.cell.colSpan < columnCount) out.add(first.cell);
  }
  return out;
}

function TextCell({ cell, sticky }: { cell: Extract<LayoutCell, { type: 'text' }>; sticky: boolean }) {
  const scope =
    cell.role === 'header' ? (cell.colSpan > 1 ? 'colgroup' : 'col') : cell.rowSpan > 1 ? 'rowgroup' : 'row';
  return (
    <th
      className={`cell ${cell.role}${sticky ? ' sticky-col' : ''}`}
      rowSpan={cell.rowSpan}
      colSpan={cell.colSpan}
      scope={scope}
    >
      {cell.text}
    </th>
  );
}

/** T3's corner rule, column by column: 一 + 二 = （七）总计 + 四, with the amount off. */
function BalanceRow() {
  const { store, edition } = useEditor();
  const byColumn = useLive(store, (s) =>
    [...balanceDifferences(s.findings)].map(([column, off]) => `${column}:${off}`).join('|'),
  );
  const off = new Map(byColumn ? byColumn.split('|').map((p) => p.split(':') as [string, string]) : []);
  return (
    <tr className="balance-row">
      <th colSpan={3} scope="row" className="cell label">
        勾稽关系核对（第一项＋第二项＝第三项＋第四项）
      </th>
      {edition.t3Columns.map((c) =>
        off.has(c.key) ? (
          <td key={c.key} className="cell balance-off" data-balance-column={c.key}>
            {off.get(c.key) ? `相差 ${off.get(c.key)}` : '不平衡'}
          </td>
        ) : (
          <td key={c.key} className="cell balance-ok">
            平衡
          </td>
        ),
      )}
    </tr>
  );
}

/**
 * Each input cell belongs to a form of its own (the `form` attribute; the forms are empty, outside the
 * editor's form, at the end of the document), not to the editor's form around the pane. A browser with
 * form autofill (Chromium in browser mode) extracts the whole form of a field on every change of its
 * text, and sends it to its autofill service: for the pane's form that is every cell of the table
 * (~175 fields) on each keystroke, a task of 3–6 ms at 1× queued between the keystroke's frame and the
 * next task; for a form of one field, under 1 ms (Chromium traces, docs/PERFORMANCE.md). Whether
 * Electron's renderer runs the same extraction was not checked (no Electron binary where this was
 * measured); the forms cost nothing either way. Nothing else reads a cell's form: input events still
 * bubble through the DOM to the editor's form, whatever form an input belongs to.
 */
export function cellFormId(id: CellId): string {
  return `cell-form-${id}`;
}

function CellForms({ ids }: { ids: readonly CellId[] }) {
  return createPortal(
    <div hidden>
      {ids.map((id) => (
        // never submitted: Enter moves between cells (GridCell); a submit that slipped through goes nowhere
        <form key={id} id={cellFormId(id)} noValidate onSubmit={(e) => e.preventDefault()} />
      ))}
    </div>,
    document.body,
  );
}

export function TableGrid({ table, section }: { table: TableId; section: SectionKey }) {
  // the report's edition lays the table out (a 2019 试行 report has its own 表二 columns, one （六） row)
  const { applyChanges, undo, store, readOnly, edition } = useEditor();
  const layout = edition.layouts[table];
  const map = gridMap(table, edition);
  const sticky = useMemo(
    () => firstColumnCells([...layout.headerRows, ...layout.bodyRows], layout.columnCount),
    [layout],
  );
  const { getValues } = useFormContext<Report>();
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const bodyRows = useRowsInBatches(layout.bodyRows.length);
  // a paste that went well is said, then gets out of the way; one that needs checking stays until closed
  useEffect(() => {
    if (notice?.tone !== 'ok') return undefined;
    const timer = setTimeout(() => setNotice(null), PASTE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const onPaste = useCallback(
    (focus: CellId, text: string): CellId | null => {
      if (readOnly) return null;
      const result = planPaste(map, focus, text);
      if (!result.ok) {
        setNotice({ tone: 'error', text: `未粘贴：${result.message}` });
        return null;
      }
      const changes = result.plan.values.map((v) => {
        const path = cellPath(v.cell);
        return { path, before: getValues(path) as Cell, after: v.value };
      });
      undo.push(changes);
      applyChanges(changes);
      store.set(getValues());
      const derived = store.get().derived;
      const mismatched = result.plan.totals.filter((t) => {
        const computed = derived.get(t.cell);
        return (
          !computed ||
          !isCanonicalDecimal(t.pasted.replace(/\s/g, '')) ||
          compareDecimals(computed, t.pasted.replace(/\s/g, '')) !== 0
        );
      });
      const invalid = result.plan.values.filter((v) => v.invalid);
      const parts = [`已粘贴 ${result.plan.values.length} 个单元格（可按 Ctrl+Z 撤销）`];
      if (result.plan.totals.length > 0) {
        parts.push(
          mismatched.length === 0
            ? `粘贴内容中的 ${result.plan.totals.length} 个合计与自动计算一致`
            : `粘贴内容中有 ${mismatched.length} 个合计与自动计算不一致，表中按自动计算显示，请核对`,
        );
      }
      if (invalid.length > 0) parts.push(`${invalid.length} 个单元格不是有效数字，已标出`);
      setNotice({ tone: invalid.length > 0 || mismatched.length > 0 ? 'error' : 'ok', text: parts.join('；') });
      return result.plan.values[result.plan.values.length - 1]?.cell ?? null;
    },
    [map, getValues, undo, applyChanges, store, readOnly],
  );

  const inputCells = useMemo(
    () =>
      [...layout.headerRows, ...layout.bodyRows].flatMap((row) =>
        row.flatMap((cell) => (cell.type !== 'text' && !cell.derived ? [cell.cell] : [])),
      ),
    [layout],
  );

  const renderRow = (row: LayoutCell[], key: number) => (
    <tr key={key}>
      {row.map((cell, i) =>
        cell.type === 'text' ? (
          <TextCell key={i} cell={cell} sticky={sticky.has(cell)} />
        ) : cell.derived ? (
          <DerivedCell key={cell.cell} id={cell.cell} colSpan={cell.colSpan} />
        ) : (
          <GridCell
            key={cell.cell}
            id={cell.cell}
            map={map}
            onPaste={onPaste}
            colSpan={cell.colSpan}
            formId={cellFormId(cell.cell)}
          />
        ),
      )}
    </tr>
  );

  return (
    <div className="table-block">
      {readOnly ? (
        <p className="table-help">只读查看：方向键、Enter、Tab 在单元格间移动，可以复制，不能修改。</p>
      ) : (
        <p className="table-help">
          方向键、Enter、Tab 在单元格间移动；可从 Excel、WPS
          或已发布的网页复制整块表格，选中左上角第一个数字单元格后粘贴；合计自动计算（灰色）。
        </p>
      )}
      <CellForms ids={inputCells} />
      <div className="table-scroll">
        <table className={`official-table table-${table}`} aria-label={sectionDef(section).heading}>
          {layout.headerRows.length > 0 ? <thead>{layout.headerRows.map(renderRow)}</thead> : null}
          {/* rows with a rowspan reaching past the last rendered row grow as the rest arrive */}
          <tbody>{layout.bodyRows.slice(0, bodyRows).map(renderRow)}</tbody>
          {table === 'T3' && bodyRows === layout.bodyRows.length ? (
            <tfoot>
              <BalanceRow />
            </tfoot>
          ) : null}
        </table>
      </div>
      {notice ? (
        <div className="paste-notice-row">
          <p
            className={`notice ${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : 'status'}
            data-testid="paste-notice"
          >
            {notice.text}
          </p>
          {notice.tone === 'error' ? (
            <button type="button" className="small notice-close" onClick={() => setNotice(null)}>
              知道了
            </button>
          ) : null}
        </div>
      ) : null}
      <SectionFindings section={section} />
    </div>
  );
}
