/**
 * Each hostile file the audit of issue 14 found, through the import path the CLI, the app and the store
 * process share (parseImportBytes): refused with a Chinese message that names the limit and says what to
 * do, or imported correctly, never a crash, an English runtime error or a wrong number.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportBytes } from '../../../electron/services/import';
import {
  MAX_DOCX_XML_BYTES,
  MAX_ISSUE_MESSAGE_CHARS,
  MAX_MARKUP_DEPTH,
  MAX_MARKUP_NODES,
  MAX_TABLE_CELLS,
  MAX_ZIP_RATIO,
} from '../../../shared/import/limits';
import { mengzhouDocx } from '../import-files/build-docx';
import { FIXTURE_HTML_PATH, fixtureText } from '../import-files/fixture';
import { docxOf, editDocx, pageOf, paragraph, paragraphBomb, refusedWith } from './hostile-files';

const utf8 = (text: string) => new TextEncoder().encode(text);
const limitNumber = (n: number) => n.toLocaleString('en-US');
const CELLS_LIMIT = new RegExp(`${limitNumber(MAX_TABLE_CELLS)} 个单元格`);

describe('tables whose spans would grow past memory', () => {
  it('a 5 KB .docx of wide w:gridSpan rows is refused naming the table-cell limit', async () => {
    // 300 rows × 50 cells × span 100: 1.5 million cells, every row padded to the widest
    const row = `<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="100"/></w:tcPr><w:p/></w:tc>'.repeat(50)}</w:tr>`;
    const bytes = docxOf(`<w:tbl>${row.repeat(300)}</w:tbl>`);
    expect(bytes.length).toBeLessThan(5_000);
    await refusedWith(parseImportBytes('宽表.docx', bytes), CELLS_LIMIT);
  });

  it('a web page of wide colspans, and one of long rowspans, are refused naming the table-cell limit', async () => {
    const wide = `<table>${`<tr>${'<td colspan="100">1</td>'.repeat(40)}</tr>`.repeat(400)}</table>`;
    await refusedWith(parseImportBytes('宽表.html', utf8(pageOf(wide))), CELLS_LIMIT);
    const long = `<table>${`<tr>${'<td rowspan="1000">1</td>'.repeat(50)}</tr>`.repeat(400)}</table>`;
    await refusedWith(parseImportBytes('长表.html', utf8(pageOf(long))), CELLS_LIMIT);
  });
});

describe('zip bombs', () => {
  it(`a .docx whose body inflates past ${MAX_DOCX_XML_BYTES / 1024 / 1024} MB is refused from what the zip declares`, async () => {
    const bomb = paragraphBomb(MAX_DOCX_XML_BYTES + 1024 * 1024);
    expect(bomb.length).toBeLessThan(200_000);
    const error = await refusedWith(parseImportBytes('炸弹.docx', bomb), /解压后过大/);
    expect(error.message).toMatch(new RegExp(`32 MB 的上限|${MAX_ZIP_RATIO} 倍的上限`));
  });

  it('a .docx that lies about its inflated size is stopped while inflating, at the ratio limit', async () => {
    const bomb = paragraphBomb(MAX_DOCX_XML_BYTES + 1024 * 1024, 1000);
    const error = await refusedWith(parseImportBytes('说谎的炸弹.docx', bomb), /解压后过大/);
    expect(error.message).toContain(`压缩比超过 ${MAX_ZIP_RATIO} 倍的上限`);
  });
});

describe('deep nesting', () => {
  const depth = new RegExp(`嵌套超过 ${MAX_MARKUP_DEPTH} 层`);

  it('5 000 nested <div>s and 2 000 nested tables are refused naming the depth limit', async () => {
    const divs = `${'<div>'.repeat(5000)}2025年${'</div>'.repeat(5000)}`;
    await refusedWith(parseImportBytes('深.html', utf8(pageOf(divs))), depth);
    const tables = `${'<table><tr><td>'.repeat(2000)}1${'</td></tr></table>'.repeat(2000)}`;
    await refusedWith(parseImportBytes('深表.html', utf8(pageOf(tables))), depth);
  });

  it('a .docx of tables nested 2 000 deep, and of content controls 5 000 deep, is refused naming the depth limit', async () => {
    const tables = `${'<w:tbl><w:tr><w:tc>'.repeat(2000)}${paragraph('1')}${'</w:tc></w:tr></w:tbl>'.repeat(2000)}`;
    await refusedWith(parseImportBytes('深表.docx', docxOf(tables)), depth);
    const sdt = `${'<w:sdt><w:sdtContent>'.repeat(5000)}${paragraph('1')}${'</w:sdtContent></w:sdt>'.repeat(5000)}`;
    await refusedWith(parseImportBytes('深.docx', docxOf(sdt)), depth);
  });

  it(`a page of more than ${limitNumber(MAX_MARKUP_NODES)} elements is refused naming the node limit`, async () => {
    const many = '<span>1</span>'.repeat(MAX_MARKUP_NODES / 2 + 1);
    await refusedWith(
      parseImportBytes('多.html', utf8(pageOf(many))),
      new RegExp(`${limitNumber(MAX_MARKUP_NODES)} 个`),
    );
  });
});

describe('hidden text', () => {
  it('a hidden “9” run before “129” in the .docx: 129 is imported, and the hidden run is counted', async () => {
    const bytes = await editDocx(await mengzhouDocx(), (xml) =>
      xml.replace(
        /<w:r>((?:(?!<w:r>).)*?)<w:t[^>]*>129<\/w:t>/,
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>9</w:t></w:r><w:r>$1<w:t>129</w:t>',
      ),
    );
    const imported = await parseImportBytes('隐藏.docx', bytes);
    expect(imported.report.tables.T3.newReceived?.natural).toBe('129');
    const note = imported.issues.find((i) => i.message.includes('隐藏的文字'));
    expect(note?.message).toMatch(/^已略去Word 文档中隐藏的文字 1 处（共 1 个字）.*取消隐藏/);
    expect(imported.summary?.[0]?.normalised).toContain(note!.message);
  });

  it('hidden text on the page (display:none, visibility:hidden, hidden) is dropped and counted', async () => {
    const page = readFileSync(FIXTURE_HTML_PATH, 'utf8');
    let n = 0;
    const hiding = ['style="display:none"', 'style="visibility: hidden"', 'hidden'];
    const changed = page.replace(
      />(129|124|39)</g,
      (_, value: string) => `><span ${hiding[n++ % 3]}>9</span>${value}<`,
    );
    expect(n).toBeGreaterThanOrEqual(3);
    const imported = await parseImportBytes('隐藏.html', utf8(changed));
    expect(imported.report.tables.T3.newReceived?.natural).toBe('129');
    expect(imported.report.tables.T3.resultTotal?.total).toBe('124');
    const note = imported.issues.find((i) => i.message.includes('隐藏的文字'));
    expect(note?.message).toContain(`已略去网页中隐藏的文字 ${n} 处（共 ${n} 个字）`);
  });
});

describe('notes', () => {
  it(`every import note is at most ${MAX_ISSUE_MESSAGE_CHARS} characters (and a few of cut mark), however much text there is`, async () => {
    const junk = Array.from({ length: 20_000 }, (_, i) => `第${i}行 无关的内容\t${i}\t${i + 1}`).join('\n');
    const text = `${junk}\n${fixtureText()}`;
    const imported = await parseImportBytes('很长.txt', utf8(text));
    for (const issue of imported.issues) expect(issue.message.length).toBeLessThanOrEqual(MAX_ISSUE_MESSAGE_CHARS + 40);
    for (const row of imported.summary ?? [])
      for (const line of [...row.normalised, ...row.missing])
        expect(line.length).toBeLessThanOrEqual(MAX_ISSUE_MESSAGE_CHARS + 40);
  });
});
