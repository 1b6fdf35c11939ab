/**
 * A report whose stored content cannot be read back (损坏): the rest of the list works as usual; here
 * the clerk restores the newest intact revision from the history, or, when none is intact, a backup.
 */
import { useState } from 'react';
import type { ReportSummary } from '../../shared/api';
import { ApiFailure, call, messageOf } from '../api';

/** Tries the history newest first, skipping revisions that are damaged too. */
async function restoreNewestIntact(summary: ReportSummary): Promise<number | null> {
  const history = await call('reports.history', { reportId: summary.id });
  for (const revision of history) {
    if (revision.id === summary.revisionId) continue;
    try {
      const record = await call('reports.restore', { reportId: summary.id, revisionId: revision.id });
      return record.id;
    } catch (error) {
      if (!(error instanceof ApiFailure && error.code === 'DAMAGED')) throw error;
    }
  }
  return null;
}

export function DamagedReportActions({
  summary,
  onOpen,
  onError,
  onReload,
}: {
  summary: ReportSummary;
  onOpen: (id: number) => void;
  onError: (m: string) => void;
  onReload: () => void;
}) {
  const [backup, setBackup] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fromHistory = async () => {
    setBusy(true);
    try {
      const restored = await restoreNewestIntact(summary);
      if (restored !== null) return onOpen(restored);
      const [newest] = await call('backups.list', {});
      if (!newest) {
        onError(`${summary.year}年报告没有完好的历史版本，也没有备份可以恢复。请从已发布的报告重新导入。`);
        return;
      }
      setBackup(newest.name);
      onError(
        `${summary.year}年报告没有完好的历史版本。可以恢复最近的备份“${newest.name}”：恢复会用备份替换全部报告（当前数据文件会另行保留）。`,
      );
    } catch (error) {
      onError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  const fromBackup = async (name: string) => {
    setBusy(true);
    try {
      await call('backups.restore', { name });
      onReload();
    } catch (error) {
      onError(messageOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="small primary"
        disabled={busy}
        onClick={() => void fromHistory()}
        aria-label={`从历史版本恢复${summary.year}年报告`}
      >
        恢复
      </button>
      {backup ? (
        <button type="button" className="small" disabled={busy} onClick={() => void fromBackup(backup)}>
          恢复备份
        </button>
      ) : null}
    </>
  );
}
