import { partTitle, REPORT_PARTS, type ReportPart } from '../../shared/report';
import type { ReportRecord } from '../../shared/api';
import { useEditor } from '../report/editor-context';
import { useLive } from '../report/live-store';
import { FindingItem } from './FindingItem';
import { infoMessages, useFindingViews } from './findings-view';
import { ExportPanel, type ExportOutcome, type ExportRunner } from './ExportPanel';
import { HistoryPanel } from './HistoryPanel';
import { Preview } from './Preview';

const GROUPS: ReadonlyArray<{ key: ReportPart; title: string }> = REPORT_PARTS.map((part) => ({
  key: part,
  title: partTitle(part),
}));

function FindingList() {
  const { store } = useEditor();
  const findings = useFindingViews(store);
  const infos = useLive(store, infoMessages);
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">核对结果</h3>
      {infos
        ? infos.split('\n').map((text) => (
            <p key={text} className="notice info">
              {text}
            </p>
          ))
        : null}
      {findings.length === 0 ? <p className="notice ok">没有发现错误或警告。</p> : null}
      {GROUPS.map((g) => {
        const mine = findings.filter((f) => f.section === g.key);
        if (mine.length === 0) return null;
        return (
          <div key={g.key} className="finding-group" data-group={g.key}>
            <h4>{g.title}</h4>
            <ul>
              {mine.map((f) => (
                <FindingItem key={f.key} finding={f} where="checks" />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

export function ChecksPane({
  flush,
  exportOutcome,
  runExport,
  onRestored,
}: {
  flush: () => Promise<void>;
  exportOutcome: ExportOutcome | null;
  runExport: ExportRunner;
  onRestored: (r: ReportRecord) => void;
}) {
  const { reportId, readOnly } = useEditor();
  return (
    <section className="pane checks" aria-labelledby="heading-checks">
      <h2 id="heading-checks" tabIndex={-1}>
        检查与导出
      </h2>
      <FindingList />
      <ExportPanel flush={flush} outcome={exportOutcome} runExport={runExport} />
      <Preview />
      <HistoryPanel reportId={reportId} flush={flush} onRestored={readOnly ? null : onRestored} />
    </section>
  );
}
