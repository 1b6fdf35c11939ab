import { useFormContext, useWatch } from 'react-hook-form';
import { subHeading, type ProsePart, type SectionDef } from '../../shared/format';
import { PART_SENTENCES, sentenceOffer, type SentenceBuilder } from '../../shared/document';
import type { Report } from '../../shared/report';
import { useEditor } from './editor-context';
import { FeeFields } from './FeeFields';
import { useLive } from './live-store';
import { fieldSelector, prosePath, type ReportPath } from './paths';
import { FindingItem } from '../checks/FindingItem';
import { useFindingViews } from '../checks/findings-view';
import { SectionFindings } from './SectionFindings';

export function CharCount({ path }: { path: ReportPath }) {
  const { control } = useFormContext<Report>();
  const text = (useWatch({ control, name: path }) as string | undefined) ?? '';
  const count = [...text.replace(/\s/g, '')].length;
  return <span className="char-count">{count} 字</span>;
}

/** Inserts a sentence built from the tables; the editor's SentenceKeeper keeps it in step afterwards. */
const OFFER_TITLE = { blank: '相关表格尚未填写完整', own: '这一部分已写明相关数字，不再插入' } as const;

function SentenceButton({
  section,
  part,
  builder,
}: {
  section: 'overview' | 'problems' | 'other';
  part: string;
  builder: SentenceBuilder;
}) {
  const { store, sentences, setField } = useEditor();
  const { getValues } = useFormContext<Report>();
  const path = prosePath(section, part);
  // a string, so that the button re-renders only when what it offers changes
  const offer = useLive(store, (s) => {
    const o = sentenceOffer(builder, s.report, (s.report.prose[section] as Record<string, string>)[part] ?? '');
    return o.state === 'ready' ? o.sentence : o.state;
  });
  const sentence = offer === 'blank' || offer === 'own' ? null : offer;
  return (
    <button
      type="button"
      className="small"
      disabled={!sentence}
      title={sentence ?? OFFER_TITLE[offer as keyof typeof OFFER_TITLE]}
      onClick={() => {
        if (!sentence) return;
        const text = ((getValues(path) as string) ?? '').trimEnd();
        sentences.remember(path, builder, sentence);
        setField(path, text ? `${text}${sentence}` : sentence);
      }}
    >
      {builder.label}
    </button>
  );
}

function PartEditor({
  section,
  part,
  index,
  showGovernmentHint,
}: {
  section: 'overview' | 'problems' | 'other';
  part: ProsePart;
  index: number;
  showGovernmentHint: boolean;
}) {
  const { register } = useFormContext<Report>();
  const { readOnly } = useEditor();
  const path = prosePath(section, part.key);
  const id = `field-${section}-${part.key}`;
  const builders = PART_SENTENCES[`${section}.${part.key}`] ?? [];
  return (
    <div className="prose-part">
      <div className="part-head">
        <label htmlFor={id} className="part-title">
          {subHeading(index, part.title)}
        </label>
        <CharCount path={path} />
      </div>
      <p className="hint">{part.hint}</p>
      {showGovernmentHint && part.governmentOnlyHint ? (
        <p className="hint government">{part.governmentOnlyHint}</p>
      ) : null}
      <textarea id={id} data-field={path} rows={5} {...register(path)} readOnly={readOnly} />
      <FieldFindings path={path} section={section} />
      {builders.length > 0 && !readOnly ? (
        <div className="sentence-buttons">
          {builders.map((b) => (
            <SentenceButton key={b.key} section={section} part={part.key} builder={b} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The warnings and errors about this very text, right under it, with their acknowledgement. */
function FieldFindings({ path, section }: { path: ReportPath; section: 'overview' | 'problems' | 'other' }) {
  const { store } = useEditor();
  const findings = useFindingViews(store, { section, field: fieldSelector(path) });
  if (findings.length === 0) return null;
  return (
    <ul className="field-findings" aria-label="此处的核对结果">
      {findings.map((f) => (
        <FindingItem key={f.key} finding={f} where="field" />
      ))}
    </ul>
  );
}

function PriorProblems() {
  const { control } = useFormContext<Report>();
  const copied = (useWatch({ control, name: 'priorProblems' }) as string) ?? '';
  // the copy made when the report was started; otherwise last year's section 五 as stored
  const { prior: lastYear } = useEditor();
  const prior = copied.trim() || lastYear?.prose.problems.problems?.trim() || '';
  return (
    <aside className="prior-problems" aria-label="上年度报告所列问题">
      <h3>上年度报告所列问题</h3>
      {prior.trim() ? (
        <p className="prior-text">{prior}</p>
      ) : (
        <p className="muted">未找到上年度报告所列的问题。如上年度报告列有问题，请在左侧逐项说明整改情况。</p>
      )}
    </aside>
  );
}

export function ProseSection({ def }: { def: SectionDef }) {
  const { control } = useFormContext<Report>();
  const kind = useWatch({ control, name: 'organ.kind' });
  const section = def.key as 'overview' | 'problems' | 'other';
  const leadPath = prosePath(section, 'lead');
  const { register } = useFormContext<Report>();
  const { readOnly } = useEditor();
  return (
    <section className="pane prose-section" aria-labelledby={`heading-${def.key}`}>
      <h2 id={`heading-${def.key}`} tabIndex={-1}>
        {def.heading}
      </h2>
      <details className="lead" open={undefined}>
        <summary>分标题前的段落（可选）</summary>
        <textarea
          data-field={leadPath}
          rows={3}
          aria-label={`${def.heading}：分标题前的段落`}
          {...register(leadPath)}
          readOnly={readOnly}
        />
        <FieldFindings path={leadPath} section={section} />
      </details>
      {section === 'other' ? <FeeFields /> : null}
      <div className={section === 'problems' ? 'with-aside' : undefined}>
        <div className="parts">
          {def.parts.map((p, i) => (
            <PartEditor
              key={p.key}
              section={section}
              part={p}
              index={section === 'other' ? i + 1 : i}
              showGovernmentHint={kind === '人民政府'}
            />
          ))}
        </div>
        {section === 'problems' ? <PriorProblems /> : null}
      </div>
      <SectionFindings section={def.key} />
    </section>
  );
}
