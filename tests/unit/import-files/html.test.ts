import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertHtmlToReportText, htmlToReportText } from '../../../shared/import/html';
import { parseReportText } from '../../../shared/import/text';
import { allCells, getCell } from '../../../shared/report';
import { contentLines, FIXTURE_HTML_PATH, fixtureText, trimmedRow } from './fixture';

const page = (body: string) => `<html><head><title>t</title></head><body>${body}</body></html>`;

describe('htmlToReportText: elements', () => {
  it('turns blocks and <br> into lines, decodes entities, drops script and style', () => {
    const text = htmlToReportText(
      page(`<p>一、总体情况</p><div>甲&nbsp;&nbsp;乙&ldquo;三安全一稳定&rdquo;&amp;<br>第二行</div>
      <script>document.write('<p>脚本</p>')</script><style>p { color: red }</style><noscript>请启用脚本</noscript>
      <p><span>行内</span><b>粗体</b></p>`),
    );
    expect(text).toBe('一、总体情况\n\n甲 乙“三安全一稳定”&\n\n第二行\n\n行内粗体\n');
  });

  it('joins Chinese text that Word wrapped across source lines, keeps a space between words', () => {
    expect(htmlToReportText(page('<p>一、总体\r\n情况</p><p>2025\n年</p>'))).toBe('一、总体情况\n\n2025 年\n');
  });

  it('skips hidden elements', () => {
    expect(
      htmlToReportText(page('<p>一、总体情况</p><div style="display: none">隐藏</div><p hidden>也隐藏</p><p>可见</p>')),
    ).toBe('一、总体情况\n\n可见\n');
  });
});

describe('htmlToReportText: tables', () => {
  const table = (rows: string) =>
    htmlToReportText(page(`<p>一、总体情况</p><table>${rows}</table>`))
      .split('\n')
      .slice(2, -1);

  it('expands colspan and rowspan so each row has every column, text in the origin cell only', () => {
    const rows = table(`
      <tr><td rowspan="2" colspan="2">角</td><td colspan="2">上</td></tr>
      <tr><td>a</td><td>b</td></tr>
      <tr><td>左</td><td rowspan="2">中</td><td>1</td><td>2</td></tr>
      <tr><td>左2</td><td>3</td><td>4</td></tr>`);
    expect(rows).toEqual(['角\t\t上\t', '\t\ta\tb', '左\t中\t1\t2', '左2\t\t3\t4']);
  });

  it('pads short rows, collapses whitespace in cells, keeps th and thead/tbody order', () => {
    const rows = table(`<thead><tr><th>结果<br/>维持</th><th>  总\n计 </th><th>x</th></tr></thead>
      <tbody><tr><td><p>1</p><p>2</p></td></tr></tbody>`);
    expect(rows).toEqual(['结果 维持\t总 计\tx', '1 2\t\t']);
  });

  it('ignores a rowspan that runs past the last row and treats rowspan=0 as the rest of the table', () => {
    const rows = table(`<tr><td rowspan="9">a</td><td>b</td></tr><tr><td>c</td></tr>`);
    expect(rows).toEqual(['a\tb', '\tc']);
    expect(table(`<tr><td rowspan="0">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr>`)).toEqual([
      'a\tb',
      '\tc',
      '\td',
    ]);
  });

  it('walks a layout table (one holding other tables) as flow, flattening only the data table', () => {
    const text = htmlToReportText(
      page(
        `<table><tr><td><p>一、总体情况</p><p>正文</p><table><tr><td colspan="2">表头</td></tr><tr><td>1</td><td>2</td></tr></table></td></tr></table>`,
      ),
    );
    expect(text).toBe('一、总体情况\n\n正文\n\n表头\t\n1\t2\n');
  });

  it('walks a table whose cell holds page-long text as flow (a page column, not a data table)', () => {
    const long = '正文'.repeat(200);
    const text = htmlToReportText(
      page(`<table><tr><td>导航</td><td><p>一、总体情况</p><p>${long}</p></td></tr></table>`),
    );
    expect(text).toBe(`一、总体情况\n\n${long}\n`);
  });
});

describe('htmlToReportText: the report part of a government page', () => {
  it('keeps the report from its title to the end of section 六 and says what it cut', () => {
    const { text, issues } = convertHtmlToReportText(readFileSync(FIXTURE_HTML_PATH, 'utf8'));
    const lines = contentLines(text);
    expect(lines[0]).toBe('孟州市人民政府办公室 2025 年政府信息公开工作年度报告');
    expect(lines.at(-1)).toBe('2025 年，孟州市人民政府办公室未收取信息处理费。');
    expect(text).not.toMatch(/当前位置|索引号|发布时间|浏览次数|上一篇|版权所有|ICP备|分享到|document\.write|_hmt/);
    const messages = issues.map((i) => i.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^已略去网页中报告标题之前的 \d+ 段内容/);
    expect(messages[1]).toContain('发布时间');
    expect(messages[2]).toMatch(/^已略去报告正文之后的 6 段页面内容/);
  });

  it('gives the same lines as the text copied from the page (tables up to trailing empty cells)', () => {
    const fromHtml = contentLines(htmlToReportText(readFileSync(FIXTURE_HTML_PATH, 'utf8'))).map(trimmedRow);
    const fromText = contentLines(fixtureText()).map(trimmedRow);
    expect(fromHtml).toEqual(fromText);
  });

  it('does not take an introductory sentence that names the report for its title', () => {
    const { text } = convertHtmlToReportText(
      page(
        '<p>导航</p><h1>某县财政局2024年政府信息公开工作年度报告</h1><p>现将某县财政局2024年政府信息公开工作年度报告公布如下：</p><p>一、总体情况</p>',
      ),
    );
    expect(contentLines(text)).toEqual([
      '某县财政局2024年政府信息公开工作年度报告',
      '现将某县财政局2024年政府信息公开工作年度报告公布如下：',
      '一、总体情况',
    ]);
  });

  it('strips a breadcrumb glued to the title line', () => {
    const { text, issues } = convertHtmlToReportText(
      page(
        '<div>当前位置：首页 &gt; 年报 &gt; 某县财政局2024年政府信息公开工作年度报告</div><p>一、总体情况</p><p>正文</p>',
      ),
    );
    expect(text).toBe('某县财政局2024年政府信息公开工作年度报告\n\n一、总体情况\n\n正文\n');
    expect(issues.map((i) => i.message).join()).toContain('标题行中的网站导航已略去');
  });

  it('keeps everything, with a warning, when the page has no report title or 一、总体情况', () => {
    const { text, issues } = convertHtmlToReportText(page('<p>首页</p><p>别的内容</p>'));
    expect(text).toBe('首页\n\n别的内容\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.message).toContain('已保留网页的全部文字');
  });
});

describe('HTML import end to end with the text parser', () => {
  it('reads the same 200 numbers, organ, year and prose as the text fixture', () => {
    const expected = parseReportText(fixtureText()).report;
    const actual = parseReportText(htmlToReportText(readFileSync(FIXTURE_HTML_PATH, 'utf8'))).report;
    expect(allCells(actual)).toEqual(allCells(expected));
    expect(allCells(actual).filter((c) => c.value === null)).toEqual([]);
    // spot checks against the published figures, read off the page by hand
    expect(getCell(actual, 'T3.newReceived.natural')).toBe('129');
    expect(getCell(actual, 'T3.resultTotal.total')).toBe('124');
    expect(getCell(actual, 'T3.carryForward.total')).toBe('5');
    expect(getCell(actual, 'T2.normativeDocs.inForce')).toBe('76');
    expect(getCell(actual, 'T4.reconsideration.upheld')).toBe('1');
    expect(actual.organ).toEqual(expected.organ);
    expect(actual.year).toBe(2025);
    expect(actual.prose).toEqual(expected.prose);
    expect(actual.fee).toEqual(expected.fee);
  });
});
