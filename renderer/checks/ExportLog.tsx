import { useEffect, useState } from 'react';
import type { ExportLogEntry } from '../../shared/api';
import { call, messageOf } from '../api';
import { useExportsShell } from './export-shell';
import { ExportFileActions } from './ExportFileActions';

const KIND_LABEL = { docx: 'Word', pdf: 'PDF', html: '网页', json: 'JSON' } as const;

/** 导出记录: where earlier exports of this report were saved, newest first. */
// refresh: any new value (the outcome of the latest export) reloads the list
export function ExportLog({ reportId, refresh }: { reportId: number; refresh: unknown }) {
  const [entries, setEntries] = useState<ExportLogEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shell = useExportsShell();
  useEffect(() => {
    let live = true;
    call('reports.exports', { reportId })
      .then((list) => live && setEntries([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))))
      .catch((e) => live && setError(`无法读取导出记录：${messageOf(e)}`));
    return () => {
      live = false;
    };
  }, [reportId, refresh]);
  if (error) return <p className="notice error">{error}</p>;
  if (!entries || entries.length === 0) return null;
  return (
    <details className="export-log">
      <summary>导出记录（{entries.length}）</summary>
      <ul>
        {entries.map((e) => (
          <li key={e.id}>
            {new Date(e.createdAt).toLocaleString('zh-CN', { hour12: false })} · {KIND_LABEL[e.kind]} ·{' '}
            {e.final ? '正式版本' : '草稿'} · <span className="path">{e.path}</span>
            {shell ? <ExportFileActions reportId={reportId} exportId={e.id} shell={shell} /> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
