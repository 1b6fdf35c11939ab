/**
 * A text PDF → report text. pdf.js (Mozilla's PDF reader, the legacy build for Node) reads each page's
 * text items with their positions and the lines the page draws (table borders); the geometry is the pure
 * shared/import/pdf-layout.ts. Node only: runs in the store/import process, never in the UI.
 *
 * Refused with their own message: a scanned PDF (no text layer), a PDF that needs a password, a damaged
 * file, and files past the limits below.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ApiError, type ImportIssue } from '../../../shared/api';
import { fileTooLarge, MAX_FILE_BYTES, MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS } from '../../../shared/import/limits';
export { MAX_PDF_PAGES } from '../../../shared/import/limits';
import { layoutPdfPages, type PdfPageContent, type PdfRule, type PdfTextItem } from '../../../shared/import/pdf-layout';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Ops = PdfJs['OPS'];

/**
 * pdf.js wants the browser's DOMMatrix, ImageData and Path2D as it loads, for drawing pages, which reading
 * text never does. Node has none, and @napi-rs/canvas, where pdf.js would borrow them, is a native module
 * the packaged app does not ship: empty stand-ins keep loading quiet and the same everywhere.
 */
function installDrawingStandIns(): void {
  const scope = globalThis as Record<string, unknown>;
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) scope[name] ??= class {};
}

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js is loaded on the first PDF, not with the importer: it is large, and nothing else needs it. Its
 * worker runs in this process (no worker thread to spare for one import); handing it the worker module here
 * also lets the bundler include it, where pdf.js would otherwise import a file by path.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    installDrawingStandIns();
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** A report PDF is 0.1–2 MB; the limit and its reason are in shared/import/limits.ts. */
export const MAX_PDF_BYTES = MAX_FILE_BYTES.pdf;
/**
 * Fewer readable characters than this per page, on average, means the pages are pictures: a report page
 * holds 500–1 000 characters, a scanned page at most a page number or a stamp's text.
 */
export const MIN_TEXT_CHARS_PER_PAGE = 30;

export const SCANNED_PDF_MESSAGE =
  '这是扫描件，没有文字层，无法读取数字。请向发布单位索取报告的 Word 文档（.docx）或网页版后导入，或新建报告后对照扫描件录入各表数值。';
export const ENCRYPTED_PDF_MESSAGE =
  '这个 PDF 文件设有打开密码，无法读取。请在 PDF 阅读器中输入密码打开后“另存为”或“打印为 PDF”得到不加密的副本再导入，或向发布单位索取 Word 文档（.docx）。';
export const BROKEN_PDF_MESSAGE =
  '文件不是有效的 PDF，可能已损坏或下载不完整。请重新下载后再试，或向发布单位索取报告的 Word 文档（.docx）或网页版。';
export const FROM_PDF_NOTICE =
  '本报告从 PDF 文件读取：表格按页面上的框线和文字位置分行分列，跨页的表格已接续、重复的表头已略去。请对照原文件核对数值。';

/** Some pages of an otherwise text PDF are pictures (a scanned table or a signed page put in). */
export function scannedPagesMessage(pages: readonly number[]): string {
  return `PDF 第${pages.join('、')}页是图片（扫描件），没有文字层，其中的内容无法读取。如果表格在这些页上，相应数值会留空，请对照原件录入。`;
}

const tooLarge = (what: string) =>
  new ApiError('PARSE_FAILED', `${what}，不像一份年度报告，未导入。请确认选择的是本机关的政府信息公开工作年度报告。`);

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [
    a * m[0] + b * m[2],
    a * m[1] + b * m[3],
    c * m[0] + d * m[2],
    c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4],
    e * m[1] + f * m[3] + m[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** pdf.js path operators inside a constructPath (its DrawOPS), with how many numbers each takes. */
const PATH_ARGUMENTS: Record<number, number> = { 0: 2, 1: 2, 2: 6, 3: 4, 4: 0 };
const MOVE_TO = 0;
const CLOSE_PATH = 4;
const strokes = (ops: Ops) =>
  new Set<number>([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke]);
const fills = (ops: Ops) => new Set<number>([ops.fill, ops.eoFill, ops.closeEOFillStroke]);

/** Subpaths of a pdf.js path (Float32Array of operators and numbers) as point lists. */
function subpaths(data: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  for (let i = 0; i < data.length;) {
    const op = data[i]!;
    const n = PATH_ARGUMENTS[op];
    if (n === undefined) break;
    if (op === MOVE_TO && current.length > 0) {
      out.push(current);
      current = [];
    }
    if (op === CLOSE_PATH && current.length > 0) current.push(current[0]!);
    // a curve's end point stands for it: a rounded corner is no border anyway
    else if (n > 0) current.push([data[i + n - 1]!, data[i + n]!]);
    i += 1 + n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** The lines a page draws: stroked segments, and filled rectangles thin enough to be lines (Chromium draws borders so). */
async function pageRules(
  OPS: Ops,
  page: PDFPageProxy,
  toPage: (x: number, y: number) => [number, number],
): Promise<{ rules: PdfRule[]; pictures: number }> {
  const STROKES = strokes(OPS);
  const PICTURES = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  let pictures = 0;
  const FILLS = fills(OPS);
  const list = await page.getOperatorList();
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn !== undefined && PICTURES.has(fn)) pictures++;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!STROKES.has(paint) && !FILLS.has(paint))) continue;
      for (const points of subpaths(data)) {
        const onPage = points.map(([x, y]) => toPage(...apply(ctm, x, y)));
        if (STROKES.has(paint)) {
          for (let k = 1; k < onPage.length; k++) {
            const [x1, y1] = onPage[k - 1]!;
            const [x2, y2] = onPage[k]!;
            rules.push({ x1, y1, x2, y2 });
          }
        } else {
          // a filled box as its diagonal: the layout takes a thin one for a line along its long side
          const xs = onPage.map((p) => p[0]);
          const ys = onPage.map((p) => p[1]);
          rules.push({ x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) });
        }
      }
    }
  }
  return { rules, pictures };
}

interface PageText {
  page: PDFPageProxy;
  toPage: (x: number, y: number) => [number, number];
  width: number;
  height: number;
  items: PdfTextItem[];
  chars: number;
}

async function pageText(page: PDFPageProxy, budget: { items: number }): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = (x: number, y: number): [number, number] => {
    const [px, py] = viewport.convertToViewportPoint(x, y);
    return [px, py];
  };
  const content = await page.getTextContent();
  budget.items -= content.items.length;
  if (budget.items < 0) throw tooLarge(`PDF 中的文字片段超过 ${MAX_PDF_TEXT_ITEMS} 个`);
  const items: PdfTextItem[] = [];
  let chars = 0;
  for (const raw of content.items) {
    if (!('str' in raw) || raw.str.trim() === '') continue;
    const [, , c, d, e, f] = raw.transform as number[];
    const [x, y] = toPage(e!, f!);
    items.push({ text: raw.str, x, y, width: raw.width, size: Math.hypot(c!, d!) || raw.height });
    chars += raw.str.replace(/\s/g, '').length;
  }
  return { page, toPage, width: viewport.width, height: viewport.height, items, chars };
}

async function openPdf(
  pdfjs: PdfJs,
  bytes: Uint8Array,
): Promise<{ doc: PDFDocumentProxy; destroy: () => Promise<void> }> {
  // pdf.js takes the buffer over (detaches it) and refuses a Node Buffer: it gets a plain copy
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    return { doc, destroy: () => task.destroy() };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ApiError('UNSUPPORTED', ENCRYPTED_PDF_MESSAGE);
    throw new ApiError('PARSE_FAILED', BROKEN_PDF_MESSAGE);
  }
}

export interface PdfConversion {
  text: string;
  issues: ImportIssue[];
}

const pageFailed = (n: number) => new ApiError('PARSE_FAILED', `PDF 第${n}页无法读取。${BROKEN_PDF_MESSAGE}`);

/** The pages' text and lines; `pictured`: pages that are only a picture (scanned pages inside a text PDF). */
async function readPages(
  pdfjs: PdfJs,
  doc: PDFDocumentProxy,
): Promise<{ pages: PdfPageContent[]; pictured: number[] }> {
  if (doc.numPages > MAX_PDF_PAGES) throw tooLarge(`PDF 有 ${doc.numPages} 页，超过 ${MAX_PDF_PAGES} 页`);
  const budget = { items: MAX_PDF_TEXT_ITEMS };
  const texts: PageText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n).catch(() => {
      throw pageFailed(n);
    });
    texts.push(
      await pageText(page, budget).catch((error: unknown) => {
        throw error instanceof ApiError ? error : pageFailed(n);
      }),
    );
  }
  // text first: a scan is refused before its page pictures are decoded for nothing
  const chars = texts.reduce((sum, t) => sum + t.chars, 0);
  if (chars < MIN_TEXT_CHARS_PER_PAGE * doc.numPages) throw new ApiError('UNSUPPORTED', SCANNED_PDF_MESSAGE);
  const pages: PdfPageContent[] = [];
  const pictured: number[] = [];
  for (const [i, t] of texts.entries()) {
    const { rules, pictures } = await pageRules(pdfjs.OPS, t.page, t.toPage).catch(() => {
      throw pageFailed(i + 1);
    });
    if (t.chars === 0 && pictures > 0) pictured.push(i + 1);
    pages.push({ width: t.width, height: t.height, items: t.items, rules });
    t.page.cleanup();
  }
  return { pages, pictured };
}

export async function readPdfReportText(bytes: Uint8Array): Promise<PdfConversion> {
  if (bytes.length > MAX_PDF_BYTES) throw fileTooLarge(bytes.length, 'pdf');
  const pdfjs = await loadPdfJs();
  const { doc, destroy } = await openPdf(pdfjs, bytes);
  try {
    const { pages, pictured } = await readPages(pdfjs, doc);
    const layout = layoutPdfPages(pages);
    const scannedPages: ImportIssue[] =
      pictured.length > 0 ? [{ severity: 'warning', message: scannedPagesMessage(pictured) }] : [];
    return {
      text: layout.text,
      issues: [{ severity: 'info', message: FROM_PDF_NOTICE }, ...scannedPages, ...layout.issues],
    };
  } finally {
    await destroy().catch(() => undefined);
  }
}
