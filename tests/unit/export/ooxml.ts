/** Reading a .docx the way Word does for the tests: unzip, parse each part as XML, walk elements. */
import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';

export interface XmlElement {
  name: string;
  attribs: Record<string, string>;
  children: XmlNode[];
}
type XmlNode = XmlElement | { data: string };

const isElement = (n: unknown): n is XmlElement => typeof n === 'object' && n !== null && 'name' in n && 'attribs' in n;

export function parseXml(xml: string): XmlElement {
  const doc = parseDocument(xml, { xmlMode: true }) as unknown as { children: XmlNode[] };
  const root = doc.children.find(isElement);
  if (!root) throw new Error('no root element');
  return root;
}

export function childElements(e: XmlElement, name?: string): XmlElement[] {
  return e.children.filter(isElement).filter((c) => name === undefined || c.name === name);
}

export function child(e: XmlElement, name: string): XmlElement | undefined {
  return childElements(e, name)[0];
}

/** every descendant with that name, in document order */
export function findAll(e: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(e);
  return out;
}

export function textOf(e: XmlElement): string {
  return findAll(e, 'w:t')
    .map((t) => t.children.map((c) => ('data' in c ? c.data : '')).join(''))
    .join('');
}

export interface DocxParts {
  files: string[];
  document: XmlElement;
  styles: XmlElement;
  settings: XmlElement;
  stylesXml: string;
  documentXml: string;
  part(path: string): Promise<XmlElement>;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string) => {
    const f = zip.file(p);
    if (!f) throw new Error(`no ${p} in the .docx`);
    return f.async('string');
  };
  const documentXml = await read('word/document.xml');
  const stylesXml = await read('word/styles.xml');
  return {
    files: Object.keys(zip.files),
    document: parseXml(documentXml),
    styles: parseXml(stylesXml),
    settings: parseXml(await read('word/settings.xml')),
    stylesXml,
    documentXml,
    part: async (p) => parseXml(await read(p)),
  };
}

/** the style element with that w:styleId */
export function style(styles: XmlElement, id: string): XmlElement {
  const s = childElements(styles, 'w:style').find((x) => x.attribs['w:styleId'] === id);
  if (!s) throw new Error(`no style ${id}`);
  return s;
}

export function pStyleOf(p: XmlElement): string | undefined {
  return child(child(p, 'w:pPr') ?? { name: '', attribs: {}, children: [] }, 'w:pStyle')?.attribs['w:val'];
}

/**
 * A w:tbl as a full grid: each slot holds the text of the cell covering it and whether it is that cell's
 * origin, rebuilt from gridSpan and vMerge alone, as Word reads them.
 */
export function tableGrid(tbl: XmlElement): {
  rows: Array<Array<{ text: string; origin: boolean; originRow: number; originCol: number }>>;
  headerRows: number;
} {
  const rows: Array<Array<{ text: string; origin: boolean; originRow: number; originCol: number }>> = [];
  let headerRows = 0;
  childElements(tbl, 'w:tr').forEach((tr, r) => {
    const trPr = child(tr, 'w:trPr');
    const header = trPr && child(trPr, 'w:tblHeader');
    if (
      header &&
      header.attribs['w:val'] !== 'off' &&
      header.attribs['w:val'] !== 'false' &&
      header.attribs['w:val'] !== '0'
    )
      headerRows++;
    const line: (typeof rows)[number] = [];
    for (const tc of childElements(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Number(tcPr && child(tcPr, 'w:gridSpan')?.attribs['w:val']) || 1;
      const vMerge = tcPr && child(tcPr, 'w:vMerge');
      const continues = vMerge !== undefined && vMerge.attribs['w:val'] !== 'restart';
      const c = line.length;
      for (let i = 0; i < span; i++) {
        if (continues) {
          const above = rows[r - 1]?.[c + i];
          if (!above) throw new Error(`vMerge continue without a cell above at row ${r}, column ${c + i}`);
          line.push({ ...above, origin: false });
        } else {
          line.push({ text: textOf(tc), origin: i === 0, originRow: r, originCol: c });
        }
      }
    }
    rows.push(line);
  });
  return { rows, headerRows };
}
