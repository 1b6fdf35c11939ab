/**
 * `nianbao check` and `nianbao import` on a report published in the 2019 试行 layout (a generated one,
 * printed as text by published/): check reads it into the 2019 edition and prints every one of its
 * cells; import stores it in its own edition (read-only in the app, the start of next year's report),
 * every number as printed, read back from the SQLite file.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EDITION_2019 } from '../../../shared/format';
import { runCheck } from '../../../electron/cli/check';
import { runImport } from '../../../electron/cli/import';
import { openStore } from '../../../electron/services/store';
import { printReport } from './published/print';
import { toText } from './published/render';
import { publishedReport } from './published/report';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-2019-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

// one generated 2019 report with negative 本年增/减 and an amount with decimals, as a text file
const [report] = fc.sample(
  publishedReport({ edition: EDITION_2019 }).filter(
    (r) =>
      Object.values(r.cells).some((v) => v?.startsWith('-')) && Object.values(r.cells).some((v) => v?.includes('.')),
  ),
  { numRuns: 1, seed: 2019 },
);
const path = join(dir, '年报.txt');
writeFileSync(path, toText(printReport(report!)));

describe('the CLI on a report of the 2019 试行 layout', () => {
  it('check --json: format 2019 and exactly the 2019 cells, every number as printed', async () => {
    const c = capture();
    const code = await runCheck([path, '--json', '--today', `${report!.year + 1}-01-10`], c.io);
    expect(c.err.join('')).not.toContain('出现意外错误');
    const out = JSON.parse(c.out.join(''));
    expect(out.report.format).toBe('2019');
    expect(out.report.organ.name).toBe(report!.organ);
    expect(out.report.year).toBe(report!.year);
    expect(out.report.cells).toEqual(report!.cells);
    expect(Object.keys(out.report.cells)).toEqual(EDITION_2019.cells.map((c) => c.id));
    expect([0, 1]).toContain(code);
  });

  it('check (text): the import report says it was read as the 2019 试行 format', async () => {
    const c = capture();
    await runCheck([path, '--today', `${report!.year + 1}-01-10`], c.io);
    const text = c.out.join('');
    expect(text).toContain(`格式：${EDITION_2019.name}`);
    expect(text).toContain(`已按${EDITION_2019.name}导入`);
  });

  it('import: stored as a 2019 试行 report, every number as printed in the SQLite file', async () => {
    const dataDir = join(dir, 'data');
    const c = capture();
    // the facts a name may leave open are given, so that the command needs no questions
    const answers = ['--kind', '政府部门', '--rules-power', '否'];
    expect(await runImport([path, '--data-dir', dataDir, ...answers], c.io)).toBe(0);
    const store = openStore({ dir: dataDir });
    try {
      const list = await store.listReports();
      expect(list).toHaveLength(1);
      const { report: stored } = await store.openReport(list[0]!.id);
      expect(stored.format).toBe('2019');
      expect(stored.organ.name).toBe(report!.organ);
      expect(stored.year).toBe(report!.year);
      for (const cell of EDITION_2019.cells) {
        if (cell.derived) continue;
        const [table, row, column] = cell.id.split('.') as ['T2' | 'T3' | 'T4', string, string];
        expect(stored.tables[table][row]![column], cell.id).toBe(report!.cells[cell.id]);
      }
    } finally {
      store.close();
    }
  });
});
