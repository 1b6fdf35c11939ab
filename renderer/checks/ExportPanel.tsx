import { useState } from 'react';
import type { ExportKind } from '../../shared/api';
import { runRules } from '../../shared/rules';
import { messageOf } from '../api';
import { useEditor } from '../report/editor-context';
import { useLive } from '../report/live-store';
import { ExportFileActions } from './ExportFileActions';
import { useExportsShell } from './export-shell';
import { ExportLog } from './ExportLog';
import { printReport } from './print';

const KINDS: ReadonlyArray<{ kind: ExportKind; label: string }> = [
  { kind: 'docx', label: '导出 Word' },
  { kind: 'pdf', label: '导出 PDF' },
  { kind: 'html', label: '导出网页' },
  { kind: 'json', label: '导出数据（JSON）' },
];

/** a long list (every blank cell of an empty table) stays short here; the refusal names the first ones too */
const FINAL_ONLY_SHOWN = 8;

export type ExportRunner = (kind: ExportKind, final: boolean) => Promise<void>;

export interface ExportOutcome {
  tone: 'ok' | 'error';
  /** the outcome itself: what was saved where, or why not */
  text: string;
  /** what followed: the browser download, how a final becomes 定稿 */
  detail?: string;
  /** the saved export's log entry, for 在文件夹中显示 and 再次下载 */
  exportId?: number;
}

export function ExportPanel({
  flush,
  outcome,
  runExport,
}: {
  flush: () => Promise<void>;
  outcome: ExportOutcome | null;
  runExport: ExportRunner;
}) {
  const shell = useExportsShell();
  const { store, reportId, prior } = useEditor();
  const errors = useLive(store, (s) => s.open.filter((f) => f.severity === 'error').length);
  // what only a final export is judged by (blanks, placeholders, fee, title), shown before the clerk tries;
  // joined into one string so the panel re-renders only when the list changes
  const finalOnly = useLive(store, (s) => {
    const live = new Set(s.findings.map((f) => f.key));
    return runRules(s.report, { prior, final: true })
      .filter((f) => f.severity === 'error' && !live.has(f.key))
      .map((f) => f.message)
      .join('\n');
  });
  const finalOnlyList = finalOnly === '' ? [] : finalOnly.split('\n');
  const finalErrors = errors + finalOnlyList.length;
  const [final, setFinal] = useState(false);
  const [printMessage, setPrintMessage] = useState<string | null>(null);
  return (
    <section className="export" aria-labelledby="export-heading">
      <h3 id="export-heading">导出</h3>
      <fieldset className="radio-row">
        <legend className="sr-only">导出版本</legend>
        <label>
          <input type="radio" name="export-final" checked={!final} onChange={() => setFinal(false)} />{' '}
          草稿（每页标注“草稿”，可有未解决的错误）
        </label>
        <label>
          <input type="radio" name="export-final" checked={final} onChange={() => setFinal(true)} /> 正式版本
          {finalErrors > 0 ? `（尚有 ${finalErrors} 个错误，改正后才能导出）` : ''}
        </label>
      </fieldset>
      {final && finalOnlyList.length > 0 ? (
        <div className="notice error slim final-only" data-testid="final-only">
          <p>正式导出还要求：</p>
          <ul>
            {finalOnlyList.slice(0, FINAL_ONLY_SHOWN).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
          {finalOnlyList.length > FINAL_ONLY_SHOWN ? <p>另有 {finalOnlyList.length - FINAL_ONLY_SHOWN} 项。</p> : null}
        </div>
      ) : null}
      <div className="button-row">
        {KINDS.map((k) => (
          <button key={k.kind} type="button" onClick={() => void runExport(k.kind, final)}>
            {k.label}
          </button>
        ))}
        <button
          type="button"
          onClick={async () => {
            setPrintMessage(null);
            try {
              await printReport({ reportId, flush, current: () => ({ report: store.get().report, prior }) });
              setPrintMessage('已发送到打印');
            } catch (error) {
              setPrintMessage(`打印失败：${messageOf(error)}`);
            }
          }}
        >
          打印
        </button>
      </div>
      {outcome ? (
        <div className={`notice ${outcome.tone} export-outcome`} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          <p data-testid="export-outcome">{outcome.text}</p>
          {outcome.detail ? <p data-testid="export-detail">{outcome.detail}</p> : null}
          {outcome.exportId !== undefined && shell ? (
            <ExportFileActions reportId={reportId} exportId={outcome.exportId} shell={shell} />
          ) : null}
        </div>
      ) : null}
      {printMessage ? <p className="notice">{printMessage}</p> : null}
      <ExportLog reportId={reportId} refresh={outcome} />
    </section>
  );
}
