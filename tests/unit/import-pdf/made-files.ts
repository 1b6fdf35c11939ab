/**
 * Files to import, made the way a clerk's files are made: the program's own PDF export (Chromium), and
 * LibreOffice from the program's .docx export (to PDF and to Word 97–2003). Also the PDFs a reader must
 * refuse: pictures of pages (a scan) and a password-protected copy. Everything is written into one
 * temporary folder per run and removed afterwards; LibreOffice gets its own profile there.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { TABLE_CELLS } from '../../../shared/format';
import { buildDocument } from '../../../shared/document';
import { emptyReport, setCells, type Cell, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { renderDocx } from '../../../electron/services/export/docx';
import { renderPrintHtml } from '../../../electron/services/export/html-file';
import { printPdf } from '../../../electron/services/export/pdf';

const FONTS_CONF = resolve(fileURLToPath(new URL('../../fonts/fonts.conf', import.meta.url)));
/** LibreOffice's first start creates its profile; a whole conversion stays well under this. */
const LIBREOFFICE_TIMEOUT_MS = 180_000;

export function workFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-import-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Long organ names (the title breaks over two lines) from places and offices as organs name themselves. */
const ORGANS = [
  '内蒙古自治区锡林郭勒盟苏尼特右旗人民政府办公室',
  '新疆维吾尔自治区巴音郭楞蒙古自治州交通运输局',
  '广西壮族自治区南宁市良庆区人民政府',
  '黑龙江省大兴安岭地区加格达奇区自然资源局',
];

/** A count: often 0, mostly small, often six digits (the widest a 表四 cell must hold). */
const count = fc.oneof(fc.constant(0), fc.nat({ max: 99 }), fc.integer({ min: 100_000, max: 999_999 }));
const wanYuan = fc
  .tuple(fc.nat({ max: 999_999 }), fc.stringMatching(/^[0-9]{0,4}[1-9]$/))
  .map(([int, frac]) => `${int}.${frac}`);

/**
 * Reports that exercise the layout: six-digit figures, long organ names; with `blanks`, about one cell in
 * six left blank (an empty cell must come back blank, and its neighbours in their own columns).
 */
export function generatedReports(n: number, seed: number, options: { blanks?: boolean } = {}): Report[] {
  const value = (kind: string): fc.Arbitrary<Cell> => {
    const filled: fc.Arbitrary<Cell> = kind === 'count' ? count.map(String) : wanYuan;
    return options.blanks ? fc.option(filled, { nil: null, freq: 6 }) : filled;
  };
  const arbitrary = fc.record({
    organ: fc.constantFrom(...ORGANS),
    year: fc.integer({ min: 2021, max: 2030 }),
    values: fc.tuple(...TABLE_CELLS.map((c) => value(c.kind))),
  });
  return fc.sample(arbitrary, { numRuns: n, seed }).map(({ organ, year, values }) => {
    const base = emptyReport({ organName: organ, organKind: /人民政府$/.test(organ) ? '人民政府' : '政府部门', year });
    const cells: Record<string, Cell> = Object.fromEntries(TABLE_CELLS.map((c, i) => [c.id, values[i]!]));
    return setCells(base, cells);
  });
}

/**
 * The program's PDF export (the print view through Chromium), as the export handler makes it. A draft
 * carries its open findings (the list the export appends); a final export is made as if it had none, since
 * generated figures need not add up.
 */
export async function exportPdf(report: Report, final = true): Promise<Uint8Array> {
  const findings = final ? [] : runRules(report, { final: false });
  return printPdf(renderPrintHtml(buildDocument(report, { findings, final })));
}

export async function exportDocx(report: Report): Promise<Uint8Array> {
  return renderDocx(buildDocument(report, { findings: [], final: true }));
}

/** One LibreOffice run converting every file to `to` ('pdf' or 'doc'); returns the new files' paths. */
export function libreOfficeConvert(files: readonly string[], to: 'pdf' | 'doc', dir: string): string[] {
  const outDir = join(dir, `lo-${to}`);
  execFileSync(
    'libreoffice',
    [
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, timeout: LIBREOFFICE_TIMEOUT_MS, stdio: 'pipe' },
  );
  return files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${to}`)));
}

/** Width and height of a baseline or progressive JPEG, from its start-of-frame marker. */
function jpegSize(jpeg: Buffer): { width: number; height: number } {
  for (let i = 2; i < jpeg.length;) {
    const marker = jpeg[i + 1]!;
    const length = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc2) return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7) };
    i += 2 + length;
  }
  throw new Error('no JPEG frame');
}

/** A PDF written by hand: each page one image (or nothing), A4, no text layer. */
export function handWrittenPdf(pages: Array<Buffer | null>): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'));
  const pageIds: number[] = [];
  // 1: catalog, 2: pages; then per page: page, content, image
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  for (const jpeg of pages) {
    const id = objects.length + 1;
    pageIds.push(id);
    if (!jpeg) {
      add('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
      continue;
    }
    const { width, height } = jpegSize(jpeg);
    const draw = 'q 595 0 0 842 0 0 cm /Im0 Do Q';
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`,
    );
    add(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`);
    add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
          'latin1',
        ),
        jpeg,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
  }
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`,
    'latin1',
  );
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let offset = chunks[0]!.length;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(offset),
    '%%EOF',
  ].join('\n');
  chunks.push(Buffer.from(`${xref}\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A scan: the first pages of a real report rendered to pictures (pdftoppm) and put into a PDF without text. */
export function scannedPdf(pdf: Uint8Array, dir: string, pages = 2): Uint8Array {
  const source = join(dir, 'to-scan.pdf');
  writeFileSync(source, pdf);
  execFileSync('pdftoppm', ['-jpeg', '-r', '50', '-f', '1', '-l', String(pages), source, join(dir, 'scan')]);
  const names = Array.from({ length: pages }, (_, i) => join(dir, `scan-${i + 1}.jpg`));
  return handWrittenPdf(names.map((n) => readFileSync(n)));
}

/** qpdf's AES-256 encryption; with a user password the file cannot be opened without it. */
export function encryptedPdf(pdf: Uint8Array, dir: string, userPassword: string): Uint8Array {
  const source = join(dir, 'plain.pdf');
  const target = join(dir, `encrypted-${userPassword === '' ? 'open' : 'locked'}.pdf`);
  writeFileSync(source, pdf);
  execFileSync('qpdf', ['--encrypt', userPassword, 'owner-secret', '256', '--', source, target]);
  return new Uint8Array(readFileSync(target));
}

export function copyAs(path: string, name: string, dir: string): string {
  const target = join(dir, name);
  copyFileSync(path, target);
  return target;
}

/** qpdf puts the pages of several PDFs into one, in order. */
export function joinedPdf(parts: readonly Uint8Array[], dir: string): Uint8Array {
  const names = parts.map((bytes, i) => {
    const name = join(dir, `part-${i}.pdf`);
    writeFileSync(name, bytes);
    return name;
  });
  const target = join(dir, 'joined.pdf');
  execFileSync('qpdf', ['--empty', '--pages', ...names, '--', target]);
  return new Uint8Array(readFileSync(target));
}
