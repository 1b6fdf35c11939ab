import { describe, expect, it } from 'vitest';
import { convertDocxXmlToReportText } from '../../../shared/import/docx-xml';
import { convertHtmlToReportText, htmlToReportText } from '../../../shared/import/html';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (...paragraphs: string[][]) =>
  `<w:document ${W}><w:body>${paragraphs.map((runs) => `<w:p>${runs.map((t) => (t === '\n' ? '<w:r><w:br/></w:r>' : `<w:r><w:t>${t}</w:t></w:r>`)).join('')}</w:p>`).join('')}</w:body></w:document>`;

describe('a title set over several lines', () => {
  it('is joined when Word breaks it inside one paragraph', () => {
    const { text } = convertDocxXmlToReportText(
      docx(['孟州市人民政府办公室', '\n', '2025年政府信息公开工作年度报告'], ['一、总体情况']),
    );
    expect(text).toBe('孟州市人民政府办公室2025年政府信息公开工作年度报告\n\n一、总体情况\n');
  });

  it('is joined from three separate paragraphs', () => {
    const { text } = convertDocxXmlToReportText(
      docx(['某某省某某市某某区'], ['人民政府办公室2024年'], ['政府信息公开工作年度报告'], ['一、总体情况']),
    );
    expect(text.split('\n')[0]).toBe('某某省某某市某某区人民政府办公室2024年政府信息公开工作年度报告');
  });

  it('is joined in a web page heading with <br>, before the page furniture is cut', () => {
    const { text, issues } = convertHtmlToReportText(
      '<body><div>当前位置：首页 &gt; 年报</div><h1>孟州市人民政府办公室<br>2025年政府信息公开工作年度报告</h1><p>一、总体情况</p></body>',
    );
    expect(text).toBe('孟州市人民政府办公室2025年政府信息公开工作年度报告\n\n一、总体情况\n');
    expect(issues.map((i) => i.message).join()).toContain('当前位置');
  });

  it('is left alone when it is already whole, or when the line above is a sentence', () => {
    expect(htmlToReportText('<p>说明。</p><p>某局2025年政府信息公开工作年度报告</p><p>一、总体情况</p>')).toBe(
      '某局2025年政府信息公开工作年度报告\n\n一、总体情况\n',
    );
    const { text } = convertDocxXmlToReportText(
      docx(['根据条例，现公布本机关'], ['2025年政府信息公开工作年度报告'], ['一、总体情况']),
    );
    expect(text).toBe('根据条例，现公布本机关\n\n2025年政府信息公开工作年度报告\n\n一、总体情况\n');
  });
});

describe("a draft's open-errors page", () => {
  it('is left out of a .docx with an issue', () => {
    const { text, issues } = convertDocxXmlToReportText(
      docx(
        ['六、其他需要报告的事项'],
        ['无'],
        ['未解决的错误'],
        ['本稿尚有1项错误未解决，改正后方可正式导出：'],
        ['1. [T3-BALANCE] “自然人”列：相差1'],
      ),
    );
    expect(text).toBe('六、其他需要报告的事项\n\n无\n');
    expect(issues).toEqual([
      { severity: 'info', message: expect.stringContaining('已略去草稿末尾的“未解决的错误”清单（1 项）') },
    ]);
  });

  it('is kept when the heading is not followed by the introduction (a clerk may write those words)', () => {
    const { text, issues } = convertDocxXmlToReportText(docx(['六、其他需要报告的事项'], ['未解决的错误'], ['无']));
    expect(text).toBe('六、其他需要报告的事项\n\n未解决的错误\n\n无\n');
    expect(issues).toEqual([]);
  });
});
