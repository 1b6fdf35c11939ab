/**
 * Bytes of a text or HTML file to a string. Reports copied from government sites arrive as UTF-8,
 * as UTF-16 from Windows Notepad "Unicode", or as GBK from older systems; a file that is not valid
 * UTF-8 is read as GB18030 (a superset of GBK and GB2312), which is what those systems write.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">. */
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** GBK and GB2312 pages are decoded as GB18030, their superset (TextDecoder maps both labels there too). */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const name = DECLARED_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!name) return null;
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/**
 * A web page says which encoding it uses; when it says one and the bytes have no BOM, believe it
 * (a UTF-8 page with one broken byte must not turn into GB18030 mojibake, and vice versa).
 */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  const declared = bom ? null : declaredCharset(bytes);
  if (declared === 'utf-8') return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (declared === 'gb18030' || declared === 'gbk')
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  return decodeText(bytes);
}
