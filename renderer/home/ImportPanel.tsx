import { useState } from 'react';
import type { ImportIssue, ReportRecord, ResultOf } from '../../shared/api';
import { reportTitle } from '../../shared/format';
import { call, messageOf } from '../api';

const FORMAT_LABEL = {
  text: '文本',
  html: '网页',
  docx: 'Word 文档',
  json: '数据文件',
  pdf: 'PDF 文件',
  doc: 'Word 97–2003 文档',
} as const;
const ISSUE_LABEL = { error: '错误', warning: '注意', info: '说明' } as const;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** 导入已发布的报告: read a file, show what the import made of it, then store it. */
export function ImportPanel({ onImported }: { onImported: (r: ReportRecord, open: boolean) => void }) {
  const [parsed, setParsed] = useState<(ResultOf<'import.parse'> & { fileName: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [replace, setReplace] = useState(false);

  const read = async (file: File | undefined) => {
    setParsed(null);
    setError(null);
    if (!file) return;
    setBusy(true);
    try {
      const contentBase64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      setParsed({ ...(await call('import.parse', { fileName: file.name, contentBase64 })), fileName: file.name });
    } catch (err) {
      setError(`无法读取“${file.name}”：${messageOf(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const store = async (status: 'draft' | 'final', open: boolean) => {
    if (!parsed) return;
    setError(null);
    setBusy(true);
    try {
      const record = await call('reports.import', { report: parsed.report, status, replace });
      setParsed(null);
      onImported(record, open);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const r = parsed?.report;
  return (
    <section className="card import" aria-labelledby="import-heading">
      <h2 id="import-heading">导入已发布的报告</h2>
      <p className="hint">
        可导入网页上复制保存的文本（.txt）、网页（.html）、Word（.docx、.doc）、PDF（有文字的，扫描件不行）或本程序导出的数据（.json）。导入的上年度报告用于跨年度核对。
      </p>
      <label className="file-pick">
        <input
          type="file"
          className="sr-only"
          accept=".txt,.html,.htm,.docx,.doc,.wps,.pdf,.json"
          disabled={busy}
          onChange={(e) => {
            void read(e.target.files?.[0]);
            e.target.value = ''; // choosing the same file again reads it again
          }}
        />
        <span className="button-look">选择文件…</span>
      </label>
      {busy ? <p className="muted">正在读取…</p> : null}
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {parsed && r ? (
        <div className="import-result" data-testid="import-result">
          <p>
            从{FORMAT_LABEL[parsed.format]}“{parsed.fileName}”读到：
            <strong>
              {r.title || (r.organ.name && r.year ? reportTitle(r.organ.name, r.year) : '（未识别出机关名称或年度）')}
            </strong>
          </p>
          {parsed.issues.length === 0 ? (
            <p className="notice ok">全部内容都已对应到规范格式。</p>
          ) : (
            <ul className="issues">
              {parsed.issues.map((i: ImportIssue, k) => (
                <li key={k} className={`finding ${i.severity === 'info' ? 'info' : i.severity}`}>
                  <span className="badge">{ISSUE_LABEL[i.severity]}</span> {i.where ? `${i.where}：` : ''}
                  {i.message}
                </li>
              ))}
            </ul>
          )}
          <label className="checkbox-line">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />{' '}
            如已有同一机关同一年度的报告，替换它
          </label>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void store('final', false)}>
              保存为往年已发布报告（定稿）
            </button>
            <button type="button" disabled={busy} onClick={() => void store('draft', true)}>
              作为草稿打开编辑
            </button>
            <button type="button" disabled={busy} onClick={() => setParsed(null)}>
              取消
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
