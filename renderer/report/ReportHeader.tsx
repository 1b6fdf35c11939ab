/** The report's header line: back, title, status, save state, publication deadline. */
import { useFormContext, useWatch } from 'react-hook-form';
import { reportTitle } from '../../shared/format';
import type { Report } from '../../shared/report';
import { deadlineText } from '../deadline';
import { saveStateText, useSaveState, type SaveStatus } from './autosave';

export function SaveStateLine({ status, onReload }: { status: SaveStatus; onReload: () => void }) {
  const save = useSaveState(status);
  return (
    <span className={`save-state ${save.kind}`} role="status" data-testid="save-state">
      {saveStateText(save)}
      {save.kind === 'conflict' ? (
        <button type="button" className="small primary" onClick={onReload}>
          载入最新内容
        </button>
      ) : null}
    </span>
  );
}

export function HeaderTitle({ year }: { year: number }) {
  const { control } = useFormContext<Report>();
  const [title, name] = useWatch({ control, name: ['title', 'organ.name'] }) as [string, string];
  return <h1 className="report-title">{title.trim() || reportTitle(name, year)}</h1>;
}

export function DeadlineLine({ year }: { year: number }) {
  const { control } = useFormContext<Report>();
  const kind = useWatch({ control, name: 'organ.kind' });
  const deadline = deadlineText(kind, year);
  return <span className={`deadline${deadline.overdue ? ' overdue' : ''}`}>{deadline.text}</span>;
}
