/**
 * Acceptance (issue 9): an HTML page and a .docx saved from a web page — breadcrumb, 发布时间, a
 * "××××年度…" title and a site footer — import with the organ, the year, all 200 numbers and the
 * prose of every section exactly as the copied text does, with no finding the text import does not
 * also have, and with the furniture named in the import report. Built from the reference fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_CELLS } from '../../../shared/format';
import { allCells, type Report } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { parseImportBytes, type ImportedFile } from '../../../electron/services/import';
import { mengzhouDocx } from '../import-files/build-docx';
import { FIXTURE_HTML_PATH, fixtureText } from '../import-files/fixture';

const PRINTED_TITLE = '孟州市人民政府办公室 2025 年政府信息公开工作年度报告';
const NIANDU_TITLE = '孟州市人民政府办公室2025年度政府信息公开工作年度报告';
const BREADCRUMB = '首页 > 政府信息公开 > 政府信息公开年报';
const PUBLISHED = '发布时间：2026-01-20 10:12 来源：孟州市人民政府办公室';
const FOOTER = [
  '【打印本页】 【关闭窗口】',
  '扫一扫在手机打开当前页',
  '主办单位：孟州市人民政府办公室 网站标识码：4108830001',
  '豫ICP备05012345号',
];
const TODAY = { year: 2026, month: 1, day: 10 };

const encode = (text: string) => new TextEncoder().encode(text);

/** The fixture as a Word file saved from its web page: furniture above the title and below the 落款. */
function savedPageText(): string {
  const body = fixtureText().replace(PRINTED_TITLE, NIANDU_TITLE);
  return (
    [BREADCRUMB, '', NIANDU_TITLE.replace(NIANDU_TITLE, NIANDU_TITLE), '']
      .join('\n')
      .replace(`${NIANDU_TITLE}\n`, `${NIANDU_TITLE}\n\n${PUBLISHED}\n\n字号：大 中 小\n`) +
    body.replace(NIANDU_TITLE, '') +
    `\n${FOOTER.join('\n\n')}\n`
  );
}

function savedPageHtml(): string {
  return readFileSync(FIXTURE_HTML_PATH, 'utf8')
    .replaceAll(PRINTED_TITLE, NIANDU_TITLE)
    .replaceAll('孟州市人民政府办公室2025年政府信息公开工作年度报告', NIANDU_TITLE);
}

const findings = (report: Report) =>
  runRules(report, { today: TODAY })
    .map((f) => `${f.id} ${f.cells?.join(',') ?? ''} ${f.message}`)
    .sort();

function expectSameReport(imported: ImportedFile, text: ImportedFile): void {
  const got = imported.report;
  const want = text.report;
  expect(got.organ).toEqual(want.organ);
  expect(got.year).toBe(2025);
  expect(allCells(got)).toEqual(allCells(want));
  expect(allCells(got).filter((c) => c.value === null)).toEqual([]);
  expect(allCells(got)).toHaveLength(TABLE_CELLS.length);
  expect(got.intro).toBe(want.intro);
  expect(got.prose).toEqual(want.prose);
  expect(got.fee).toEqual(want.fee);
  expect(got.closing).toEqual(want.closing);
  expect(imported.questions).toEqual([]);
  expect(findings(got)).toEqual(findings(want));
}

function expectFurnitureNamed(imported: ImportedFile, furniture: readonly string[]): void {
  const messages = imported.issues.map((i) => i.message).join('\n');
  const page = imported.summary?.[0];
  for (const f of furniture) {
    const quoted = f.replace(/\s+/g, ' ').slice(0, 20);
    expect(messages).toContain(quoted);
    expect(page?.normalised.join('\n')).toContain(quoted);
  }
  const stored = JSON.stringify(imported.report);
  for (const f of furniture) expect(stored).not.toContain(f.slice(0, 12));
}

describe('a web page and a Word file saved from it import like the copied text', () => {
  it('the text itself, with the 年度 title', async () => {
    const text = await parseImportBytes('孟州.txt', encode(fixtureText().replace(PRINTED_TITLE, NIANDU_TITLE)));
    expect(text.report.organ.name).toBe('孟州市人民政府办公室');
    expect(text.report.year).toBe(2025);
    expect(text.report.title).toBe(NIANDU_TITLE);
  });

  it('HTML: breadcrumb, 发布时间, 年度 title, footer', async () => {
    const text = await parseImportBytes('孟州.txt', encode(fixtureText().replace(PRINTED_TITLE, NIANDU_TITLE)));
    const html = await parseImportBytes('孟州.html', encode(savedPageHtml()));
    expect(html.format).toBe('html');
    expectSameReport(html, text);
    expect(html.report.title).toBe(NIANDU_TITLE);
    expectFurnitureNamed(html, ['当前位置', '发布时间：2026-01-20', '主办：孟州市人民政府办公室']);
  });

  it('.docx: breadcrumb, 发布时间, 年度 title, footer', async () => {
    const text = await parseImportBytes('孟州.txt', encode(fixtureText().replace(PRINTED_TITLE, NIANDU_TITLE)));
    const docx = await parseImportBytes('孟州.docx', await mengzhouDocx({ text: savedPageText() }));
    expect(docx.format).toBe('docx');
    expectSameReport(docx, text);
    expect(docx.report.title).toBe(NIANDU_TITLE);
    expectFurnitureNamed(docx, [BREADCRUMB, PUBLISHED, '字号：大 中 小', ...FOOTER]);
    // the footer did not land in section 六
    expect(docx.report.prose.other.otherMatters).not.toContain('主办');
  });

  it('text copied from the page: the same furniture left out and named', async () => {
    const text = await parseImportBytes('孟州.txt', encode(fixtureText().replace(PRINTED_TITLE, NIANDU_TITLE)));
    const copied = await parseImportBytes('孟州-网页.txt', encode(savedPageText()));
    expectSameReport(copied, text);
    expectFurnitureNamed(copied, [BREADCRUMB, PUBLISHED, '字号：大 中 小', ...FOOTER]);
  });

  it('a signature block and date after 六 stay the closing, before the footer', async () => {
    const withClosing = savedPageText().replace(
      `\n${FOOTER[0]}`,
      `\n孟州市人民政府办公室\n\n2026年1月20日\n\n${FOOTER[0]}`,
    );
    for (const imported of [
      await parseImportBytes('孟州.txt', encode(withClosing)),
      await parseImportBytes('孟州.docx', await mengzhouDocx({ text: withClosing })),
    ]) {
      expect(imported.report.closing).toEqual({ signer: '孟州市人民政府办公室', date: '2026年1月20日' });
      expectFurnitureNamed(imported, FOOTER);
    }
  });
});
