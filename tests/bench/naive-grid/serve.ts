/**
 * Serves the naive react-hook-form grid (NaiveGrid.tsx), bundled with esbuild as production React, on a
 * loopback port: one page holding the given cell values and the app's own style sheet.
 */
import { TABLE_CELLS } from '../../../shared/format';
import { getCell, type Report } from '../../../shared/report';
import { serveBenchPage, type BenchPageServer } from '../react-page-server';

export type NaiveGridServer = BenchPageServer;

export function serveNaiveGrid(report: Report, projectRoot: string): Promise<NaiveGridServer> {
  return serveBenchPage({
    projectRoot,
    entry: ['tests', 'bench', 'naive-grid', 'NaiveGrid.tsx'],
    format: 'iife',
    title: 'naive grid',
    valuesGlobal: '__naiveGridValues',
    values: Object.fromEntries(TABLE_CELLS.map((c) => [c.id, getCell(report, c.id)])),
  });
}
