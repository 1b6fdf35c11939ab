/**
 * Last year's report from a PDF or a Word 97–2003 file, end to end through parseImportBytes: PDFs made by
 * the program's own export (Chromium) and by LibreOffice from the program's .docx, for the reference
 * fixture and for generated reports (six-digit figures, long organ names whose title breaks, blank cells); a .doc made
 * by LibreOffice; and the files that must be refused, each with its own message.
 *
 * Conversions are few: one Chromium print per report, one LibreOffice run to PDF, one to .doc (all reports
 * in each run).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportText } from '../../../shared/import/text';
import { allCells, setCell, type Report } from '../../../shared/report';
import { parseImportBytes, type ImportedFile } from '../../../electron/services/import';
import { readReportFile } from '../../../electron/services/import/read-file';
import { WPS_SAVE_AS_DOCX_MESSAGE } from '../../../electron/services/import/doc';
import {
  BROKEN_PDF_MESSAGE,
  ENCRYPTED_PDF_MESSAGE,
  FROM_PDF_NOTICE,
  MAX_PDF_BYTES,
  MAX_PDF_PAGES,
  SCANNED_PDF_MESSAGE,
  scannedPagesMessage,
} from '../../../electron/services/import/pdf';
import { fixtureText } from '../import-files/fixture';
import { refusal } from '../import-files/refusal';
import {
  copyAs,
  encryptedPdf,
  exportDocx,
  exportPdf,
  generatedReports,
  handWrittenPdf,
  joinedPdf,
  libreOfficeConvert,
  scannedPdf,
  workFolder,
} from './made-files';

const fixture = (): Report => parseReportText(fixtureText()).report;
const reports: Array<{ name: string; report: Report }> = [
  { name: 'fixture', report: fixture() },
  ...generatedReports(2, 20_251_231).map((report, i) => ({ name: `generated-${i + 1}`, report })),
  ...generatedReports(1, 20_260_101, { blanks: true }).map((report) => ({ name: 'generated-with-blanks', report })),
];

const work = workFolder();
afterAll(() => work.remove());

const chromiumPdfs = new Map<string, Uint8Array>();
const libreOfficePdfs = new Map<string, Uint8Array>();
const libreOfficeDocs = new Map<string, string>();
let libreOfficeDoc: string;

beforeAll(async () => {
  const docxFiles: string[] = [];
  for (const { name, report } of reports) {
    chromiumPdfs.set(name, await exportPdf(report));
    const docx = join(work.dir, `${name}.docx`);
    writeFileSync(docx, await exportDocx(report));
    docxFiles.push(docx);
  }
  libreOfficeConvert(docxFiles, 'pdf', work.dir).forEach((pdf, i) =>
    libreOfficePdfs.set(reports[i]!.name, new Uint8Array(readFileSync(pdf))),
  );
  libreOfficeConvert(docxFiles, 'doc', work.dir).forEach((doc, i) => libreOfficeDocs.set(reports[i]!.name, doc));
  libreOfficeDoc = libreOfficeDocs.get('fixture')!;
}, 300_000);

/** Every one of the 200 cells, the organ and the year, exactly. */
function expectSameReport(imported: ImportedFile, report: Report): void {
  const got = new Map(allCells(imported.report).map((c) => [c.id, c.value]));
  const wrong = allCells(report).filter((c) => got.get(c.id) !== c.value);
  expect(wrong.map((c) => `${c.id}: ${c.value} ≠ ${got.get(c.id)}`)).toEqual([]);
  expect(allCells(report)).toHaveLength(200);
  expect(imported.report.organ.name).toBe(report.organ.name);
  expect(imported.report.year).toBe(report.year);
}

describe('PDF made by the program (Chromium)', () => {
  for (const { name, report } of reports) {
    it(`reads back all 200 cells, the organ and the year: ${name}`, async () => {
      const imported = await parseImportBytes(`${name}.pdf`, chromiumPdfs.get(name)!);
      expect(imported.format).toBe('pdf');
      expectSameReport(imported, report);
      expect(imported.issues[0]).toEqual({ severity: 'info', message: FROM_PDF_NOTICE });
      expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });
  }

  it('reads a draft back: the draft mark on every page and the open-errors page are left out', async () => {
    const report = setCell(fixture(), 'T3.newReceived.natural', '130');
    const imported = await parseImportBytes('草稿.pdf', await exportPdf(report, false));
    expectSameReport(imported, report);
    // a line break takes the space it falls on (「2025 年」 broken after 2025): prose is compared without spaces
    const squeezed = (prose: Report['prose']) => JSON.stringify(prose).replace(/ /g, '');
    expect(squeezed(imported.report.prose)).toBe(squeezed(report.prose));
    expect(imported.issues.map((i) => i.message).join('\n')).toMatch(/已略去草稿末尾的“未解决的错误”清单/);
    expect(imported.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('reads the fixture’s prose back as the web copy reads it', async () => {
    const imported = await parseImportBytes('fixture.pdf', chromiumPdfs.get('fixture')!);
    const report = fixture();
    expect(imported.report.prose.problems).toEqual(report.prose.problems);
    expect(imported.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('PDF made by LibreOffice from the program’s .docx', () => {
  for (const { name, report } of reports) {
    it(`reads back all 200 cells, the organ and the year: ${name}`, async () => {
      const imported = await parseImportBytes(`${name}.pdf`, libreOfficePdfs.get(name)!);
      expect(imported.format).toBe('pdf');
      expectSameReport(imported, report);
      expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });
  }
});

describe('PDF and .doc files read from disk (a Node Buffer, as the command line and the app read them)', () => {
  it('reads both', async () => {
    const pdfPath = join(work.dir, 'from-disk.pdf');
    writeFileSync(pdfPath, libreOfficePdfs.get('fixture')!);
    expectSameReport(await readReportFile(pdfPath), fixture());
    expectSameReport(await readReportFile(libreOfficeDoc), fixture());
  });
});

describe('PDFs that cannot be read', () => {
  it('refuses a scan (pages as pictures, no text layer) and says what to do instead', async () => {
    const scan = scannedPdf(chromiumPdfs.get('fixture')!, work.dir);
    const error = await refusal(parseImportBytes('扫描件.pdf', scan));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toBe(SCANNED_PDF_MESSAGE);
    expect(error.message).toMatch(/^这是扫描件，没有文字层，无法读取数字。.*(Word|录入)/);
  });

  it('reads a text PDF with a scanned page put in, and names the page it could not read', async () => {
    const text = chromiumPdfs.get('fixture')!;
    const pages = Number(/\/Type\s*\/Pages[^>]*\/Count (\d+)/.exec(Buffer.from(text).toString('latin1'))?.[1]);
    const withScan = joinedPdf([text, scannedPdf(chromiumPdfs.get('generated-1')!, work.dir, 1)], work.dir);
    const imported = await parseImportBytes('附扫描页.pdf', withScan);
    expectSameReport(imported, fixture());
    expect(imported.issues).toContainEqual({ severity: 'warning', message: scannedPagesMessage([pages + 1]) });
  });

  it('refuses a PDF that needs a password, and reads one whose password only guards editing', async () => {
    const locked = encryptedPdf(chromiumPdfs.get('fixture')!, work.dir, 'clerk-2025');
    const error = await refusal(parseImportBytes('加密.pdf', locked));
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toBe(ENCRYPTED_PDF_MESSAGE);

    const open = encryptedPdf(chromiumPdfs.get('fixture')!, work.dir, '');
    expectSameReport(await parseImportBytes('限制编辑.pdf', open), fixture());
  });

  it('refuses damaged files and files past the limits, in Chinese', async () => {
    const pdf = chromiumPdfs.get('fixture')!;
    const cut = await refusal(parseImportBytes('下载不完整.pdf', pdf.slice(0, 600)));
    expect(cut.message).toBe(BROKEN_PDF_MESSAGE);
    const garbage = new TextEncoder().encode('%PDF-1.7\n这不是 PDF 的内容\n'.repeat(20));
    expect((await refusal(parseImportBytes('坏.pdf', garbage))).message).toBe(BROKEN_PDF_MESSAGE);
    const notPdf = await refusal(parseImportBytes('改名.pdf', new TextEncoder().encode('只是文字')));
    expect(notPdf.message).toContain('不是有效的 PDF');

    const many = handWrittenPdf(Array<null>(MAX_PDF_PAGES + 1).fill(null));
    expect((await refusal(parseImportBytes('附件很多.pdf', many))).message).toContain(
      `PDF 有 ${MAX_PDF_PAGES + 1} 页，超过 ${MAX_PDF_PAGES} 页`,
    );
    const huge = new Uint8Array(MAX_PDF_BYTES + 1);
    huge.set(new TextEncoder().encode('%PDF-1.7'));
    expect((await refusal(parseImportBytes('很大.pdf', huge))).message).toMatch(/PDF 文件大于 50 MB/);
  });
});

describe('Word 97–2003 (.doc) and WPS (.wps)', () => {
  it('reads a .doc made by LibreOffice from the fixture’s .docx: all 200 cells', async () => {
    const bytes = new Uint8Array(readFileSync(libreOfficeDoc));
    const imported = await parseImportBytes('孟州市2025年报.doc', bytes);
    expect(imported.format).toBe('doc');
    expectSameReport(imported, fixture());
    expect(imported.issues[0]?.message).toMatch(/^本报告从 Word 97–2003 文档（\.doc）读取/);
    expect(imported.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  for (const { name, report } of reports.filter((r) => r.name !== 'fixture')) {
    it(`reads a .doc of a generated report: all 200 cells, the organ and the year: ${name}`, async () => {
      const imported = await parseImportBytes(`${name}.doc`, new Uint8Array(readFileSync(libreOfficeDocs.get(name)!)));
      expectSameReport(imported, report);
      expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
    });
  }

  it('reads a .wps that is Word 97–2003 inside, and refuses another with how to save it as .docx in WPS', async () => {
    const wps = copyAs(libreOfficeDoc, '报告.wps', work.dir);
    const imported = await parseImportBytes('报告.wps', new Uint8Array(readFileSync(wps)));
    expect(imported.format).toBe('doc');
    expectSameReport(imported, fixture());

    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(1_000).fill(0)]);
    const old = await refusal(parseImportBytes('旧版.wps', ole));
    expect(old.message).toBe(WPS_SAVE_AS_DOCX_MESSAGE);
    expect(old.message).toContain('文件 → 另存为');
    expect(old.message).toContain('.docx');
  });
});
