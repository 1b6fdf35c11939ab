import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxXmlToReportText } from '../../../shared/import/docx-xml';
import { parseReportText } from '../../../shared/import/text';
import { allCells, getCell } from '../../../shared/report';
import { readDocxDocumentXml, readDocxReportText } from '../../../electron/services/import/docx';
import { parseImportBytes } from '../../../electron/services/import';
import { mengzhouDocx } from './build-docx';
import { contentLines, fixtureText, trimmedRow } from './fixture';
import { refusal } from './refusal';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs.join('')}</w:p>`;
const r = (text: string) =>
  `<w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (text: string, props = '') =>
  `<w:tc><w:tcPr><w:tcW w:w="600" w:type="dxa"/>${props}</w:tcPr>${p(r(text))}</w:tc>`;

describe('docxXmlToReportText', () => {
  it('reads paragraphs, runs, tabs, breaks and entities; skips empty paragraphs', () => {
    const xml = doc(
      p(r('一、总体'), r('情况')) +
        p() +
        p(r('甲'), '<w:r><w:tab/><w:t>乙</w:t><w:br/><w:t>第二行 &amp; &lt;完&gt;</w:t></w:r>'),
    );
    expect(docxXmlToReportText(xml)).toBe('一、总体情况\n\n甲\t乙\n\n第二行 & <完>\n');
  });

  it('reads tracked changes as accepted and looks inside content controls', () => {
    const xml = doc(
      p(
        r('共受理申请'),
        `<w:del w:id="1" w:author="a"><w:r><w:delText>128</w:delText></w:r></w:del>`,
        `<w:ins w:id="2" w:author="a">${r('129')}</w:ins>`,
        r('件'),
      ) +
        `<w:sdt><w:sdtPr><w:alias w:val="机关"/></w:sdtPr><w:sdtContent>${p(r('控件中的段落'))}</w:sdtContent></w:sdt>` +
        p(
          r('域'),
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
          r('3'),
          '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        ),
    );
    expect(docxXmlToReportText(xml)).toBe('共受理申请129件\n\n控件中的段落\n\n域3\n');
  });

  it('flattens gridSpan and vMerge (restart, bare continue) into full rows, text at the origin', () => {
    const xml = doc(
      `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="600"/>'.repeat(4)}</w:tblGrid>` +
        `<w:tr>${tc('角', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')}${tc('上', '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc('', '<w:gridSpan w:val="2"/><w:vMerge/>')}${tc('a')}${tc('b')}</w:tr>` +
        `<w:tr>${tc('左')}${tc('中', '<w:vMerge w:val="restart"/>')}${tc('1')}${tc('2')}</w:tr>` +
        `<w:tr>${tc('左2')}${tc('残留', '<w:vMerge w:val="continue"/>')}${tc('3')}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>${tc('x')}${tc('y')}</w:tr>` +
        `</w:tbl>`,
    );
    expect(docxXmlToReportText(xml)).toBe('角\t\t上\t\n\t\ta\tb\n左\t中\t1\t2\n左2\t\t3\t\n\t\tx\ty\n');
  });

  it('puts a cell with several paragraphs or a nested table on one line', () => {
    const xml = doc(
      `<w:tbl><w:tr><w:tc>${p(r('结果'))}${p(r('维持'))}</w:tc><w:tc><w:tbl><w:tr>${tc('内')}${tc('表')}</w:tr></w:tbl>${p()}</w:tc></w:tr></w:tbl>`,
    );
    expect(docxXmlToReportText(xml)).toBe('结果 维持\t内 表\n');
  });
});

describe('reading a .docx file', () => {
  it('gives the same lines as the text fixture from a Word file with merged cells', async () => {
    const { text, issues } = await readDocxReportText(await mengzhouDocx());
    expect(issues).toEqual([]);
    expect(contentLines(text).map(trimmedRow)).toEqual(contentLines(fixtureText()).map(trimmedRow));
  });

  it('reads the same 200 numbers, organ, year and prose as the text fixture', async () => {
    const imported = await parseImportBytes('孟州市2025年报.docx', await mengzhouDocx());
    const expected = parseReportText(fixtureText()).report;
    expect(imported.format).toBe('docx');
    expect(allCells(imported.report)).toEqual(allCells(expected));
    expect(getCell(imported.report, 'T3.unableNotHeld.natural')).toBe('39');
    expect(getCell(imported.report, 'T3.otherOther.total')).toBe('49');
    expect(getCell(imported.report, 'T2.normativeDocs.repealed')).toBe('11');
    expect(imported.report.organ).toEqual(expected.organ);
    expect(imported.report.year).toBe(2025);
    expect(imported.report.prose).toEqual(expected.prose);
  });

  it('finds the main part through the package relationships', async () => {
    const zip = new JSZip();
    zip.file(
      '_rels/.rels',
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>',
    );
    zip.file('word/main.xml', doc(p(r('主文档'))));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await readDocxDocumentXml(bytes)).toContain('主文档');
  });

  it('refuses a zip without word/document.xml, a broken zip and a legacy .doc in Chinese', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'not a document');
    const noDocument = await zip.generateAsync({ type: 'uint8array' });
    const missing = await refusal(parseImportBytes('报告.docx', noDocument));
    expect(missing.code).toBe('PARSE_FAILED');
    expect(missing.message).toContain('压缩包中没有正文（word/document.xml）');
    expect((await refusal(parseImportBytes('资料.zip', noDocument))).message).toContain('没有正文');

    const workbook = new JSZip();
    workbook.file('xl/workbook.xml', '<workbook/>');
    const excel = await refusal(parseImportBytes('统计表.xlsx', await workbook.generateAsync({ type: 'uint8array' })));
    expect(excel.code).toBe('UNSUPPORTED');
    expect(excel.message).toContain('这是 Excel 表格文件');

    const truncated = noDocument.slice(0, 30);
    expect((await refusal(parseImportBytes('报告.docx', truncated))).message).toContain('不是有效的 Word（.docx）文档');

    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const legacy = await refusal(parseImportBytes('报告.doc', ole));
    expect(legacy.code).toBe('PARSE_FAILED');
    expect(legacy.message).toContain('无法读取这个 Word 97–2003 文档（.doc）');
    expect(legacy.message).toContain('另存为');
  });
});
