import { useState } from 'react';
import type { ReportRecord, Revision } from '../../shared/api';
import { call, messageOf } from '../api';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

/**
 * Earlier versions of the report (one per autosave that changed something), and going back to one;
 * a report only viewed (onRestored null) lists them without the way back.
 */
export function HistoryPanel({
  reportId,
  flush,
  onRestored,
}: {
  reportId: number;
  flush: () => Promise<void>;
  onRestored: ((r: ReportRecord) => void) | null;
}) {
  const [revisions, setRevisions] = useState<Revision[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const load = async () => {
    setMessage(null);
    try {
      await flush();
      setRevisions(await call('reports.history', { reportId }));
    } catch (error) {
      setMessage(messageOf(error));
    }
  };
  return (
    <section className="history" aria-labelledby="history-heading">
      <div className="row-between">
        <h3 id="history-heading">历史版本</h3>
        <button type="button" className="small" onClick={() => void load()}>
          {revisions ? '刷新' : '查看历史版本'}
        </button>
      </div>
      {message ? <p className="notice error">{message}</p> : null}
      {revisions ? (
        revisions.length === 0 ? (
          <p className="muted">还没有保存过的版本。</p>
        ) : (
          <ol className="revisions">
            {revisions.map((r, i) => (
              <li key={r.id}>
                <span>
                  {when(r.createdAt)}
                  {i === 0 ? '（当前）' : ''}
                </span>
                {i > 0 && onRestored ? (
                  <button
                    type="button"
                    className="small"
                    onClick={async () => {
                      if (!window.confirm(`恢复到 ${when(r.createdAt)} 的版本？当前内容会保留在历史版本中。`)) return;
                      try {
                        await flush();
                        onRestored(await call('reports.restore', { reportId, revisionId: r.id }));
                      } catch (error) {
                        setMessage(`恢复失败：${messageOf(error)}`);
                      }
                    }}
                  >
                    恢复此版本
                  </button>
                ) : null}
              </li>
            ))}
          </ol>
        )
      ) : null}
    </section>
  );
}
