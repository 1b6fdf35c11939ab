/** 在文件夹中显示 (Electron) or 再次下载 (browser) beside a saved export. */
import { useState } from 'react';
import { messageOf } from '../api';
import { downloadExport, showExportInFolder, type ExportsShell } from './export-shell';

export function ExportFileActions({
  reportId,
  exportId,
  shell,
}: {
  reportId: number;
  exportId: number;
  shell: ExportsShell;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const run = (job: () => Promise<unknown>) => {
    setProblem(null);
    job().catch((error) => setProblem(messageOf(error)));
  };
  if (!shell.showInFolder && !shell.download) return null;
  return (
    <span className="export-file-actions">
      {shell.showInFolder ? (
        <button type="button" className="small" onClick={() => run(() => showExportInFolder(reportId, exportId))}>
          在文件夹中显示
        </button>
      ) : null}
      {shell.download ? (
        <button type="button" className="small" onClick={() => run(() => downloadExport(reportId, exportId))}>
          再次下载
        </button>
      ) : null}
      {problem ? (
        <span className="field-msg" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
