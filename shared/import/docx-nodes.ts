/** Small helpers over htmlparser2's XML tree, shared by the .docx readers. */
import type { parseDocument } from 'htmlparser2';
import { parseBoundedMarkup } from './markup-parse';

export type XmlNode = ReturnType<typeof parseDocument>['children'][number];
export type XmlElement = Extract<XmlNode, { attribs: Record<string, string> }>;

/** A Word XML part's top elements; refused past MAX_MARKUP_NODES or MAX_MARKUP_DEPTH. */
export function parseXml(xml: string): XmlElement[] {
  return parseBoundedMarkup(xml, { xmlMode: true }, 'Word 文档').children.filter(isElement);
}

export function isElement(node: XmlNode): node is XmlElement {
  return 'attribs' in node;
}

export function children(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el ? children(el).find((c) => c.name === name) : undefined;
}

export function val(el: XmlElement | undefined): string | undefined {
  return el?.attribs['w:val'];
}

export function intVal(el: XmlElement | undefined): number | undefined {
  const n = Number.parseInt(val(el) ?? '', 10);
  return Number.isFinite(n) ? n : undefined;
}
