import { useState } from 'react';
import type { ImportIssue, ImportQuestion, ImportSummaryRow, ReportRecord, ResultOf } from '../../shared/api';
import { ORGAN_KINDS, RULES_POWER_LABEL, reportTitle } from '../../shared/format/sections';
import { IMPORT_FORMAT_LABEL, REPORT_FILE_EXTENSIONS } from '../../shared/import/formats';
import {
  answerImport,
  QUESTION_LABEL,
  readAnswer,
  type ImportAnswers,
  type QuestionField,
} from '../../shared/import/answers';
import { call, messageOf } from '../api';

const ISSUE_LABEL = { error: '错误', warning: '注意', info: '说明' } as const;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

type Typed = Partial<Record<QuestionField, string>>;

/** The typed answers read, with an error by field for the ones typed wrongly. */
function readAnswers(typed: Typed): { answers: ImportAnswers; errors: Typed } {
  let answers: ImportAnswers = {};
  const errors: Typed = {};
  for (const [field, raw] of Object.entries(typed) as Array<[QuestionField, string]>) {
    if (raw.trim() === '') continue;
    const read = readAnswer(field, raw);
    if (read.ok) answers = { ...answers, ...read.answers };
    else errors[field] = read.message;
  }
  return { answers, errors };
}

/** One field for a fact the file did not give, with the reason it is asked. */
function QuestionField({
  question,
  value,
  error,
  decided,
  onChange,
}: {
  question: ImportQuestion;
  value: string;
  error: string | undefined;
  /** what the typed organ name decided, shown as the choice left empty */
  decided: string | undefined;
  onChange: (value: string) => void;
}) {
  const unchosen = <option value="">{decided ? `（${decided}）` : '请选择'}</option>;
  const id = `import-answer-${question.field}`;
  const describedBy = `${id}-why`;
  const common = { id, value, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
  return (
    <div className="form-row">
      <label htmlFor={id}>{question.field === 'rulesPower' ? RULES_POWER_LABEL : QUESTION_LABEL[question.field]}</label>
      {question.field === 'kind' ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {unchosen}
          {ORGAN_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      ) : question.field === 'rulesPower' ? (
        <select {...common} onChange={(e) => onChange(e.target.value)}>
          {unchosen}
          <option value="是">是</option>
          <option value="否">否</option>
        </select>
      ) : (
        <input
          {...common}
          inputMode={question.field === 'year' ? 'numeric' : undefined}
          placeholder={question.field === 'year' ? '如：2025' : '如：孟州市人民政府办公室'}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <p className="hint" id={describedBy}>
        {question.reason}
      </p>
      {error ? <p className="field-msg error">{error}</p> : null}
    </div>
  );
}

/** The import report: per part, what was read, what was normalised, what is missing. */
function ImportSummary({ rows }: { rows: readonly ImportSummaryRow[] }) {
  return (
    <section className="import-summary" data-testid="import-summary" aria-label="导入报告">
      <h3>导入报告</h3>
      <ul>
        {rows.map((row) => (
          <li key={row.part} className={row.missing.length ? 'has-missing' : undefined}>
            <strong>{row.part}</strong>：{row.read}
            {row.normalised.length || row.missing.length ? (
              <ul>
                {row.normalised.map((n, k) => (
                  <li key={`n${k}`} className="normalised">
                    已处理：{n}
                  </li>
                ))}
                {row.missing.map((m, k) => (
                  <li key={`m${k}`} className="missing">
                    缺少：{m}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 导入已发布的报告: read a file, show what the import made of it, ask what it could not read, then store it. */
export function ImportPanel({ onImported }: { onImported: (r: ReportRecord, open: boolean) => void }) {
  const [parsed, setParsed] = useState<(ResultOf<'import.parse'> & { fileName: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [replace, setReplace] = useState(false);
  const [typed, setTyped] = useState<Typed>({});

  const read = async (file: File | undefined) => {
    setParsed(null);
    setError(null);
    setTyped({});
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

  const { answers, errors } = readAnswers(typed);
  const answered = parsed ? answerImport(parsed.report, parsed.questions ?? [], answers) : null;
  // the fields asked for stay in place while the clerk types; a typed organ name may settle kind and 规章制定权
  const asked = [...(parsed?.questions ?? [])];
  for (const q of answered?.open ?? []) if (!asked.some((a) => a.field === q.field)) asked.push(q);
  const reasonOf = (q: ImportQuestion) => answered?.open.find((o) => o.field === q.field)?.reason ?? q.reason;
  const decidedText = (field: QuestionField): string | undefined => {
    const d = answered?.decided;
    if (!d || answered.open.some((o) => o.field === field)) return undefined;
    if (field === 'kind' && d.kind) return `按机关名称定为“${d.kind}”`;
    if (field === 'rulesPower' && d.rulesPower !== undefined) return `按机关名称定为“${d.rulesPower ? '是' : '否'}”`;
    return undefined;
  };
  const complete = answered !== null && answered.open.length === 0 && Object.keys(errors).length === 0;

  const store = async (status: 'draft' | 'final', open: boolean) => {
    if (!answered || !complete) return;
    setError(null);
    setBusy(true);
    try {
      const record = await call('reports.import', { report: answered.report, status, replace });
      setParsed(null);
      onImported(record, open);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const r = answered?.report;
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
          accept={REPORT_FILE_EXTENSIONS.join(',')}
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
            从{IMPORT_FORMAT_LABEL[parsed.format]}“{parsed.fileName}”读到：
            <strong>
              {r.title || (r.organ.name && r.year ? reportTitle(r.organ.name, r.year) : '（未识别出机关名称或年度）')}
            </strong>
          </p>
          {asked.length ? (
            <fieldset className="import-questions" data-testid="import-questions">
              <legend>请补充文件中读不出的信息</legend>
              {asked.map((q) => (
                <QuestionField
                  key={q.field}
                  question={{ ...q, reason: decidedText(q.field) ?? reasonOf(q) }}
                  decided={decidedText(q.field)}
                  value={typed[q.field] ?? ''}
                  error={errors[q.field]}
                  onChange={(value) => setTyped((t) => ({ ...t, [q.field]: value }))}
                />
              ))}
            </fieldset>
          ) : null}
          {parsed.summary?.length ? <ImportSummary rows={parsed.summary} /> : null}
          {parsed.issues.length === 0 ? (
            <p className="notice ok">全部内容都已对应到规范格式。</p>
          ) : (
            // with the summary above, the full list (with line numbers) is there to look things up
            <details className="import-issues" open={!parsed.summary?.length}>
              <summary>全部导入说明（{parsed.issues.length} 条）</summary>
              <ul className="issues">
                {parsed.issues.map((i: ImportIssue, k) => (
                  <li key={k} className={`finding ${i.severity === 'info' ? 'info' : i.severity}`}>
                    <span className="badge">{ISSUE_LABEL[i.severity]}</span> {i.where ? `${i.where}：` : ''}
                    {i.message}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <label className="checkbox-line">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />{' '}
            如已有同一机关同一年度的报告，替换它
          </label>
          {complete ? null : (
            <p className="notice warning" role="status">
              请先填写上面的
              {(answered?.open.length ? answered.open : asked).map((q) => QUESTION_LABEL[q.field]).join('、')}
              ，再保存。
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="primary"
              disabled={busy || !complete}
              onClick={() => void store('final', false)}
            >
              保存为往年已发布报告（定稿）
            </button>
            <button type="button" disabled={busy || !complete} onClick={() => void store('draft', true)}>
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
