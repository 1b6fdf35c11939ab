import { startTransition, useEffect, useRef, useState } from 'react';
import type { ReportRecord } from '../../shared/api';
import { editionOf } from '../../shared/format';
import type { Report } from '../../shared/report';
import { messageOf } from '../api';
import { takePending } from './autosave';
import { openReport, takeAnsweredReport } from './first-open';
import { ReportEditor, type PaneProps } from './ReportEditor';

interface Loaded {
  record: ReportRecord;
  recovered: Report | null;
  token: number;
}

/**
 * The stored report and the copy of unsaved changes to start from: viewing shows what is stored; a copy
 * waits for the next time the report is opened for editing (a report of an import-only edition is never
 * edited, so it has none).
 */
function startFrom(record: ReportRecord, readOnly: boolean): Loaded {
  const editable = !readOnly && !editionOf(record.report).importOnly;
  const recovered = editable ? takePending(record.id, record.revisionId, record.report) : null;
  return { record, recovered, token: 0 };
}

/** Loads one report and keeps its editor; a restored revision starts a fresh editor. */
export function ReportPage({
  reportId,
  ...props
}: PaneProps & { reportId: number; readOnly: boolean; onEdit: () => void; onLoaded: () => void }) {
  const { onLoaded, readOnly } = props;
  // asked for as the entry script started or as App routed here (first-open.ts): when the answer is
  // already in, the editor is rendered in this first render, without a "正在打开" commit and a request
  const [loaded, setLoaded] = useState<Loaded | null>(() => {
    const record = takeAnsweredReport(reportId);
    return record ? startFrom(record, readOnly) : null;
  });
  const answeredFor = useRef(loaded ? reportId : null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (answeredFor.current === reportId) {
      onLoaded();
      return undefined;
    }
    let live = true;
    openReport(reportId)
      .then((record) => {
        if (!live) return;
        const next = startFrom(record, readOnly);
        // the editor and its table are rendered in slices that yield to the browser (a transition),
        // not in one long task that would hold up the first keystroke on a slow machine
        startTransition(() => setLoaded(next));
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
