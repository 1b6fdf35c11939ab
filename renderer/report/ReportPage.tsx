import { startTransition, useEffect, useState } from 'react';
import type { ReportRecord } from '../../shared/api';
import { editionOf } from '../../shared/format';
import type { Report } from '../../shared/report';
import { messageOf } from '../api';
import { takePending } from './autosave';
import { openReport } from './first-open';
import { ReportEditor, type PaneProps } from './ReportEditor';

/** Loads one report and keeps its editor; a restored revision starts a fresh editor. */
export function ReportPage({
  reportId,
  ...props
}: PaneProps & { reportId: number; readOnly: boolean; onEdit: () => void; onLoaded: () => void }) {
  const [loaded, setLoaded] = useState<{ record: ReportRecord; recovered: Report | null; token: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { onLoaded, readOnly } = props;

  useEffect(() => {
    let live = true;
    // a start on this report's address asked for it as the entry script started (first-open.ts)
    openReport(reportId)
      .then((record) => {
        if (!live) return;
        // viewing shows what is stored; a copy of unsaved changes waits for the next time it is opened for
        // editing (a report of an import-only edition is never edited, so it has none)
        const editable = !readOnly && !editionOf(record.report).importOnly;
        const recovered = editable ? takePending(reportId, record.revisionId, record.report) : null;
        // the editor and its table are rendered in slices that yield to the browser (a transition),
        // not in one long task that would hold up the first keystroke on a slow machine
        startTransition(() => setLoaded({ record, recovered, token: 0 }));
        onLoaded();
      })
      .catch((e) => {
        if (!live) return;
        setError(`无法打开报告：${messageOf(e)}`);
        onLoaded();
      });
    return () => {
      live = false;
    };
  }, [reportId, onLoaded, readOnly]);

  if (error) {
    return (
      <div className="page">
        <p className="notice error" role="alert">
          {error}
        </p>
        <button type="button" onClick={props.onHome}>
          返回首页
        </button>
      </div>
    );
  }
  if (!loaded) return <p className="loading">正在打开报告…</p>;
  return (
    <ReportEditor
      key={`${loaded.record.id}:${loaded.token}`}
      record={loaded.record}
      recovered={loaded.recovered}
      {...props}
      onReplaced={(record) => setLoaded((l) => ({ record, recovered: null, token: (l?.token ?? 0) + 1 }))}
    />
  );
}
