/**
 * The home page's peers (tests/bench/home-floors.ts): the home list's first screen, two organ cards of
 * 20 reports each (the 40 rows the app puts into the DOM for 1,000 reports), in the same markup and
 * classes as renderer/home/HomePage.tsx, from a fixed array: no API, no state, no windowing, no side
 * panel. Rendered by React in the browser (main.tsx, the React floor) and, through react-dom/server,
 * as static HTML (the browser's floor). Never part of the app.
 */
export interface FloorReport {
  id: number;
  year: number;
  updatedAt: string;
  errorCount: number;
  warningCount: number;
}

export interface FloorCard {
  id: number;
  name: string;
  kind: string;
  region: string;
  deadline: string;
  /** newest year first */
  reports: FloorReport[];
}

function Card({ card }: { card: FloorCard }) {
  const years = new Set(card.reports.map((r) => r.year));
  return (
    <section className="card organ" aria-label={card.name}>
      <div className="row-between">
        <h3>
          {card.name}{' '}
          <span className="muted small-text">
            {card.kind}
            {card.region ? ` · ${card.region}` : ''}
          </span>
        </h3>
        <span className="deadline" data-testid="organ-deadline">
          {card.deadline}
        </span>
      </div>
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
          {card.reports.map((r) => (
            <tr key={r.id} data-report-year={r.year}>
              <td>{r.year}年</td>
              <td>
                <span className="status draft">草稿</span>
              </td>
              <td>{r.updatedAt}</td>
              <td>
                {r.errorCount > 0 ? <span className="state error">错误 {r.errorCount}</span> : null}
                {r.warningCount > 0 ? <span className="state warning">警告 {r.warningCount}</span> : null}
                {r.errorCount === 0 && r.warningCount === 0 ? <span className="state done">无问题</span> : null}
              </td>
              <td className="actions">
                <button type="button" className="small primary" aria-label={`打开${r.year}年报告`}>
                  打开
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={`查看${r.year}年报告（只读）`}
                  title="只读查看：不会修改此报告"
                >
                  查看
                </button>
                {!years.has(r.year + 1) ? (
                  <button type="button" className="small">
                    以此为基础新建{r.year + 1}年报告
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function FloorHome({ cards }: { cards: readonly FloorCard[] }) {
  return (
    <div className="home">
      <header className="home-head row-between">
        <div>
          <h1>政府信息公开年报助手</h1>
          <p className="muted">按国办公开办函〔2021〕30号格式编写、核对和导出政府信息公开工作年度报告</p>
        </div>
      </header>
      <div className="home-grid">
        <div className="home-main">
          <h2>我的报告</h2>
          {cards.map((card) => (
            <div key={card.id} data-window-key={card.id} style={{ display: 'flow-root' }}>
              <Card card={card} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** the fixed array: what the seeded data folder's first two cards show (seed-reports.ts: 20 years from 2008, 6 warnings) */
export function floorCards(): FloorCard[] {
  return [10, 11].map((n) => ({
    id: n,
    name: `第${n}号机关`,
    kind: '政府部门',
    region: '孟州市',
    deadline: '2027年度报告公开期限：截至2028年1月31日（还有 427 天）',
    reports: Array.from({ length: 20 }, (_, i) => ({
      id: n * 100 + i,
      year: 2027 - i,
      updatedAt: '2026/11/30 22:58',
      errorCount: 0,
      warningCount: 6,
    })),
  }));
}
