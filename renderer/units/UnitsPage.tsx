/**
 * 多单位核对: the supervising office chooses a folder or many reports, sees one row per file, opens any
 * unit read-only, exports the overview and makes the 汇总 as a new draft. The checking runs in the store
 * process, so this page and any open report stay responsive.
 */
import { useEffect, useState } from 'react';
import type { ResultOf } from '../../shared/api';
import { REPORT_FILE_EXTENSIONS, REPORT_FILE_KINDS_HINT } from '../../shared/import/formats';
import { overviewTotals, UNIT_STATUS_LABEL } from '../../shared/units';
import { call, messageOf } from '../api';
import { AggregateForm } from './AggregateForm';
import { OverviewTable } from './OverviewTable';
import { UnitView } from './UnitView';
import { uploadUnits } from './upload';

/** Electron shows native dialogs (the main process reads the files itself); a browser uploads them. */
const NATIVE_DIALOGS = navigator.userAgent.includes('Electron/');

export function UnitsPage({
  onHome,
  onOpenReport,
  onLoaded,
}: {
  onHome: () => void;
  onOpenReport: (id: number) => void;
  onLoaded: () => void;
}) {
  const [overview, setOverview] = useState<ResultOf<'units.upload'> | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [unit, setUnit] = useState<ResultOf<'units.unit'> | null>(null);

  useEffect(onLoaded, [onLoaded]);

  const start = () => {
    setError(null);
    setNotice(null);
    setUnit(null);
  };

  const upload = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    start();
    setProgress(`正在核对 0 / ${list.length} 个文件…`);
    try {
      const { result, skipped } = await uploadUnits([...list], (sent, total) =>
        setProgress(`正在核对 ${sent} / ${total} 个文件…`),
      );
      setOverview(result);
      if (skipped > 0) setNotice(`跳过了 ${skipped} 个不是报告格式的文件（如 .pdf、.doc、图片）。`);
    } catch (e) {
      setError(e instanceof Error && !('code' in e) ? e.message : messageOf(e));
    } finally {
      setProgress(null);
    }
  };

  const choose = async (mode: 'folder' | 'files') => {
    start();
    setProgress('正在核对所选文件…');
    try {
      setOverview(await call('units.choose', { mode }));
    } catch (e) {
      const message = messageOf(e);
      if (message !== '已取消选择') setError(message);
    } finally {
      setProgress(null);
    }
  };

  const view = async (index: number) => {
    if (!overview) return;
    setError(null);
    try {
      setUnit(await call('units.unit', { sessionId: overview.sessionId, index }));
      window.scrollTo(0, 0);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const exportXlsx = async () => {
    if (!overview) return;
    setError(null);
    try {
      const done = await call('units.exportOverview', { sessionId: overview.sessionId });
      setNotice(`已导出核对总览（Excel）：${done.path}`);
    } catch (e) {
      const message = messageOf(e);
      if (message !== '已取消导出') setError(message);
    }
  };

  const totals = overview ? overviewTotals(overview.rows) : null;
  return (
    <div className="home units-page">
      <header className="home-head row-between">
        <div>
          <h1>多单位核对</h1>
          <p className="muted">
            一次核对多个单位的年度报告，并可生成汇总报告。同一机关相邻年度的报告自动配对做跨年度核对。
          </p>
        </div>
        <button type="button" onClick={onHome}>
          返回我的报告
        </button>
      </header>
      <section className="card" aria-labelledby="choose-heading">
        <h2 id="choose-heading">选择报告</h2>
        <p className="hint">支持 {REPORT_FILE_KINDS_HINT}，文件夹中的子文件夹也会核对。</p>
        <div className="button-row">
          {NATIVE_DIALOGS ? (
            <>
              <button
                type="button"
                className="primary"
                disabled={progress !== null}
                onClick={() => void choose('folder')}
              >
                选择文件夹…
              </button>
              <button type="button" disabled={progress !== null} onClick={() => void choose('files')}>
                选择文件…
              </button>
            </>
          ) : (
            <>
              <label className="file-pick">
                <input
                  type="file"
                  className="sr-only"
                  multiple
                  accept={REPORT_FILE_EXTENSIONS.join(',')}
                  disabled={progress !== null}
                  data-testid="units-files"
                  onChange={(e) => {
                    void upload(e.target.files);
                    e.target.value = '';
                  }}
                />
                <span className="button-look">上传报告文件（可多选）…</span>
              </label>
              <label className="file-pick">
                <input
                  type="file"
                  className="sr-only"
                  // a whole folder, subfolders included (Chromium)
                  {...{ webkitdirectory: '' }}
                  disabled={progress !== null}
                  onChange={(e) => {
                    void upload(e.target.files);
                    e.target.value = '';
                  }}
                />
                <span className="button-look">上传整个文件夹…</span>
              </label>
            </>
          )}
        </div>
        {progress ? (
          <p className="muted" role="status">
            {progress}
          </p>
        ) : null}
      </section>
      {error ? (
        <p className="notice error" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice ok" role="status">
          {notice}
        </p>
      ) : null}
      {unit ? <UnitView unit={unit} onClose={() => setUnit(null)} /> : null}
      {overview && totals && !unit ? (
        <>
          <div className="row-between units-summary">
            <p data-testid="units-totals">
              共 {totals.files} 个文件：{UNIT_STATUS_LABEL.ok} {totals.ok} 个，{UNIT_STATUS_LABEL.errors}{' '}
              {totals.errors} 个，
              {UNIT_STATUS_LABEL.unreadable} {totals.unreadable} 个；与上年度报告配对核对 {totals.paired} 个。
            </p>
            <button type="button" onClick={() => void exportXlsx()}>
              导出为 Excel
            </button>
          </div>
          <div className="units-stack">
            <OverviewTable rows={overview.rows} onView={(i) => void view(i)} />
            <AggregateForm
              key={overview.sessionId}
              sessionId={overview.sessionId}
              rows={overview.rows}
              onOpen={onOpenReport}
            />
          </div>
        </>
      ) : null}
    </div>
  );
}
