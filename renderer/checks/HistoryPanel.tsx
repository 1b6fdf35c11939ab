import { useEffect, useRef, useState } from 'react';
import type { HistorySession, ReportRecord } from '../../shared/api';
import { call, messageOf } from '../api';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

function clock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleTimeString('zh-CN', { hour12: false });
}

function RestoreButton({
  label,
  at,
  revisionId,
  restore,
}: {
  label: string;
  at: string;
  revisionId: number;
  restore: (revisionId: number, at: string) => Promise<void>;
}) {
  return (
    <button type="button" className="small" onClick={() => void restore(revisionId, at)}>
      {label}
    </button>
  );
}

/**
 * Kept across the editor's remount after a restore, so the list stays open where the clerk was, with
 * a line saying what was restored.
 */
const reopen = new Map<number, string>();

/**
 * Earlier versions of the report as editing sessions, each saying what it changed, and going back to
 * one; a report only viewed (onRestored null) lists them without the way back.
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
  const [sessions, setSessions] = useState<HistorySession[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [restored, setRestored] = useState<string | null>(() => reopen.get(reportId) ?? null);
  const section = useRef<HTMLElement>(null);
  const load = async () => {
    setMessage(null);
    try {
      await flush();
      setSessions(await call('reports.sessions', { reportId }));
    } catch (error) {
      setMessage(messageOf(error));
    }
  };
  const restore = async (revisionId: number, at: string) => {
    if (!onRestored) return;
    if (!window.confirm(`恢复到 ${when(at)} 时的内容？当前内容会作为新版本保留在历史中，随时可以再恢复回来。`)) return;
    try {
      await flush();
      const record = await call('reports.restore', { reportId, revisionId });
      reopen.set(reportId, `已恢复到 ${when(at)} 时的内容；恢复前的内容在列表最上面一段中。`);
      setRestored(null);
      onRestored(record);
    } catch (error) {
      setMessage(`恢复失败：${messageOf(error)}`);
    }
  };
  // after a restore the editor remounts: the list comes back open, where the clerk was
  const [reopened] = useState(() => reopen.has(reportId));
  useEffect(() => {
    if (!reopened) return undefined;
    reopen.delete(reportId);
    section.current?.scrollIntoView({ block: 'start' });
    let live = true;
    call('reports.sessions', { reportId })
      .then((list) => live && setSessions(list))
      .catch((error: unknown) => live && setMessage(messageOf(error)));
    return () => {
      live = false;
    };
  }, [reopened, reportId]);
  return (
    <section className="history" aria-labelledby="history-heading" ref={section}>
      <div className="row-between">
        <h3 id="history-heading">历史版本</h3>
        <button type="button" className="small" onClick={() => void load()}>
          {sessions ? '刷新' : '查看历史版本'}
        </button>
      </div>
      <p className="hint">自动保存的版本按编辑时段归并（间隔超过 15 分钟算新的一段），每段列出改动的部分。</p>
      {restored ? (
        <p className="notice ok" role="status" data-testid="history-restored">
          {restored}
        </p>
      ) : null}
      {message ? <p className="notice error">{message}</p> : null}
      {sessions ? (
        sessions.length === 0 ? (
          <p className="muted">还没有保存过的版本。</p>
        ) : (
          <ol className="sessions" data-testid="history-sessions">
            {sessions.map((s) => (
              <li key={s.revisionId} className="session" data-revision={s.revisionId}>
                <div className="session-head">
                  <span className="session-time">
                    {when(s.startedAt)}
                    {s.endedAt !== s.startedAt ? ` – ${clock(s.endedAt)}` : ''}
                  </span>
                  <span className="muted">
                    {s.revisions.length} 次保存
                    {s.current ? '（当前）' : ''}
                  </span>
                  {!s.current && onRestored ? (
                    <RestoreButton
                      label="恢复到此段结束时"
                      at={s.endedAt}
                      revisionId={s.revisionId}
                      restore={restore}
                    />
                  ) : null}
                </div>
                <ul className="session-changes">
                  {s.created ? <li>新建或导入报告</li> : null}
                  {s.changes.map((c) => (
                    <li key={c.place}>{c.text}</li>
                  ))}
                  {!s.created && s.changes.length === 0 ? <li className="muted">内容没有变化</li> : null}
                </ul>
                {s.revisions.length > 1 ? (
                  <details className="session-saves">
                    <summary>逐次保存（{s.revisions.length}）</summary>
                    <ol className="revisions">
                      {s.revisions.map((r, i) => (
                        <li key={r.id}>
                          <span>
                            {clock(r.createdAt)}
                            {s.current && i === 0 ? '（当前）' : ''}
                          </span>
                          {(!s.current || i > 0) && onRestored ? (
                            <RestoreButton label="恢复此版本" at={r.createdAt} revisionId={r.id} restore={restore} />
                          ) : null}
                        </li>
                      ))}
                    </ol>
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        )
      ) : null}
    </section>
  );
}
