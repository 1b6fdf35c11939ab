import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { ruleDef, SECTIONS, type SectionKey } from '../../shared/format';
import type { ReportRecord } from '../../shared/api';
import type { Acknowledgement, Report } from '../../shared/report';
import type { Finding } from '../../shared/rules';
import { useEditor } from '../report/editor-context';
import { useLive } from '../report/live-store';
import { SEVERITY_LABEL, useJumpTo } from '../report/SectionFindings';
import { ExportPanel, type ExportRunner } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { Preview } from './Preview';

const GROUPS: ReadonlyArray<{ key: SectionKey | 'meta'; title: string }> = [
  { key: 'meta', title: '基本信息' },
  ...SECTIONS.map((s) => ({ key: s.key, title: s.heading })),
];

function Acknowledge({ finding, existing }: { finding: Finding; existing: Acknowledgement | undefined }) {
  const { getValues, setValue } = useFormContext<Report>();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(existing?.explanation ?? '');
  const [error, setError] = useState<string | null>(null);
  const write = (next: Acknowledgement[]) => setValue('acknowledgements', next, { shouldDirty: true });
  const others = () => getValues('acknowledgements').filter((a) => a.key !== finding.key);

  if (existing && !editing) {
    return (
      <div className="ack">
        <p className="ack-text" data-testid="ack-text">
          说明：{existing.explanation}
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
      <button type="button" className="small" onClick={() => setEditing(true)}>
        确认无误并说明原因
      </button>
    );
  }
  const id = `ack-${finding.key}`;
  return (
    <div className="ack editing">
      <label htmlFor={id}>说明（例如为何与上年数据不一致），随报告保存：</label>
      <textarea id={id} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      {error ? (
        <p className="field-msg" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="small primary"
        onClick={() => {
          const explanation = text.trim();
          if (!explanation) {
            setError('请填写说明');
            return;
          }
          write([
            ...others(),
            {
              key: finding.key,
              ruleId: finding.id,
              explanation: explanation.slice(0, 2000),
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
  );
}

function FindingList() {
  const { store, readOnly } = useEditor();
  const jumpTo = useJumpTo();
  useLive(store, (s) => s.findings);
  const { findings, report } = store.get();
  const acks = new Map(report.acknowledgements.map((a) => [a.key, a]));
  const infos = findings.filter((f) => f.severity === 'info');
  const shown = findings.filter((f) => f.severity !== 'info');
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">核对结果</h3>
      {infos.map((f) => (
        <p key={f.key} className="notice info">
          {f.message}
        </p>
      ))}
      {shown.length === 0 ? <p className="notice ok">没有发现错误或警告。</p> : null}
      {GROUPS.map((g) => {
        const mine = shown.filter((f) => f.section === g.key);
        if (mine.length === 0) return null;
        return (
          <div key={g.key} className="finding-group" data-group={g.key}>
            <h4>{g.title}</h4>
            <ul>
              {mine.map((f) => (
                <li
                  key={f.key}
                  className={`finding ${f.severity}${acks.has(f.key) ? ' acknowledged' : ''}`}
                  data-finding={f.id}
                >
                  <button
                    type="button"
                    className="link"
                    onClick={() => jumpTo(f)}
                    title={`${f.id}：${ruleDef(f.id).title}`}
                  >
                    <span className="badge">
                      {f.severity === 'warning' && acks.has(f.key) ? '已说明' : SEVERITY_LABEL[f.severity]}
                    </span>{' '}
                    {f.message}
                  </button>
                  {f.severity === 'warning' && !readOnly ? (
                    <Acknowledge finding={f} existing={acks.get(f.key)} />
                  ) : null}
                  {f.severity === 'warning' && readOnly && acks.has(f.key) ? (
                    <p className="ack-text" data-testid="ack-text">
                      说明：{acks.get(f.key)!.explanation}
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

export function ChecksPane({
  flush,
  exportOutcome,
  runExport,
  onRestored,
}: {
  flush: () => Promise<void>;
  exportOutcome: { tone: 'ok' | 'error'; text: string } | null;
  runExport: ExportRunner;
  onRestored: (r: ReportRecord) => void;
}) {
  const { reportId, readOnly } = useEditor();
  return (
    <section className="pane checks" aria-labelledby="heading-checks">
      <h2 id="heading-checks" tabIndex={-1}>
        检查与导出
      </h2>
      <FindingList />
      <ExportPanel flush={flush} outcome={exportOutcome} runExport={runExport} />
      <Preview />
      <HistoryPanel reportId={reportId} flush={flush} onRestored={readOnly ? null : onRestored} />
    </section>
  );
}
