import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeReportFile } from '../../../shared/report-file';
import { setCell } from '../../../shared/report';
import { UsageError } from '../../../electron/cli/args';
import { runExport } from '../../../electron/cli/export';
import { printPdf } from '../../../electron/services/export/pdf';
import { FIXTURE_PATH, fixtureReport, fixtureText } from './fixture';

const root = mkdtempSync(join(tmpdir(), 'nianbao-cli-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const fresh = () => mkdtempSync(join(root, `${n++}-`));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}
const noBrowser = (html: string) => printPdf(html, { executablePath: null });

describe('nianbao export', () => {
  it('writes .docx, web HTML and .nianbao.json from the published text, exit 0', async () => {
    const dir = fresh();
    const c = capture();
    const code = await runExport(
      [
        FIXTURE_PATH,
        '--docx',
        join(dir, 'a.docx'),
        '--html',
        join(dir, 'a.html'),
        '--json',
        join(dir, 'a.nianbao.json'),
        '--final',
      ],
      { io: c.io },
    );
    expect(c.err.join('')).not.toContain('未写入');
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'a.html', 'a.nianbao.json']);
    expect(c.out.join('')).toContain('已写入Word 文档');
    expect(c.out.join('')).toContain('（正式）');
    expect(readFileSync(join(dir, 'a.html'), 'utf8')).toContain('一、本年新收政府信息公开申请数量');
    expect(readFileSync(join(dir, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('without a browser says so in Chinese, still writes the other files, exit 3', async () => {
    const dir = fresh();
    const c = capture();
    const code = await runExport([FIXTURE_PATH, '--pdf', join(dir, 'a.pdf'), '--docx', join(dir, 'a.docx')], {
      io: c.io,
      printPdf: noBrowser,
    });
    expect(code).toBe(3);
    expect(c.err.join('')).toContain('PDF未写入：未找到可用于生成 PDF 的浏览器');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('refuses --final for a placeholder, a half-filled fee and a title without the year, naming each, exit 1', async () => {
    const dir = fresh();
    const text = fixtureText()
      .replace('2025 年，孟州市人民政府办公室未收取信息处理费。', '本年度实际收取信息处理费 100 元。')
      .replace('（二）依申请公开：', '（二）依申请公开：联系电话____。');
    const txt = join(dir, 'broken.txt');
    writeFileSync(txt, text);
    const c = capture();
    expect(await runExport([txt, '--docx', join(dir, 'a.docx'), '--final'], { io: c.io })).toBe(1);
    const err = c.err.join('');
    expect(err).toMatch(/报告还有2项错误，不能正式导出：/);
    expect(err).toMatch(/\[PLACEHOLDER\] “一、总体情况”的“依申请公开”中留有占位符“____”/);
    expect(err).toMatch(
      /\[FEE-UNFILLED\] 第六部分信息处理费已填写“实际收取总金额”，但“发出收费通知件数”“收费通知总金额”未填写/,
    );
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);

    const json = join(dir, 'title.nianbao.json');
    writeFileSync(
      json,
      serializeReportFile(
        { ...fixtureReport(), title: '孟州市人民政府办公室政府信息公开工作年度报告' },
        {
          appVersion: 't',
          exportedAt: '2026-01-01T00:00:00Z',
        },
      ),
    );
    const t = capture();
    expect(await runExport([json, '--docx', join(dir, 'b.docx'), '--final'], { io: t.io })).toBe(1);
    expect(t.err.join('')).toMatch(
      /\[TITLE-ORGAN-YEAR\] 标题“孟州市人民政府办公室政府信息公开工作年度报告”未写明年度“2025”/,
    );
    expect(existsSync(join(dir, 'b.docx'))).toBe(false);
  });

  it('refuses --final while the report has errors, lists them, writes nothing, exit 1', async () => {
    const dir = fresh();
    const input = join(dir, 'broken.nianbao.json');
    writeFileSync(
      input,
      serializeReportFile(setCell(fixtureReport(), 'T3.newReceived.natural', '130'), {
        appVersion: 't',
        exportedAt: '2026-01-01T00:00:00Z',
      }),
    );
    const c = capture();
    const code = await runExport([input, '--docx', join(dir, 'a.docx'), '--final'], { io: c.io });
    expect(code).toBe(1);
    expect(c.err.join('')).toMatch(/报告还有\d+项错误，不能正式导出/);
    expect(c.err.join('')).toContain('[T3-BALANCE]');
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);

    const draft = capture();
    expect(await runExport([input, '--docx', join(dir, 'a.docx')], { io: draft.io })).toBe(0);
    expect(draft.out.join('')).toMatch(/草稿，\d+项错误未解决/);
  });

  it('exit 2 for an unreadable input or an unwritable target; usage errors are thrown for the dispatcher', async () => {
    const dir = fresh();
    const c = capture();
    expect(await runExport([join(dir, 'missing.txt'), '--docx', join(dir, 'a.docx')], { io: c.io })).toBe(2);
    expect(c.err.join('')).toContain('无法读取文件');
    const d = capture();
    expect(
      await runExport([FIXTURE_PATH, '--docx', join(dir, 'nowhere', 'a.docx'), '--html', join(dir, 'a.html')], {
        io: d.io,
      }),
    ).toBe(2);
    expect(d.err.join('')).toContain('不存在');
    expect(existsSync(join(dir, 'a.html'))).toBe(true);
    await expect(runExport([FIXTURE_PATH], { io: c.io })).rejects.toBeInstanceOf(UsageError);
    await expect(runExport([FIXTURE_PATH, '--docx', 'x.docx', '--fonts', 'fancy'], { io: c.io })).rejects.toThrow(
      '--fonts',
    );
  });

  it('is wired into the nianbao command (--fonts plain)', () => {
    const dir = fresh();
    const r = spawnSync(
      'npx',
      ['tsx', 'electron/cli/main.ts', 'export', FIXTURE_PATH, '--docx', join(dir, 'p.docx'), '--fonts', 'plain'],
      { encoding: 'utf8' },
    );
    expect(r.stderr).not.toContain('不可用');
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'p.docx'))).toBe(true);
  });
});
