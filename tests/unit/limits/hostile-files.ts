/**
 * Hostile files built in the test: .docx packages from raw WordprocessingML (with a zip written by hand,
 * so that an entry can be inflated from a few hundred KB and can lie about its size), web pages, and the
 * real-report fixture with one thing changed. Nothing here comes from the importers' own code.
 */
import JSZip from 'jszip';
import { deflateRawSync } from 'node:zlib';
import { expect } from 'vitest';
import { ApiError } from '../../../shared/errors';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Uint8Array;
  /** what the directory claims the entry inflates to (the truth by default) */
  declaredSize?: number;
}

/** A deflated zip, written byte by byte after APPNOTE: local headers, data, central directory, end record. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data, { level: 9 });
    const crc = entry.declaredSize === undefined ? crc32(entry.data) : 0;
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** word/document.xml around a body. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
}

export const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A .docx whose body is `body` (WordprocessingML). */
export function docxOf(body: string): Uint8Array {
  return writeZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(body), 'utf8') }]);
}

/** A .docx with one entry of `bytes` bytes of `<w:p/>` (a zip bomb: it deflates about 1 000 times). */
export function paragraphBomb(bytes: number, declaredSize?: number): Uint8Array {
  const head = `<?xml version="1.0"?><w:document ${W}><w:body>`;
  const data = Buffer.alloc(bytes, '<w:p/>');
  data.write(head, 0);
  return writeZip([{ name: 'word/document.xml', data, declaredSize }]);
}

/** The real document.xml of a .docx, changed by `edit`, packed again. */
export async function editDocx(bytes: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const changed = edit(xml);
  expect(changed).not.toBe(xml);
  zip.file('word/document.xml', changed);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A web page around a body. */
export function pageOf(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>页</title></head><body>${body}</body></html>`;
}

/** Chinese, and none of the English a runtime or a library would say. */
export const ENGLISH_LEAK = /Maximum call stack|heap|Invalid|undefined|TypeError|RangeError|Error:|Too big/;

export function expectChineseRefusal(error: unknown, names: RegExp): ApiError {
  expect(error).toBeInstanceOf(ApiError);
  const message = (error as ApiError).message;
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  expect(message).not.toMatch(ENGLISH_LEAK);
  expect(message).toMatch(names);
  // a way forward: what to do instead
  expect(message).toMatch(/另存为|复制|请/);
  return error as ApiError;
}

/** The refusal a promise ends in (fails the test when it resolves). */
export async function refusedWith(promise: Promise<unknown>, names: RegExp): Promise<ApiError> {
  let outcome: unknown = new Error('expected a refusal, the file was imported');
  try {
    await promise;
  } catch (error) {
    outcome = error;
  }
  return expectChineseRefusal(outcome, names);
}
