/** 汇总: the organ and year asked, the units' tables summed into a new draft in the store. */
import { useState } from 'react';
import type { ResultOf } from '../../shared/api';
import { ORGAN_KINDS, type OrganKind } from '../../shared/format';
import type { OverviewRow } from '../../shared/units';
import { call, messageOf } from '../api';

/** The year most of the readable reports are of: what the office most likely sums. */
function likelyYear(rows: readonly OverviewRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.year !== null) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  return best ? best[0] : new Date().getFullYear() - 1;
}

export function AggregateForm({
  sessionId,
  rows,
  onOpen,
}: {
  sessionId: string;
  rows: readonly OverviewRow[];
  onOpen: (reportId: number) => void;
}) {
  const [organ, setOrgan] = useState('');
  const [kind, setKind] = useState<OrganKind>('人民政府');
  const [year, setYear] = useState(() => String(likelyYear(rows)));
  const [includeErrors, setIncludeErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<ResultOf<'units.aggregate'> | null>(null);

  const submit = async () => {
    setError(null);
    setMade(null);
    setBusy(true);
    try {
      setMade(await call('units.aggregate', { sessionId, organ, kind, year: Number(year), includeErrors }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="aggregate-heading">
      <h2 id="aggregate-heading">生成汇总报告</h2>
      <p className="hint">
        把所选文件中同一年度各单位报告的第二、三、四部分和信息处理费逐项相加，生成一份新的报告草稿；第一、五、六部分由您编写。
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="form-row">
          <label htmlFor="aggregate-organ">汇总报告的机关名称</label>
          <input id="aggregate-organ" value={organ} maxLength={100} onChange={(e) => setOrgan(e.target.value)} />
        </div>
        <div className="form-row two">
          <div>
            <label htmlFor="aggregate-kind">机关类型</label>
            <select id="aggregate-kind" value={kind} onChange={(e) => setKind(e.target.value as OrganKind)}>
              {ORGAN_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="aggregate-year">年度</label>
            <input id="aggregate-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
          </div>
        </div>
        <label className="checkbox-line">
          <input type="checkbox" checked={includeErrors} onChange={(e) => setIncludeErrors(e.target.checked)} />{' '}
          计入有错误的报告
        </label>
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            生成汇总草稿
          </button>
        </div>
      </form>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {made ? (
        <div data-testid="aggregate-result">
          <p className="notice ok" role="status">
            已生成汇总草稿：计入 {made.included.length} 个单位，未计入 {made.refused.length} 个。
          </p>
          {made.refused.length > 0 ? (
            <ul className="issues">
              {made.refused.map((r, i) => (
                <li key={i} className="finding warning">
                  {r.file}
                  {r.organ ? `（${r.organ}）` : ''}：{r.reason}
                </li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="primary" onClick={() => onOpen(made.reportId)}>
            打开汇总草稿
          </button>
        </div>
      ) : null}
    </section>
  );
}
