import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeReportFile } from '../../../shared/report-file';
import { emptyReport } from '../../../shared/report';
import { decodeHtml, decodeText } from '../../../electron/services/import/decode';
import { detectFormat } from '../../../electron/services/import/detect';
import { parseImportBytes } from '../../../electron/services/import';
import { refusal } from './refusal';
import { MENGZHOU_FIXTURE_PATH } from '../../reference';

const FIXTURE = readFileSync(MENGZHOU_FIXTURE_PATH, 'utf8');

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array(Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]));
}

describe('text decoding', () => {
  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(FIXTURE);
    expect(decodeText(bytes)).toEqual({ text: FIXTURE, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom)).toEqual({ text: FIXTURE, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeText(utf16(FIXTURE, 'le'))).toEqual({ text: FIXTURE, encoding: 'utf-16le' });
    expect(decodeText(utf16(FIXTURE, 'be'))).toEqual({ text: FIXTURE, encoding: 'utf-16be' });
  });

  it('reads GB18030/GBK bytes when they are not valid UTF-8', () => {
    // 孟州市 in GBK: C3CF D6DD CAD0 — written out by hand, not by the code under test
    const gbk = new Uint8Array([0xc3, 0xcf, 0xd6, 0xdd, 0xca, 0xd0, 0x0a, 0x31, 0x32, 0x39]);
    expect(decodeText(gbk)).toEqual({ text: '孟州市\n129', encoding: 'gb18030' });
  });
});

describe('format detection', () => {
  const text = new TextEncoder().encode(FIXTURE);
  it('sniffs content before the extension', () => {
    expect(detectFormat('报告.txt', text)).toBe('text');
    expect(detectFormat('报告', text)).toBe('text');
    expect(detectFormat('报告.txt', new TextEncoder().encode('<!DOCTYPE html><html><body><p>一、总体情况</p>'))).toBe(
      'html',
    );
    expect(detectFormat('download.aspx', new TextEncoder().encode('  <table><tr><td>1</td></tr></table>'))).toBe(
      'html',
    );
    expect(detectFormat('报告.htm', text)).toBe('html');
    expect(detectFormat('报告.txt', new TextEncoder().encode('一、总体情况\n网页中的<p>标签写法不影响纯文本'))).toBe(
      'text',
    );
    expect(detectFormat('孟州.nianbao.json', new TextEncoder().encode('{}'))).toBe('json');
    expect(detectFormat('x.txt', new TextEncoder().encode('\n{ "organ": {} }'))).toBe('json');
    expect(detectFormat('renamed.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe('docx');
  });

  it('tells Word 97–2003, WPS and PDF files by their bytes; refuses RTF and what only bears their names', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(detectFormat('报告.doc', ole)).toBe('doc');
    expect(detectFormat('报告.docx', ole)).toBe('doc');
    expect(detectFormat('报告.wps', ole)).toBe('wps');
    expect(detectFormat('报告.pdf', new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(detectFormat('无扩展名', new TextEncoder().encode('%PDF-1.4\n'))).toBe('pdf');
    expect(detectFormat('网关.pdf', new TextEncoder().encode('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
    expect(() => detectFormat('改名.pdf', new TextEncoder().encode('只是文字'))).toThrow('不是有效的 PDF');
    expect(() => detectFormat('报告.doc', new TextEncoder().encode('{\\rtf1\\ansi 报告}'))).toThrow('这是 RTF 格式');
    expect(detectFormat('网页.doc', new TextEncoder().encode('<html><body><p>报告</p></body></html>'))).toBe('html');
    expect(() => detectFormat('改名.doc', new TextEncoder().encode('只是文字'))).toThrow(
      '不是有效的 Word 97–2003（.doc）或 WPS 文档',
    );
  });

  it('refuses empty, binary and broken .docx files in Chinese', () => {
    expect(() => detectFormat('空.txt', new Uint8Array())).toThrow('是空的');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3]);
    expect(() => detectFormat('图.png', png)).toThrow('无法识别文件“图.png”的格式');
    expect(() => detectFormat('图.png', png)).toThrow(expect.objectContaining({ code: 'PARSE_FAILED' }));
    expect(() =>
      detectFormat('存档.mht', new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related')),
    ).toThrow('暂不支持网页归档（.mht）文件');
    expect(() => detectFormat('坏.docx', new TextEncoder().encode('not a zip'))).toThrow(
      '不是有效的 Word（.docx）文档',
    );
  });
});

describe('parseImportBytes', () => {
  it('reads a report file in any supported encoding', async () => {
    const report = emptyReport({ organName: '孟州市人民政府办公室', year: 2025 });
    const text = serializeReportFile(report, { appVersion: '0.1.0', exportedAt: '2026-01-01T00:00:00Z' });
    const plain = await parseImportBytes('孟州.nianbao.json', new TextEncoder().encode(text));
    expect(plain).toEqual({ format: 'json', report, issues: [], questions: [] });
    const wide = await parseImportBytes('孟州.nianbao.json', utf16(text, 'le'));
    expect(wide.report).toEqual(report);
  });

  it('refuses a broken report file with PARSE_FAILED', async () => {
    const error = await refusal(
      parseImportBytes(
        'x.nianbao.json',
        new TextEncoder().encode('{"format":"nianbao-report","schemaVersion":9,"report":{}}'),
      ),
    );
    expect(error.code).toBe('PARSE_FAILED');
    expect(error.message).toContain('更新版本');
  });
});

describe('web page encodings', () => {
  // 孟州 in GBK (C3CF D6DD), written out by hand
  const gbkBody = [0xc3, 0xcf, 0xd6, 0xdd];
  const ascii = (s: string) => [...new TextEncoder().encode(s)];

  it('believes a declared GB2312/GBK charset', () => {
    const bytes = new Uint8Array([
      ...ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>'),
      ...gbkBody,
      ...ascii('</p></body></html>'),
    ]);
    expect(decodeHtml(bytes)).toEqual({ text: expect.stringContaining('<p>孟州</p>'), encoding: 'gb18030' });
  });

  it('keeps a declared UTF-8 page in UTF-8 even with one broken byte', () => {
    const bytes = new Uint8Array([
      ...ascii('<meta charset="utf-8"><p>'),
      ...new TextEncoder().encode('孟州'),
      0xff,
      ...ascii('</p>'),
    ]);
    expect(decodeHtml(bytes)).toEqual({ text: '<meta charset="utf-8"><p>孟州\uFFFD</p>', encoding: 'utf-8' });
  });

  it('falls back to sniffing without a declaration', () => {
    const bytes = new Uint8Array([...ascii('<p>'), ...gbkBody, ...ascii('</p>')]);
    expect(decodeHtml(bytes)).toEqual({ text: '<p>孟州</p>', encoding: 'gb18030' });
  });
});

describe('the fixture in other encodings, end to end', () => {
  const expected = async () => (await parseImportBytes('utf8.txt', new TextEncoder().encode(FIXTURE))).report;

  it('reads the fixture saved as GB18030 with Windows line ends (encoded by Python, committed)', async () => {
    const bytes = new Uint8Array(
      readFileSync(new URL('../../fixtures/import/mengzhou-2025.gb18030.txt', import.meta.url)),
    );
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const imported = await parseImportBytes('孟州.txt', bytes);
    expect(imported.format).toBe('text');
    expect(imported.report).toEqual(await expected());
    expect(imported.issues[0]!.message).toContain('GB18030');
  });

  it('reads the fixture saved as UTF-16 LE and BE with BOM', async () => {
    expect((await parseImportBytes('孟州.txt', utf16(FIXTURE, 'le'))).report).toEqual(await expected());
    expect((await parseImportBytes('孟州.txt', utf16(FIXTURE, 'be'))).report).toEqual(await expected());
  });
});
