/**
 * Reading where text landed in a PDF, for the layout tests: text lines with their boxes (poppler's
 * `pdftotext -bbox-layout`) and ink boxes from a rendered page (`pdftoppm -gray`), which do not depend on
 * the font metrics each PDF producer writes (Chromium's text boxes are twice as tall as LibreOffice's).
 */
import { execFileSync } from 'node:child_process';
import { Parser } from 'htmlparser2';

export const PT_PER_MM = 72 / 25.4;

export interface PdfLine {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

/** Every text line of every page, top to bottom as poppler groups them (words joined without spaces). */
export function pdfLines(file: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString();
  const pages: PdfPage[] = [];
  let line: PdfLine | null = null;
  let inWord = false;
  const num = (a: Record<string, string>, k: string) => Number(a[k]);
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (name === 'page') pages.push({ width: num(a, 'width'), height: num(a, 'height'), lines: [] });
        else if (name === 'line')
          line = {
            page: pages.length,
            xMin: num(a, 'xmin'),
            yMin: num(a, 'ymin'),
            xMax: num(a, 'xmax'),
            yMax: num(a, 'ymax'),
            text: '',
          };
        else if (name === 'word') inWord = true;
      },
      ontext(t) {
        if (inWord && line) line.text += t;
      },
      onclosetag(name) {
        if (name === 'word') inWord = false;
        else if (name === 'line' && line) {
          pages.at(-1)!.lines.push(line);
          line = null;
        }
      },
    },
    { xmlMode: false, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  for (const p of pages) p.lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
  return pages;
}

export interface InkBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The box of everything drawn (darker than mid-grey) inside a region of one page, in points from the page's
 * top-left corner; null when the region is blank. Rendered at 288 dpi: 0.09 mm a pixel.
 */
export function inkBox(
  file: string,
  page: number,
  region: { x: number; y: number; width: number; height: number },
): InkBox | null {
  const dpi = 288;
  const px = (pt: number) => Math.round((pt * dpi) / 72);
  const pgm = execFileSync(
    'pdftoppm',
    [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-x',
      String(px(region.x)),
      '-y',
      String(px(region.y)),
      '-W',
      String(px(region.width)),
      '-H',
      String(px(region.height)),
      file,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  // P5 header: "P5\n<w> <h>\n<max>\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  let top = -1;
  let bottom = -1;
  let left = w;
  let right = -1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x]! < 128) {
        if (top < 0) top = y;
        bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (top < 0) return null;
  const pt = (p: number) => (p * 72) / dpi;
  return {
    top: region.y + pt(top),
    bottom: region.y + pt(bottom + 1),
    left: region.x + pt(left),
    right: region.x + pt(right + 1),
  };
}

export function pdfPageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
}
