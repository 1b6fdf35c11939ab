import { memo, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useFormContext } from 'react-hook-form';
import { describeEditionCell, editionCell, type CellId, type FormatEdition } from '../../shared/format';
import type { Cell, Report } from '../../shared/report';
import { cellMessage, toCellValue } from '../report/cell-value';
import { useEditor } from '../report/editor-context';
import { Acknowledge } from '../checks/Acknowledge';
import { cellPath, cellSelector } from '../report/paths';
import { useCellView } from './cell-feed';
import { moveFrom, type GridMap, type Move } from './grid-map';
import { CELL_MAX_LENGTH, isBlock } from './paste';

export function focusCell(id: CellId): boolean {
  const el = document.querySelector<HTMLInputElement | HTMLOutputElement>(cellSelector(id));
  if (!el) return false;
  el.focus();
  if (el instanceof HTMLInputElement) el.select();
  return true;
}

function caretAt(input: HTMLInputElement, edge: 'start' | 'end'): boolean {
  const { selectionStart: s, selectionEnd: e, value } = input;
  if (s === 0 && e === value.length) return true; // the whole value selected: the cell, not its text
  return edge === 'start' ? s === 0 && e === 0 : s === value.length && e === value.length;
}

const checksDomain = (edition: FormatEdition) => edition.rules.includes('CELL-DOMAIN');

/** A cell in the left half of its table opens its callout rightwards (a leftward one would be cut off). */
function opensRight(map: GridMap, id: CellId): boolean {
  const at = map.position.get(id);
  return at !== undefined && at.column < map.columnCount / 2;
}

/** One editable number of an official table: an uncontrolled input, re-rendered only when its own value or findings change. */
export const GridCell = memo(function GridCell({
  id,
  map,
  onPaste,
  colSpan,
  formId,
}: {
  id: CellId;
  map: GridMap;
  /** places a pasted block; returns the last cell it filled */
  onPaste: (id: CellId, text: string) => CellId | null;
  colSpan: number;
  /** the cell's own form (TableGrid cellFormId: why a cell has one) */
  formId: string;
}) {
  const { register, getValues } = useFormContext<Report>();
  const { store, undo, applyChanges, readOnly, edition } = useEditor();
  const kind = editionCell(edition, id)!.kind;
  const path = cellPath(id);
  // read from the live store, not watched in the form: a form watch makes the form copy all its
  // values on every keystroke in this cell
  const { value, findings, suggestion } = useCellView(store, id, false);
  const suggested = suggestion?.value ?? null;
  const suggestedBecause = suggestion?.reason ?? null;
  const valueAtFocus = useRef<Cell>(null);
  const justFocused = useRef(false);
  const field = register(path, { setValueAs: (v) => toCellValue(v, kind) });

  // an edition without CELL-DOMAIN (2019 试行: “本年增/减” printed as −4) keeps its values as printed, unflagged
  const local = checksDomain(edition) ? cellMessage(value, kind) : null;
  const ruleError = findings.some((f) => f.severity === 'error');
  const hasError = local !== null || ruleError;
  const hasWarning = !hasError && findings.some((f) => f.severity === 'warning' && !f.acknowledged);
  const warnings = findings.filter((f) => f.severity === 'warning');

  const commit = () => {
    const now = getValues(path) as Cell;
    undo.push([{ path, before: valueAtFocus.current, after: now }]);
    valueAtFocus.current = now;
  };

  /** Takes the suggested value, as one undo step; the clerk asked for it, nothing is filled otherwise. */
  const accept = () => {
    if (suggested === null || readOnly) return;
    const before = getValues(path) as Cell;
    const change = { path, before, after: suggested };
    undo.push([change]);
    applyChanges([change]);
    valueAtFocus.current = suggested;
    const input = document.querySelector<HTMLInputElement>(cellSelector(id));
    if (input) {
      input.value = suggested;
      input.select();
    }
  };

  const go = (move: Move): boolean => {
    const target = moveFrom(map, id, move);
    if (!target) return false;
    commit();
    return focusCell(target);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    justFocused.current = false;
    // a Chinese input method is composing: Enter and the arrows belong to it, not to the grid
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const mod = e.ctrlKey || e.metaKey;
    // viewing: undo and redo would change the report; moving between cells stays
    if (readOnly && mod && !e.altKey && /^[zy]$/i.test(e.key)) {
      e.preventDefault();
      return;
    }
    if (mod && !e.altKey && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault();
      commit();
      const step = e.shiftKey ? undo.redo() : undo.undo();
      if (step) applyChanges(step);
      valueAtFocus.current = getValues(path) as Cell;
      input.select();
      return;
    }
    if (mod && !e.altKey && (e.key === 'y' || e.key === 'Y')) {
      e.preventDefault();
      commit();
      const step = undo.redo();
      if (step) applyChanges(step);
      valueAtFocus.current = getValues(path) as Cell;
      input.select();
      return;
    }
    // one key takes the suggested value: = (a number cell never holds it), or Ctrl+Enter
    if (
      suggested !== null &&
      ((!mod && !e.altKey && (e.key === '=' || e.key === '＝')) || (mod && e.key === 'Enter'))
    ) {
      e.preventDefault();
      accept();
      return;
    }
    if (mod || e.altKey) return;
    let move: Move | null = null;
    if (e.key === 'ArrowUp') move = 'up';
    else if (e.key === 'ArrowDown') move = 'down';
    else if (e.key === 'ArrowLeft' && caretAt(input, 'start')) move = 'left';
    else if (e.key === 'ArrowRight' && caretAt(input, 'end')) move = 'right';
    else if (e.key === 'Enter') move = e.shiftKey ? 'up' : 'down';
    else if (e.key === 'Tab') move = e.shiftKey ? 'previous' : 'next';
    if (move && go(move)) e.preventDefault();
    else if (e.key === 'Enter') e.preventDefault();
  };

  const describedBy = `msg-${id}`;
  // the typed-value message shows at once; once the rules have run, CELL-DOMAIN says the same in full
  const ruleLines = findings.map((f) => (f.acknowledged ? `已说明：${f.message}` : f.message));
  const message = (ruleError ? ruleLines : [local, ...ruleLines]).filter(Boolean).join('\n');
  const offer = suggested !== null && !readOnly;
  return (
    <td
      colSpan={colSpan}
      className={`cell value${hasError ? ' has-error' : hasWarning ? ' has-warning' : ''}${offer ? ' has-suggestion' : ''}${opensRight(map, id) ? ' msg-left' : ''}`}
    >
      <input
        {...field}
        data-cell={id}
        form={formId}
        readOnly={readOnly}
        className="cell-input"
        inputMode="decimal"
        maxLength={CELL_MAX_LENGTH}
        autoComplete="off"
        spellCheck={false}
        aria-label={describeEditionCell(edition, id)}
        aria-invalid={hasError || undefined}
        aria-describedby={[message ? describedBy : '', offer ? `suggest-${id}` : ''].join(' ').trim() || undefined}
        title={message || undefined}
        onFocus={(e) => {
          valueAtFocus.current = getValues(path) as Cell;
          e.currentTarget.select();
          justFocused.current = true;
        }}
        onMouseUp={(e) => {
          // a click selects the whole cell, as in a spreadsheet: the mouseup would otherwise drop the selection
          if (justFocused.current) e.preventDefault();
          justFocused.current = false;
        }}
        onBlur={(e) => {
          void field.onBlur(e);
          commit();
          // show the canonical form of what was typed (１２９ → 129) once the clerk leaves the cell
          const v = getValues(path) as Cell;
          if (cellMessage(v, kind) === null && e.currentTarget.value !== (v ?? '')) e.currentTarget.value = v ?? '';
        }}
        onKeyDown={onKeyDown}
        onPaste={(e: ClipboardEvent<HTMLInputElement>) => {
          if (readOnly) {
            e.preventDefault();
            return;
          }
          const text = e.clipboardData.getData('text/plain');
          if (!isBlock(text)) return;
          e.preventDefault();
          commit();
          const last = onPaste(id, text);
          // the paste is its own undo step: leaving this cell must not record it a second time
          valueAtFocus.current = getValues(path) as Cell;
          if (last) focusCell(last);
        }}
      />
      {message || offer ? (
        <div className="cell-msg">
          {message ? (
            <span id={describedBy} role="status">
              {message}
            </span>
          ) : null}
          {offer ? (
            <div className="suggestion" data-testid={`suggestion-${id}`}>
              <span id={`suggest-${id}`}>
                建议填写 <strong>{suggested}</strong>（{suggestedBecause}）。按 = 键或 Ctrl+Enter 采用
              </span>
              <button
                type="button"
                className="small"
                // the input keeps its focus: a click must not move the clerk out of the grid
                onMouseDown={(e) => e.preventDefault()}
                onClick={accept}
              >
                采用 {suggested}
              </button>
            </div>
          ) : null}
          {/* a warning is acknowledged here, beside the number it is about */}
          {warnings.map((f) => (
            <Acknowledge key={f.key} finding={f} where="cell" />
          ))}
        </div>
      ) : null}
    </td>
  );
});

/** A total is given room for at least this many characters (a column need not change width as it grows to 4 digits). */
const TOTAL_MIN_CHARS = 4;

/** A derived total: computed live, read-only, reachable by a finding's jump but skipped by Tab. */
export const DerivedCell = memo(function DerivedCell({ id, colSpan }: { id: CellId; colSpan: number }) {
  const { store, edition } = useEditor();
  const { value, findings } = useCellView(store, id, true);
  const tone = findings.some((f) => f.severity === 'error')
    ? ' has-error'
    : findings.some((f) => f.severity === 'warning' && !f.acknowledged)
      ? ' has-warning'
      : '';
  const message = findings.map((f) => f.message).join('\n');
  return (
    <td colSpan={colSpan} className={`cell derived${tone}`}>
      <output
        data-cell={id}
        tabIndex={-1}
        aria-label={`${describeEditionCell(edition, id)}（自动合计）`}
        title={message || '自动合计，无需填写'}
        // the box does not size itself to its text (layout containment, styles.css): its width does
        style={{ minWidth: `${Math.max(TOTAL_MIN_CHARS, (value ?? '').length)}ch` }}
      >
        {value ?? ''}
      </output>
      {message ? (
        <span className="cell-msg" role="status">
          {message}
        </span>
      ) : null}
    </td>
  );
});
