import { useFormContext, useWatch } from 'react-hook-form';
import { INTRO_TITLE, ORGAN_KINDS, reportTitle, RULES_POWER_LABEL } from '../../shared/format';
import type { Report } from '../../shared/report';
import { deadlineHint } from '../deadline-hint';
import { useEditor } from './editor-context';
import { CharCount } from './ProseSection';
import { SectionFindings } from './SectionFindings';

/** 基本信息: what identifies the report (organ and year are fixed when it is created). */
export function MetaSection() {
  const { register, control } = useFormContext<Report>();
  const { readOnly } = useEditor();
  const [name, year, kind] = useWatch({ control, name: ['organ.name', 'year', 'organ.kind'] }) as [
    string,
    number | null,
    Report['organ']['kind'],
  ];
  return (
    <section className="pane meta" aria-labelledby="heading-meta">
      <h2 id="heading-meta" tabIndex={-1}>
        基本信息
      </h2>
      <dl className="fixed">
        <dt>机关名称</dt>
        <dd data-field="organ.name">{name || '（未填写）'}</dd>
        <dt>年度</dt>
        <dd data-field="year">{year ?? '（未填写）'}</dd>
      </dl>
      <div className="form-row">
        <label htmlFor="meta-title">报告标题</label>
        <input
          id="meta-title"
          data-field="title"
          {...register('title')}
          readOnly={readOnly}
          placeholder={name && year ? reportTitle(name, year) : ''}
        />
        <p className="hint">
          留空则使用规范标题：{name && year ? reportTitle(name, year) : '机关名称＋年度＋年政府信息公开工作年度报告'}
        </p>
      </div>
      <div className="form-row">
        <label htmlFor="meta-kind">机关类型</label>
        <select id="meta-kind" data-field="organ.kind" {...register('organ.kind')} disabled={readOnly}>
          {ORGAN_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <p className="hint" data-testid="kind-deadline-hint">
          {deadlineHint(kind, year)}
        </p>
      </div>
      <div className="form-row">
        <label htmlFor="meta-region">所在地区</label>
        <input id="meta-region" data-field="organ.region" {...register('organ.region')} readOnly={readOnly} />
      </div>
      <div className="form-row checkbox">
        <input
          id="meta-rules-power"
          type="checkbox"
          data-field="organ.rulesPower"
          {...register('organ.rulesPower')}
          disabled={readOnly}
        />
        <label htmlFor="meta-rules-power">{RULES_POWER_LABEL}</label>
      </div>
      <div className="form-row">
        <div className="part-head">
          <label htmlFor="meta-intro">{INTRO_TITLE}（可选）</label>
          <CharCount path="intro" />
        </div>
        <p className="hint">第一部分之前的一段：编制依据、报告组成、统计期限、获取方式和联系方式</p>
        <textarea id="meta-intro" data-field="intro" rows={5} {...register('intro')} readOnly={readOnly} />
      </div>
      <div className="form-row two">
        <span>
          <label htmlFor="meta-signer">落款单位（可选）</label>
          <input id="meta-signer" data-field="closing.signer" {...register('closing.signer')} readOnly={readOnly} />
        </span>
        <span>
          <label htmlFor="meta-date">落款日期（可选）</label>
          <input
            id="meta-date"
            data-field="closing.date"
            {...register('closing.date')}
            readOnly={readOnly}
            placeholder="如：2026年1月20日"
          />
        </span>
      </div>
      <SectionFindings section="meta" />
    </section>
  );
}
