/**
 * Acknowledging a warning with a written explanation (stored in the report). The same control sits on
 * the checks page, in the list under a table or text, and beside the cell or text field the warning
 * concerns; while it is open, the field it concerns is highlighted.
 */
import { useEffect, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Acknowledgement, Report } from '../../shared/report';
import { useEditor } from '../report/editor-context';
import type { FindingView } from './findings-view';
import { highlightFinding } from './highlight';

/** An explanation longer than this is cut: it is a note beside a number, not a document. */
export const EXPLANATION_MAX_LENGTH = 2000;

export function Acknowledge({ finding, where }: { finding: FindingView; where: string }) {
  const { getValues } = useFormContext<Report>();
  const { store, readOnly, setField } = useEditor();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(finding.explanation ?? '');
  const [error, setError] = useState<string | null>(null);
  const write = (next: Acknowledgement[]) => setField('acknowledgements', next);
  const others = () => getValues('acknowledgements').filter((a) => a.key !== finding.key);

  useEffect(() => {
    if (!editing) return undefined;
    return highlightFinding(finding, store.get().report);
  }, [editing, finding, store]);

  if (finding.severity !== 'warning') return null;
  if (readOnly) {
    return finding.acknowledged ? (
      <p className="ack-text" data-testid="ack-text">
        说明：{finding.explanation}
      </p>
    ) : null;
  }
  if (finding.acknowledged && !editing) {
    return (
      <div className="ack">
        <p className="ack-text" data-testid="ack-text">
          说明：{finding.explanation}
        </p>
        <button type="button" className="small" onClick={() => setEditing(true)}>
          修改说明
        </button>
        <button type="button" className="small" onClick={() => write(others())}>
          撤销说明
        </button>
      </div>
    );
  }
  if (!editing) {
    return (
      <button
        type="button"
        className="small ack-open"
        onClick={() => {
          setText(finding.explanation ?? '');
          setEditing(true);
        }}
      >
        确认无误并说明原因
      </button>
    );
  }
  const id = `ack-${where}-${finding.key}`;
  return (
    <div className="ack editing" data-testid="ack-editing">
      <label htmlFor={id}>说明（例如为何与上年数据不一致），随报告保存：</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        placeholder="例如：经核实，1件申请已由申请人撤回"
        onChange={(e) => setText(e.target.value)}
        // the grid must not treat typing here as moving between cells
        onKeyDown={(e) => e.stopPropagation()}
        autoFocus
      />
      {error ? (
        <p className="field-msg" role="alert">
          {error}
        </p>
      ) : null}
      <div className="ack-buttons">
        <button
          type="button"
          className="small primary"
          onClick={() => {
            const explanation = text.trim();
            if (!explanation) {
              setError('请填写说明，例如数字为何与上年或表格不同');
              return;
            }
            write([
              ...others(),
              {
                key: finding.key,
                ruleId: finding.id,
                explanation: explanation.slice(0, EXPLANATION_MAX_LENGTH),
                at: new Date().toISOString(),
              },
            ]);
            setEditing(false);
            setError(null);
          }}
        >
          保存说明
        </button>
        <button type="button" className="small" onClick={() => setEditing(false)}>
          取消
        </button>
      </div>
    </div>
  );
}
