import { useState, type FormEvent } from 'react';
import type { Organ, ReportRecord } from '../../shared/api';
import { ORGAN_KINDS, RULES_POWER_LABEL, type OrganKind } from '../../shared/format/sections';
import { parseYearInput, YEAR_MAX, YEAR_MIN } from '../../shared/report/year';
import { call, messageOf } from '../api';
import { deadlineHint } from '../deadline-hint';

/** 新建报告: the organ (found by name or created) and the year. */
export function NewReportForm({
  organs,
  onCreated,
}: {
  organs: readonly Organ[];
  onCreated: (r: ReportRecord) => void;
}) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganKind>('政府部门');
  const [region, setRegion] = useState('');
  const [rulesPower, setRulesPower] = useState(false);
  const [year, setYear] = useState(String(new Date().getFullYear() - (new Date().getMonth() < 6 ? 1 : 0)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pickOrgan = (value: string) => {
    setName(value);
    const known = organs.find((o) => o.name === value.trim());
    if (known) {
      setKind(known.kind);
      setRegion(known.region);
      setRulesPower(known.rulesPower);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const y = parseYearInput(year);
    if (!name.trim()) return setError('请填写机关名称');
    if (y === null) return setError(`年度应为 ${YEAR_MIN} 至 ${YEAR_MAX} 之间的四位数字，如 2025 或“2025年”`);
    setBusy(true);
    try {
      const known = organs.find((o) => o.name === name.trim());
      const organ = await call('organs.save', {
        ...(known ? { id: known.id } : {}),
        name: name.trim(),
        kind,
        region: region.trim(),
        rulesPower,
      });
      onCreated(await call('reports.create', { organId: organ.id, year: y }));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card new-report" onSubmit={submit} aria-labelledby="new-report-heading" noValidate>
      <h2 id="new-report-heading">新建报告</h2>
      <div className="form-row">
        <label htmlFor="new-organ">机关名称</label>
        <input
          id="new-organ"
          list="known-organs"
          value={name}
          onChange={(e) => pickOrgan(e.target.value)}
          placeholder="如：孟州市人民政府办公室"
        />
        <datalist id="known-organs">
          {organs.map((o) => (
            <option key={o.id} value={o.name} />
          ))}
        </datalist>
      </div>
      <div className="form-row two">
        <span>
          <label htmlFor="new-kind">机关类型</label>
          <select id="new-kind" value={kind} onChange={(e) => setKind(e.target.value as OrganKind)}>
            {ORGAN_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor="new-year">年度</label>
          <input id="new-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />
        </span>
      </div>
      <p className="hint" data-testid="kind-deadline-hint">
        {deadlineHint(kind, parseYearInput(year))}
      </p>
      <div className="form-row">
        <label htmlFor="new-region">所在地区（可选）</label>
        <input
          id="new-region"
          value={region}
          onChange={(e) => setRegion(e.target.value)}
          placeholder="如：河南省焦作市孟州市"
        />
      </div>
      <div className="form-row checkbox">
        <input
          id="new-rules-power"
          type="checkbox"
          checked={rulesPower}
          onChange={(e) => setRulesPower(e.target.checked)}
        />
        <label htmlFor="new-rules-power">{RULES_POWER_LABEL}</label>
      </div>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? '正在创建…' : '创建并开始填写'}
      </button>
    </form>
  );
}
