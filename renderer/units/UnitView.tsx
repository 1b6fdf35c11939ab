/** One unit's report, read-only: its findings (with last year's report when the check paired one) and the document as it prints. */
import { useMemo, useRef } from 'react';
import type { ResultOf } from '../../shared/api';
import { buildDocument, renderHtml } from '../../shared/document';
import { partTitle } from '../../shared/report';
import { findingsBySection, isAcknowledged, runRules } from '../../shared/rules';
import { splitStyles } from '../checks/frame-html';
import { useFrameStyles } from '../checks/use-frame-styles';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

function today() {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

export function UnitView({ unit, onClose }: { unit: ResultOf<'units.unit'>; onClose: () => void }) {
  const { report, prior, row } = unit;
  const findings = useMemo(() => runRules(report, { prior, today: today() }), [report, prior]);
  const { body, css } = useMemo(
    () => splitStyles(renderHtml(buildDocument(report, { findings, final: false }), { purpose: 'print' })),
    [report, findings],
  );
  const frame = useRef<HTMLIFrameElement>(null);
  useFrameStyles(frame, css, body);

  const groups = [...findingsBySection(findings)].filter(([, list]) => list.length > 0);
  return (
    <section className="card unit-view" aria-labelledby="unit-heading">
      <div className="row-between">
        <h2 id="unit-heading">
          {row.organ || '（未识别机关名称）'} {row.year ?? ''}年{' '}
          <span className="muted small-text">只读 · {row.file}</span>
        </h2>
        <button type="button" onClick={onClose}>
          返回总览
        </button>
      </div>
      {prior ? <p className="muted small-text">已与上年度报告“{row.prior}”配对核对。</p> : null}
      <div className="unit-view-body">
        <div className="unit-findings" aria-label="核对结果">
          {groups.length === 0 ? <p className="notice ok">未发现问题。</p> : null}
          {groups.map(([section, list]) => (
            <div key={section}>
              <h3>{partTitle(section)}</h3>
              <ul className="issues">
                {list.map((f, i) => (
                  <li key={i} className={`finding ${f.severity}`}>
                    <span className="badge">{SEVERITY[f.severity]}</span> {f.id}
                    {isAcknowledged(f, report) ? '（已说明）' : ''} {f.message}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <iframe ref={frame} title="报告（只读）" className="preview-frame" sandbox="allow-same-origin" srcDoc={body} />
      </div>
    </section>
  );
}
