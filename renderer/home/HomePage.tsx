import { memo, useCallback, useLayoutEffect, useState } from 'react';
import type { Organ, ReportRecord, ReportSummary } from '../../shared/api';
import { call, messageOf } from '../api';
import { deadlineText } from '../deadline';
import { DamagedReportActions } from './DamagedReport';
import { editedAtText } from './edited-at';
import { answeredHomeLists, dropEarlyHomeLists, homeLists, type HomeLists, type HomeListsAnswer } from './first-list';
import { ImportPanel } from './ImportPanel';
import { NewReportForm } from './NewReportForm';
import { OrganList } from './OrganList';

/** A report saved by a newer version of the program: nothing is wrong with it, this version cannot read it. */
const NEEDS_NEWER_VERSION = '此报告由更新版本的年报助手保存，内容完好；请升级年报助手后打开（无需恢复）';

const OrganReports = memo(function OrganReports({
  organ,
  reports,
  onOpen,
  onView,
  onError,
  onReload,
}: {
  organ: Organ;
  reports: ReportSummary[];
  onOpen: (id: number) => void;
  onView: (id: number) => void;
  onError: (m: string) => void;
  onReload: () => void;
}) {
  // a deadline (and an overdue mark) only for a report still being written: a 定稿 is published
  const draft = reports.find((r) => r.status === 'draft');
  const deadline = draft ? deadlineText(organ.kind, draft.year) : null;
  const years = new Set(reports.map((r) => r.year));
  return (
    <section className="card organ" aria-label={organ.name}>
      <div className="row-between">
        <h3>
          {organ.name}{' '}
          <span className="muted small-text">
            {organ.kind}
            {organ.region ? ` · ${organ.region}` : ''}
          </span>
        </h3>
        {deadline ? (
          <span className={`deadline${deadline.overdue ? ' overdue' : ''}`} data-testid="organ-deadline">
            {deadline.text}
          </span>
        ) : null}
      </div>
      {reports.length === 0 ? (
        <p className="muted">还没有报告。</p>
      ) : (
        <table className="report-list">
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">状态</th>
              <th scope="col">最后编辑</th>
              <th scope="col">核对</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.id} data-report-year={r.year}>
                <td>{r.year}年</td>
                <td>
                  <span className={`status ${r.status}`}>{r.status === 'final' ? '定稿' : '草稿'}</span>
                </td>
                <td>{editedAtText(r.updatedAt)}</td>
                <td>
                  {r.needsNewerVersion ? (
                    <span className="state warning" title={NEEDS_NEWER_VERSION}>
                      需要新版本
                    </span>
                  ) : r.damaged ? (
                    <span className="state error" title="保存的内容无法读取，请点“恢复”">
                      损坏
                    </span>
                  ) : (
                    <>
                      {r.errorCount > 0 ? <span className="state error">错误 {r.errorCount}</span> : null}
                      {r.warningCount > 0 ? <span className="state warning">警告 {r.warningCount}</span> : null}
                      {r.errorCount === 0 && r.warningCount === 0 ? <span className="state done">无问题</span> : null}
                    </>
                  )}
                </td>
                {r.needsNewerVersion ? (
                  <td className="actions">
                    <span className="muted small-text" data-testid="needs-newer-version">
                      {NEEDS_NEWER_VERSION}
                    </span>
                  </td>
                ) : r.damaged ? (
                  <td className="actions">
                    <DamagedReportActions summary={r} onOpen={onOpen} onError={onError} onReload={onReload} />
                  </td>
                ) : (
                  <td className="actions">
                    <button
                      type="button"
                      className="small primary"
                      onClick={() => onOpen(r.id)}
                      aria-label={`打开${r.year}年报告`}
                    >
                      打开
                    </button>
                    <button
                      type="button"
                      className="small"
                      onClick={() => onView(r.id)}
                      aria-label={`查看${r.year}年报告（只读）`}
                      title="只读查看：不会修改此报告"
                    >
                      查看
                    </button>
                    {!years.has(r.year + 1) ? (
                      <button
                        type="button"
                        className="small"
                        onClick={async () => {
                          try {
                            const created = await call('reports.newFromPrior', { reportId: r.id });
                            onOpen(created.id);
                          } catch (e) {
                            onError(messageOf(e));
                          }
                        }}
                      >
                        以此为基础新建{r.year + 1}年报告
                      </button>
                    ) : null}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});

interface Lists {
  organs: Organ[];
  /** newest year first */
  reports: ReportSummary[];
}

function listsOf([organs, reports]: HomeLists): Lists {
  return { organs, reports: [...reports].sort((a, b) => b.year - a.year) };
}

const listError = (error: unknown) => `无法读取报告列表：${messageOf(error)}`;
const NO_LISTS: Lists = { organs: [], reports: [] };

/** what the page shows from an answer: the lists, or none and the reason */
function shown(answer: HomeListsAnswer | null): { lists: Lists | null; error: string | null } {
  if (!answer) return { lists: null, error: null };
  return answer.ok
    ? { lists: listsOf(answer.lists), error: null }
    : { lists: NO_LISTS, error: listError(answer.error) };
}

export const HomePage = memo(function HomePage({
  onOpen,
  onView,
  onUnits,
  recovery,
  onLoaded,
}: {
  onOpen: (id: number) => void;
  onView: (id: number) => void;
  /** 多单位核对: the supervising office's page */
  onUnits: () => void;
  recovery: string | null;
  onLoaded: () => void;
}) {
  // the lists the entry script asked for, if their answer came before this first render: shown by it
  const [initial] = useState(() => shown(answeredHomeLists()));
  const [lists, setLists] = useState(initial.lists);
  const [error, setError] = useState(initial.error);
  const answeredFirst = initial.lists !== null;
  const [notice, setNotice] = useState<string | null>(null);

  const [loads, setLoads] = useState(0);
  const load = useCallback(() => setLoads((n) => n + 1), []);

  // A layout effect, not a passive one: it runs as the page is committed, so an answer that comes later
  // is rendered as soon as it comes; a passive effect would wait until React runs effects after the
  // first paint and hold the list back by that paint and whatever runs before it.
  useLayoutEffect(() => {
    if (loads === 0 && answeredFirst) {
      dropEarlyHomeLists();
      onLoaded();
      return;
    }
    let live = true;
    // the first load takes the lists the entry script asked for before React rendered
    homeLists()
      .then((answer) => {
        // one update: the organs and their reports arrive together, the list renders once
        if (live) setLists(listsOf(answer));
      })
      .catch((e) => {
        if (!live) return;
        setError(listError(e));
        setLists(NO_LISTS);
      })
      .finally(onLoaded);
    return () => {
      live = false;
    };
  }, [loads, answeredFirst, onLoaded]);
  const organs = lists?.organs ?? null;
  const reports = lists?.reports ?? NO_LISTS.reports;

  const imported = (record: ReportRecord, open: boolean) => {
    if (open) onOpen(record.id);
    else {
      setNotice(`已保存 ${record.report.organ.name} ${record.year}年报告（定稿）。`);
      load();
    }
  };

  return (
    <div className="home">
      <header className="home-head row-between">
        <div>
          <h1>政府信息公开年报助手</h1>
          <p className="muted">按国办公开办函〔2021〕30号格式编写、核对和导出政府信息公开工作年度报告</p>
        </div>
        <button type="button" onClick={onUnits} title="核对多个单位的报告并生成汇总">
          多单位核对
        </button>
      </header>
      {recovery ? (
        <p className="notice error" role="alert">
          {recovery}
        </p>
      ) : null}
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
      <div className="home-grid">
        <div className="home-main">
          <h2>我的报告</h2>
          {organs === null ? <p className="muted">正在读取…</p> : null}
          {organs && organs.length === 0 ? (
            <p className="muted empty-hint">还没有报告。请在右侧新建报告，或导入往年已发布的报告。</p>
          ) : null}
          {organs && organs.length > 0 ? (
            <OrganList organs={organs} reports={reports}>
              {(organ, ofOrgan) => (
                <OrganReports
                  organ={organ}
                  reports={ofOrgan}
                  onOpen={onOpen}
                  onView={onView}
                  onError={setError}
                  onReload={load}
                />
              )}
            </OrganList>
          ) : null}
        </div>
        <div className="home-side">
          <NewReportForm organs={organs ?? []} onCreated={(r) => onOpen(r.id)} />
          <ImportPanel onImported={imported} />
        </div>
      </div>
    </div>
  );
});
