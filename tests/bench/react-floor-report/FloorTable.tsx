/**
 * The React floor of the report-open bench: the same React build (production react-dom, bundled by
 * esbuild) rendering a static 表三-sized table (every 表三 cell of the national format, its row titles,
 * inputs and outputs carrying the same data-cell ids) from values written into the page, with the app's
 * style sheet. No data request, no router, no form, no rules: what React itself costs to put that table on
 * the screen, measured with the same paint probe as the report URL. Never part of the app.
 */
import { createRoot } from 'react-dom/client';
import { TABLE_CELLS, type TableCellDef } from '../../../shared/format';

declare global {
  interface Window {
    __floorValues: Record<string, string | null>;
  }
}

const T3_CELLS = TABLE_CELLS.filter((c) => c.id.startsWith('T3.'));

function rowsOf(cells: readonly TableCellDef[]): Array<[string, TableCellDef[]]> {
  const rows = new Map<string, TableCellDef[]>();
  for (const c of cells) {
    const row = c.id.split('.')[1]!;
    rows.set(row, [...(rows.get(row) ?? []), c]);
  }
  return [...rows.entries()];
}

function FloorTable({ values }: { values: Record<string, string | null> }) {
  return (
    <table className="official-table table-T3">
      <tbody>
        {rowsOf(T3_CELLS).map(([row, cells]) => (
          <tr key={row}>
            <th>{cells[0]!.rowTitle}</th>
            {cells.map((c) => (
              <td key={c.id}>
                {c.derived ? (
                  <output data-cell={c.id}>{values[c.id]}</output>
                ) : (
                  <input data-cell={c.id} inputMode="decimal" autoComplete="off" defaultValue={values[c.id] ?? ''} />
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

createRoot(document.getElementById('root')!).render(<FloorTable values={window.__floorValues} />);
