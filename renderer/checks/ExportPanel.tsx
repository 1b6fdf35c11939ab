import { useMemo, useState } from 'react';
import { runRules } from '../../shared/rules';
import type { ExportKind } from '../../shared/api';
import { call, messageOf } from '../api';
import { useEditor } from '../report/editor-context';
import { useLive } from '../report/live-store';
import { ExportFileActions } from './ExportFileActions';
import { useExportsShell } from './export-shell';
import { ExportLog } from './ExportLog';

const KINDS: ReadonlyArray<{ kind: ExportKind; label: string }> = [
  { kind: 'docx', label: '导出 Word' },
  { kind: 'pdf', label: '导出 PDF' },
  { kind: 'html', label: '导出网页' },
  { kind: 'json', label: '导出数据（JSON）' },
];

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
  // a final is judged with the final-only rules too (blank cells, empty sections)
  const report = useLive(store, (s) => s.report);
  const errors = useMemo(
    () => runRules(report, { prior, final: true }).filter((f) => f.severity === 'error').length,
    [report, prior],
  );
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
          {errors > 0 ? `（尚有 ${errors} 个错误，含未填写的部分和空白单元格，改正后才能导出）` : ''}
        </label>
      </fieldset>
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
              await flush();
              await call('export.print', { reportId });
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
