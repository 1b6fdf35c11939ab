/**
 * Exports of a stored 2019 试行 report, through the real export handlers: a published copy of that year's
 * layout. The .docx holds the 2019 表二 headers and every generated 2019 number, the single （六）其他处理
 * row, and none of the 2021 表二 columns; the report file keeps every cell.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '../../../shared/api';
import { EDITION_2019, EDITION_2021, editionDifferences } from '../../../shared/format';
import { getCell } from '../../../shared/report';
import { parseReportFile } from '../../../shared/report-file';
import { openStore } from '../../../electron/services/store';
import type { Store } from '../../../electron/services/store/types';
import { createExportHandlers } from '../../../electron/services/export/handlers';
import { report2019 } from '../../report-2019';
import { findAll, openDocx, textOf } from './ooxml';

const dirs: string[] = [];
const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const temp = (label: string) => {
  const d = mkdtempSync(join(tmpdir(), `nianbao-ed2019-${label}-`));
  dirs.push(d);
  return d;
};

describe('exports of a 2019 试行 report', () => {
  it('a final .docx in the 2019 layout with every number, and a report file with every cell', async () => {
    const report = report2019({ seed: 1 + (Date.now() % 9973) });
    const store = openStore({ dir: temp('data') });
    stores.push(store);
    const record = await store.importReport(report, 'final', false);
    const out = temp('out');
    const handlers = createExportHandlers({
      store,
      choosePath: async (_kind, name) => join(out, name),
      printPdf: () => Promise.reject(new Error('no PDF in this test')),
      appVersion: '9.9.9',
    });
    const call = async (kind: 'docx' | 'json') => {
      const r = await dispatch(handlers as unknown as Handlers, 'export.file', {
        reportId: record.id,
        kind,
        final: true,
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { path: string; final: boolean };
    };

    const docx = await call('docx');
    expect(docx.final).toBe(true);
    const { document } = await openDocx(readFileSync(docx.path));
    const tables = findAll(document, 'w:tbl');
    expect(tables).toHaveLength(3);
    const [t2, t3] = tables.map((t) => findAll(t, 'w:tc').map(textOf));
    for (const block of EDITION_2019.t2Blocks) {
      expect(t2).toContain(block.header);
      for (const column of block.columns) expect(t2).toContain(column.label);
      for (const row of block.rows) {
        expect(t2).toContain(row.label);
        for (const column of block.columns) expect(t2).toContain(getCell(report, `T2.${row.key}.${column.key}`));
      }
    }
    const only2021 = EDITION_2021.t2Blocks.flatMap((b) => b.columns.map((c) => c.label));
    for (const label of only2021) expect(t2).not.toContain(label);
    expect(t3).toContain('（六）其他处理');
    for (const r of EDITION_2021.t3Rows.filter((r) => !EDITION_2019.t3Rows.some((o) => o.key === r.key)))
      expect(t3).not.toContain(r.label);
    expect(editionDifferences(EDITION_2019, EDITION_2021)).toHaveLength(2);

    const file = await call('json');
    const back = parseReportFile(readFileSync(file.path, 'utf8')).report;
    expect(back).toEqual(report);
  });
});
