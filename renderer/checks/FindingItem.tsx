/** One finding as a list item: a button that jumps to its field (and marks it on hover), and the acknowledgement. */
import { memo, useEffect, useRef } from 'react';
import { ruleDef } from '../../shared/format';
import { useEditor } from '../report/editor-context';
import { jumpTarget } from '../report/jump-target';
import { Acknowledge } from './Acknowledge';
import type { FindingView } from './findings-view';
import { highlightFinding } from './highlight';

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const;

export function severityBadge(f: FindingView): string {
  return f.acknowledged ? '已说明' : SEVERITY_LABEL[f.severity];
}

export function useJumpTo(): (f: FindingView) => void {
  const { jump, store } = useEditor();
  return (f) => jump(f.section, jumpTarget(f, store.get().report));
}

/** Two views of the same finding saying the same thing (a new run of the rules makes new objects). */
export function sameFinding(a: FindingView, b: FindingView): boolean {
  return (
    a === b ||
    (a.key === b.key &&
      a.id === b.id &&
      a.severity === b.severity &&
      a.section === b.section &&
      a.message === b.message &&
      a.acknowledged === b.acknowledged &&
      a.explanation === b.explanation &&
      a.cells.join() === b.cells.join())
  );
}

/**
 * Re-rendered only when its own finding changes: a keystroke that changes one finding's figures must not
 * re-render every other item of the list.
 */
export const FindingItem = memo(FindingRow, (a, b) => a.where === b.where && sameFinding(a.finding, b.finding));

function FindingRow({ finding: f, where }: { finding: FindingView; where: string }) {
  const { store } = useEditor();
  const jumpTo = useJumpTo();
  const clear = useRef<(() => void) | null>(null);
  const unmark = () => {
    clear.current?.();
    clear.current = null;
  };
  const mark = () => {
    unmark();
    clear.current = highlightFinding(f, store.get().report);
  };
  useEffect(() => unmark, []);
  return (
    <li
      className={`finding ${f.severity}${f.acknowledged ? ' acknowledged' : ''}`}
      data-finding={f.id}
      data-finding-key={f.key}
    >
      <button
        type="button"
        className="link"
        onClick={() => jumpTo(f)}
        onMouseEnter={mark}
        onMouseLeave={unmark}
        onFocus={mark}
        onBlur={unmark}
        title={`${f.id}：${ruleDef(f.id).title}`}
      >
        <span className="badge">{severityBadge(f)}</span> <span className="finding-message">{f.message}</span>
      </button>
      <Acknowledge finding={f} where={where} />
    </li>
  );
}
