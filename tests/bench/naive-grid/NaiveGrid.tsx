/**
 * The peer of the keystroke bench: a naive react-hook-form grid of the same 200 cells (TABLE_CELLS, in
 * the three tables) with the same derived totals (derivationsOf), written the way a form usually starts:
 * `watch()` at the top, so every change re-renders the whole grid and recomputes every total. Bundled
 * with esbuild by tests/bench/naive-grid/serve.ts; never part of the app.
 */
import { createRoot } from 'react-dom/client';
import { useForm } from 'react-hook-form';
import { EDITION_2021, TABLE_CELLS, type TableCellDef } from '../../../shared/format';
import { derivationsOf } from '../../../shared/report/derive';

/** the totals the form derives, in the order it computes them (the national format's current edition) */
const DERIVATIONS = derivationsOf(EDITION_2021).all;

type Values = Record<string, string>;

declare global {
  interface Window {
    __naiveGridValues: Record<string, string | null>;
  }
}

function sum(parts: readonly string[], read: (id: string) => string): string {
  let total = 0;
  for (const id of parts) total += Number(read(id) || 0);
  return String(total);
}

/** a dotted cell id would be a nested path for react-hook-form: each cell is one flat field */
const field = (id: string) => id.replace(/\./g, '_');

function NaiveGrid({ initial }: { initial: Values }) {
  const { register, watch } = useForm<Values>({ defaultValues: initial });
  const values = watch();
  const derived = new Map<string, string>();
  const read = (id: string) => derived.get(id) ?? values[field(id)] ?? '';
  for (const d of DERIVATIONS) derived.set(d.cell, sum(d.parts, read));
  const tables = ['T2', 'T3', 'T4'].map((table) => TABLE_CELLS.filter((c) => c.id.startsWith(`${table}.`)));
  const rowsOf = (cells: readonly TableCellDef[]) => {
    const rows = new Map<string, TableCellDef[]>();
    for (const c of cells) {
      const row = c.id.split('.')[1]!;
      rows.set(row, [...(rows.get(row) ?? []), c]);
    }
    return [...rows.entries()];
  };
  return (
    <form>
      {tables.map((cells, t) => (
        <table key={t} className="grid">
          <tbody>
            {rowsOf(cells).map(([row, rowCells]) => (
              <tr key={row}>
                <th>{rowCells[0]!.rowTitle}</th>
                {rowCells.map((c) => (
                  <td key={c.id}>
                    {c.derived ? (
                      <output data-cell={c.id}>{derived.get(c.id)}</output>
                    ) : (
                      <input data-cell={c.id} inputMode="decimal" autoComplete="off" {...register(field(c.id))} />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </form>
  );
}

const initial: Values = {};
for (const [id, value] of Object.entries(window.__naiveGridValues)) initial[field(id)] = value ?? '';
createRoot(document.getElementById('root')!).render(<NaiveGrid initial={initial} />);
