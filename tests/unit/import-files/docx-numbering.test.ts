import { describe, expect, it } from 'vitest';
import { convertDocxXmlToReportText } from '../../../shared/import/docx-xml';
import { formatNumber } from '../../../shared/import/docx-numbering';
import { parseReportText } from '../../../shared/import/text';
import { readDocxDocumentXml, readDocxReportText } from '../../../electron/services/import/docx';
import { parseImportBytes } from '../../../electron/services/import';
import { mengzhouDocx } from './build-docx';
import { contentLines, fixtureText, trimmedRow } from './fixture';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<w:document ${W}><w:body>${body}</w:body></w:document>`;
const numbered = (text: string, numId: string, ilvl = 0) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const styled = (text: string, style: string) =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const plain = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>')}${lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>')}${lvl(2, 'decimal', '%3.', '<w:suff w:val="space"/>')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`;

const STYLES = `<w:styles ${W}>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="ReportHeading"><w:basedOn w:val="Heading1"/></w:style>
</w:styles>`;

describe('number formats', () => {
  it('writes the numerals Chinese reports use', () => {
    expect([1, 2, 6, 10, 11, 20, 21, 99].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '二',
      '六',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(formatNumber(105, 'chineseCountingThousand')).toBe('一百零五');
    expect(formatNumber(110, 'chineseCountingThousand')).toBe('一百一十');
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(7, 'decimal')).toBe('7');
  });
});

describe('automatic numbering', () => {
  it('writes direct numbering out, restarting sub-levels under each heading', () => {
    const xml = doc(
      numbered('总体情况', '1') +
        numbered('主动公开：…', '1', 1) +
        numbered('依申请公开：…', '1', 1) +
        numbered('细目', '1', 2) +
        numbered('主动公开政府信息情况', '1') +
        numbered('第一小项', '1', 1) +
        plain('正文'),
    );
    const { text } = convertDocxXmlToReportText(xml, { numberingXml: NUMBERING });
    expect(contentLines(text)).toEqual([
      '一、总体情况',
      '（一）主动公开：…',
      '（二）依申请公开：…',
      '1. 细目',
      '二、主动公开政府信息情况',
      '（一）第一小项',
      '正文',
    ]);
  });

  it('takes numbering from the paragraph style and its basedOn chain; skips bullets; honours startOverride', () => {
    const xml = doc(
      styled('总体情况', 'Heading1') +
        styled('主动公开', 'Heading2') +
        styled('主动公开政府信息情况', 'ReportHeading') +
        numbered('要点', '2') +
        numbered('第五项', '3'),
    );
    const { text } = convertDocxXmlToReportText(xml, { numberingXml: NUMBERING, stylesXml: STYLES });
    expect(contentLines(text)).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '二、主动公开政府信息情况',
      '要点',
      '五、第五项',
    ]);
  });

  it('leaves the text as it is when numbering.xml is missing or numId is 0', () => {
    expect(convertDocxXmlToReportText(doc(numbered('总体情况', '1')), {}).text).toBe('总体情况\n');
    expect(convertDocxXmlToReportText(doc(numbered('总体情况', '0')), { numberingXml: NUMBERING }).text).toBe(
      '总体情况\n',
    );
  });

  it('reads the Mengzhou report from a Word file whose headings are numbered automatically', async () => {
    const bytes = await mengzhouDocx({ autoNumbering: true });
    // the numerals really are not in the text of the document
    const xml = await readDocxDocumentXml(bytes);
    expect(xml).not.toContain('一、总体情况');
    expect(xml).toContain('<w:numPr>');
    const { text } = await readDocxReportText(bytes);
    expect(contentLines(text).map(trimmedRow)).toEqual(contentLines(fixtureText()).map(trimmedRow));
    const imported = await parseImportBytes('自动编号.docx', bytes);
    expect(imported.report).toEqual(parseReportText(fixtureText()).report);
  });
});
