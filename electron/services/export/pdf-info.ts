/**
 * The PDF's document information (Title, Creator, Producer): Chromium writes its own user agent
 * ("HeadlessChrome/…") and "Skia/PDF". An incremental update (PDF 1.7 §7.5.6) appends a new Info
 * dictionary, an xref section for it and a trailer pointing back to the old one: nothing Chromium wrote
 * is rewritten, so no offset moves.
 */
import { APP_NAME } from '../../../shared/document';

export interface PdfInfo {
  title: string;
  /** Creator and Producer */
  application?: string;
}

/** How far from the end the trailer of a Skia PDF is looked for (it is a few hundred bytes). */
const TRAILER_SEARCH_BYTES = 4096;

/** A PDF text string in UTF-16BE with byte-order mark, hex-encoded: any character, nothing to escape. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** The PDF with its Info replaced; a PDF without a classic trailer (none of Chromium's) is returned as it is. */
export function withPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - TRAILER_SEARCH_BYTES))).toString('latin1');
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$/.exec(tail);
  if (!trailer) return pdf;
  const dict = trailer[1]!;
  const size = /\/Size\s+(\d+)/.exec(dict);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(dict);
  if (!size || !root) return pdf;
  const head = Buffer.from(pdf.subarray(0, Math.min(pdf.length, TRAILER_SEARCH_BYTES))).toString('latin1');
  const created = /\/CreationDate\s*\((D:[0-9Z+\-']+)\)/.exec(head);
  const application = info.application ?? APP_NAME;
  const infoObject = Number(size[1]);
  const entries = [
    `/Title ${pdfText(info.title)}`,
    `/Creator ${pdfText(application)}`,
    `/Producer ${pdfText(application)}`,
    ...(created ? [`/CreationDate (${created[1]})`, `/ModDate (${created[1]})`] : []),
  ];
  const body = `\n${infoObject} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const xrefAt = pdf.length + body.length;
  const update =
    body +
    `xref\n0 1\n0000000000 65535 f \n${infoObject} 1\n${String(pdf.length + 1).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${infoObject + 1}\n/Root ${root[1]}\n/Info ${infoObject} 0 R\n/Prev ${trailer[2]}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const out = new Uint8Array(pdf.length + update.length);
  out.set(pdf);
  out.set(Buffer.from(update, 'latin1'), pdf.length);
  return out;
}
