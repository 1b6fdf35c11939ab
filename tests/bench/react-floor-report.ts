/**
 * Serves the report page's React floor (react-floor-report/FloorTable.tsx, bundled with esbuild as
 * production React) on a loopback port: one page holding 表三's values and the app's own style sheet,
 * its script a separate file as the app's are. The editor bench loads it at 4× with the same paint probe
 * as the report URL, in the same run: the distance between the two is what the app adds to React's own cost.
 */
import { TABLE_CELLS } from '../../shared/format';
import { getCell, type Report } from '../../shared/report';
import { serveBenchPage, type BenchPageServer } from './react-page-server';

export type ReactFloorServer = BenchPageServer;

export function serveReactFloor(report: Report, projectRoot: string): Promise<ReactFloorServer> {
  return serveBenchPage({
    projectRoot,
    entry: ['tests', 'bench', 'react-floor-report', 'FloorTable.tsx'],
    format: 'esm',
    title: 'React floor',
    valuesGlobal: '__floorValues',
    values: Object.fromEntries(
      TABLE_CELLS.filter((c) => c.id.startsWith('T3.')).map((c) => [c.id, getCell(report, c.id)]),
    ),
  });
}
