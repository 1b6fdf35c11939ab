/**
 * The report's status in its header, and the explicit way to change it: 标记为定稿 (refused with the
 * reason while the final rules find errors) and 撤回为草稿 (every revision stays in the history).
 */
import { useState } from 'react';
import type { ReportRecord } from '../../shared/api';
import { call, messageOf } from '../api';

type Status = ReportRecord['status'];

export const STATUS_LABEL: Record<Status, string> = { draft: '草稿', final: '定稿' };

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span
      className={`status ${status}`}
      data-testid="report-status"
      title={status === 'final' ? '已标记为定稿（已发布的报告）' : '草稿：尚未标记为定稿'}
    >
      {STATUS_LABEL[status]}
    </span>
  );
}

export function StatusControl({
  reportId,
  status,
  flush,
  onChanged,
}: {
  reportId: number;
  status: Status;
  flush: () => Promise<void>;
  onChanged: (status: Status) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const change = async (next: Status) => {
    if (next === 'draft' && !window.confirm('撤回为草稿？报告内容和历史版本都会保留，之后可以再次标记为定稿。')) return;
    setBusy(true);
    setMessage(null);
    try {
      await flush();
      const r = await call('reports.setStatus', { reportId, status: next });
      onChanged(r.status);
    } catch (error) {
      setMessage(messageOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="status-control">
      {status === 'draft' ? (
        <button
          type="button"
          className="small"
          disabled={busy}
          onClick={() => void change('final')}
          title="报告已正式发布时标记为定稿；标记前会按正式版本的要求检查"
        >
          标记为定稿
        </button>
      ) : (
        <button type="button" className="small" disabled={busy} onClick={() => void change('draft')}>
          撤回为草稿
        </button>
      )}
      {message ? (
        <span className="status-refused" role="alert" data-testid="status-message">
          {message}
        </span>
      ) : null}
    </span>
  );
}
