/**
 * A report of the 2019 试行 edition as the program exports it (its own 表二 and single （六）其他处理 row,
 * in that year's layout), made into a PDF by Chromium, into a .docx, and into a PDF by LibreOffice from
 * that .docx: each comes back through the real import into the 2019 edition with every one of its cells
 * exactly (negative 本年增/减, amounts with decimals, blanks), the organ and the year.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITION_2019 } from '../../../shared/format';
import { allCells, emptyReport, emptyTables, setCells, type Report } from '../../../shared/report';
import { parseImportBytes, type ImportedFile } from '../../../electron/services/import';
import { publishedReport } from '../import-files/published/report';
import { exportDocx, exportPdf, libreOfficeConvert, workFolder } from './made-files';

/** Two generated 2019 reports (one with blank cells) with a negative 本年增/减 and an amount with decimals. */
const reports: Report[] = [false, true].map((blanks, i) => {
  const [printed] = fc.sample(
    publishedReport({ edition: EDITION_2019, blanks }).filter(
      (r) =>
        Object.values(r.cells).some((v) => v?.startsWith('-')) && Object.values(r.cells).some((v) => v?.includes('.')),
    ),
    { numRuns: 1, seed: 2020 + i },
  );
  const base = emptyReport({ organName: printed!.organ, organKind: '政府部门', year: printed!.year });
  return setCells({ ...base, format: EDITION_2019.id, tables: emptyTables(EDITION_2019) }, printed!.cells);
});

const work = workFolder();
afterAll(() => work.remove());
const files = new Map<string, Uint8Array>();

beforeAll(async () => {
  const docxPaths: string[] = [];
  for (const [i, report] of reports.entries()) {
    files.set(`chromium-${i}.pdf`, await exportPdf(report));
    const docx = await exportDocx(report);
    files.set(`export-${i}.docx`, docx);
    const path = join(work.dir, `export-${i}.docx`);
    writeFileSync(path, docx);
    docxPaths.push(path);
  }
  libreOfficeConvert(docxPaths, 'pdf', work.dir).forEach((pdf, i) =>
    files.set(`libreoffice-${i}.pdf`, new Uint8Array(readFileSync(pdf))),
  );
}, 300_000);

function expectSame(imported: ImportedFile, report: Report): void {
  expect(imported.report.format).toBe('2019');
  const got = new Map(allCells(imported.report).map((c) => [c.id, c.value]));
  const wrong = allCells(report).filter((c) => got.get(c.id) !== c.value);
  expect(wrong.map((c) => `${c.id}: ${c.value} ≠ ${got.get(c.id)}`)).toEqual([]);
  expect(allCells(report)).toHaveLength(EDITION_2019.cells.length);
  expect(imported.report.organ.name).toBe(report.organ.name);
  expect(imported.report.year).toBe(report.year);
}

describe('a 2019 试行 report exported by the program comes back into the 2019 edition', () => {
  for (const kind of ['chromium', 'export', 'libreoffice'] as const) {
    for (const i of [0, 1]) {
      const name = kind === 'export' ? `export-${i}.docx` : `${kind}-${i}.pdf`;
      it(`every cell, the organ and the year: ${name}`, async () => {
        expectSame(await parseImportBytes(name, files.get(name)!), reports[i]!);
      });
    }
  }
});
