import { useFormContext, useWatch } from 'react-hook-form';
import { FEE_SUBJECT, feeSentenceFromFields } from '../../shared/document';
import { FEE_FIELDS, FEE_TITLE, NUMBER_KIND_UNIT, subHeading, type FeeFieldDef } from '../../shared/format';
import type { Cell, Report } from '../../shared/report';
import { cellMessage, toCellValue } from './cell-value';
import { useEditor } from './editor-context';
import type { ReportPath } from './paths';

function FeeInput({ def }: { def: FeeFieldDef }) {
  const { register, control, getValues } = useFormContext<Report>();
  const { readOnly } = useEditor();
  const path = `fee.${def.key}` as ReportPath;
  const value = useWatch({ control, name: path }) as Cell;
  const message = cellMessage(value, def.kind);
  const id = `fee-${def.key}`;
  const field = register(path, { setValueAs: (v) => toCellValue(v, def.kind) });
  return (
    <div className={`fee-field${message ? ' has-error' : ''}`}>
      <label htmlFor={id}>{def.label}</label>
      <span className="with-unit">
        <input
          id={id}
          {...field}
          readOnly={readOnly}
          data-field={path}
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-msg` : undefined}
          onBlur={(e) => {
            void field.onBlur(e);
            const v = getValues(path) as Cell;
            if (cellMessage(v, def.kind) === null && e.currentTarget.value !== (v ?? ''))
              e.currentTarget.value = v ?? '';
          }}
        />
        <span className="unit">{NUMBER_KIND_UNIT[def.kind]}</span>
      </span>
      {message ? (
        <span id={`${id}-msg`} className="field-msg" role="alert">
          {message}
        </span>
      ) : null}
    </div>
  );
}

function FeeSentence() {
  const { control } = useFormContext<Report>();
  const fee = useWatch({ control, name: 'fee' }) as Report['fee'];
  const other = useWatch({ control, name: 'prose.other' }) as Report['prose']['other'];
  const sentence = feeSentenceFromFields(fee);
  const own = Object.values(other ?? {}).some((t) => FEE_SUBJECT.test(t ?? ''));
  return (
    <p className="fee-sentence" data-testid="fee-sentence" aria-live="polite">
      {own
        ? `第六部分的文字已写明${FEE_TITLE}情况，导出时照原文，不再另加句子。`
        : sentence
          ? `导出时写作：${sentence}`
          : '三项都填写后，这里显示导出时的句子。没有收费的请都填 0。'}
    </p>
  );
}

export function FeeFields() {
  return (
    <fieldset className="fee">
      <legend>{subHeading(0, FEE_TITLE)}</legend>
      <div className="fee-grid">
        {FEE_FIELDS.map((f) => (
          <FeeInput key={f.key} def={f} />
        ))}
      </div>
      <FeeSentence />
    </fieldset>
  );
}
