/** The overview of a many-units check: sortable columns, a filter to the files with problems, a search by organ. */
import { Fragment, useMemo, useState } from 'react';
import { OVERVIEW_COLUMNS, UNIT_STATUS_LABEL, type OverviewRow } from '../../shared/units';

const SHOWN = ['file', 'organ', 'kind', 'year', 'status', 'errors', 'warnings', 'findingIds', 'importNotes', 'prior'];
const COLUMNS = OVERVIEW_COLUMNS.filter((c) => SHOWN.includes(c.key));
const NUMERIC = new Set(['year', 'errors', 'warnings', 'importNotes']);

type Sort = { key: string; descending: boolean };

export function OverviewTable({ rows, onView }: { rows: readonly OverviewRow[]; onView: (index: number) => void }) {
  const [sort, setSort] = useState<Sort>({ key: 'file', descending: false });
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [search, setSearch] = useState('');

  const shown = useMemo(() => {
    const column = COLUMNS.find((c) => c.key === sort.key)!;
    const needle = search.trim();
    const list = rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => !problemsOnly || row.status !== 'ok')
      .filter(({ row }) => needle === '' || row.organ.includes(needle));
    const numeric = NUMERIC.has(sort.key);
    list.sort((a, b) => {
      const x = column.value(a.row);
      const y = column.value(b.row);
      const order = numeric ? Number(x || 0) - Number(y || 0) : String(x).localeCompare(String(y), 'zh-CN');
      return (sort.descending ? -order : order) || a.index - b.index;
    });
    return list;
  }, [rows, sort, problemsOnly, search]);

  return (
    <section className="card" aria-labelledby="overview-heading">
      <div className="row-between">
        <h2 id="overview-heading">核对总览</h2>
        <div className="units-filters">
          <label className="checkbox-line">
            <input type="checkbox" checked={problemsOnly} onChange={(e) => setProblemsOnly(e.target.checked)} />{' '}
            只看有错误或无法读取的文件
          </label>
          <input
            type="search"
            aria-label="按机关名称搜索"
            placeholder="按机关名称搜索"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
      </div>
      <p className="muted small-text" role="status">
        显示 {shown.length} / {rows.length} 个文件
      </p>
      <div className="units-table-wrap">
        <table className="report-list units-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : false }))
                    }
                  >
                    {c.label}
                    {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ row, index }) => (
              <tr key={index} className={`unit-row ${row.status}`} data-status={row.status}>
                {COLUMNS.map((c) => (
                  <td key={c.key} className={`col-${c.key}${NUMERIC.has(c.key) ? ' num' : ''}`}>
                    {c.key === 'status' ? (
                      <span className={`state ${row.status === 'ok' ? 'done' : 'error'}`}>
                        {UNIT_STATUS_LABEL[row.status]}
                      </span>
                    ) : c.key === 'findingIds' ? (
                      // one rule ID never breaks across lines
                      <div className="rule-ids">
                        {row.findingIds.map((id) => (
                          // the space between IDs, outside the no-wrap span, is where a line may break
                          <Fragment key={id}>
                            <span className="rule-id">{id}</span>{' '}
                          </Fragment>
                        ))}
                      </div>
                    ) : (
                      c.value(row)
                    )}
                  </td>
                ))}
                <td className="col-actions">
                  {row.status === 'unreadable' ? (
                    <span className="muted small-text" title={row.message ?? ''}>
                      {row.message}
                    </span>
                  ) : (
                    <button
                      type="button"
                      className="small"
                      onClick={() => onView(index)}
                      aria-label={`查看 ${row.file}`}
                    >
                      查看
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
