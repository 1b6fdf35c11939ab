/** `nianbao check` over several files and folders, in this process: exit codes, output, refusals, progress. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/cli/args';
import { runCheck } from '../../../electron/cli/check';
import { terminalProgress } from '../../../electron/cli/check-folder/progress';
import { runFolderCheck } from '../../../electron/cli/check-folder/run';
import { pairPriors } from '../../../shared/units';
import { MENGZHOU_PATH, MENGZHOU_TEXT } from '../rules/fixture';
import { FIXTURE_TITLE } from './unit-folder';

const root = mkdtempSync(join(tmpdir(), 'nianbao-cli-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
}

function folderWith(files: Record<string, string>): string {
  const dir = join(root, String(n++));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const titled = (organ: string, year: number) =>
  MENGZHOU_TEXT.replace(FIXTURE_TITLE, `${organ} ${year} 年政府信息公开工作年度报告`);
const withError = (text: string) => text.replace('申请数量\t\t\t129', '申请数量\t\t\t130');

describe('nianbao check <folder>', () => {
  it('a clean folder: exit 0, a console table with Chinese headers and a summary line', async () => {
    const dir = folderWith({ 'a/甲.txt': titled('温县教育局', 2025), 'b/乙.txt': titled('温县财政局', 2025) });
    const c = capture();
    expect(await runFolderCheck([dir, '--today', '2026-01-10'], c.io, { worker: null })).toBe(0);
    const text = c.out.join('');
    expect(text.split('\n')[0]).toMatch(/^文件\s+机关\s+类型\s+年度\s+状态\s+错误\s+警告\s+问题编号\s+导入说明$/);
    expect(text).toContain('a/甲.txt');
    expect(text).toContain('温县财政局');
    expect(text).toContain('共 2 个文件：无错误 2 个，有错误 0 个，无法读取 0 个；与上年度报告配对核对 0 个。');
  });

  it('a report with an error: exit 1; an unreadable file besides: exit 2, and the others still checked', async () => {
    const dir = folderWith({ 'a.txt': withError(titled('温县教育局', 2025)), 'b.txt': titled('温县财政局', 2025) });
    const c = capture();
    expect(await runFolderCheck([dir, '--json'], c.io, { worker: null })).toBe(1);
    const rows = JSON.parse(c.out.join('')).rows;
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['errors', 'ok']);
    expect(rows[0].findingIds).toEqual(['T3-BALANCE', 'T3-ROW-SUM']);

    writeFileSync(join(dir, 'c.docx'), 'not a zip');
    const d = capture();
    expect(await runFolderCheck([dir, '--json'], d.io, { worker: null })).toBe(2);
    const after = JSON.parse(d.out.join(''));
    expect(after.rows.map((r: { status: string }) => r.status)).toEqual(['errors', 'ok', 'unreadable']);
    expect(after.rows[2].message).toContain('不是有效的 Word（.docx）文档');
    expect(after.totals).toEqual({ files: 3, ok: 1, errors: 1, unreadable: 1, paired: 0 });
  });

  it('two years of one organ are paired: the later one gets the cross-year warnings', async () => {
    const dir = folderWith({ '2024.txt': titled('温县教育局', 2024), '2025.txt': titled('温县教育局', 2025) });
    const c = capture();
    await runFolderCheck([dir, '--json'], c.io, { worker: null });
    const rows = JSON.parse(c.out.join('')).rows;
    expect(rows[0].prior).toBeNull();
    expect(rows[1].prior).toBe('2024.txt');
    expect(rows[1].findingIds).toContain('X-REPEAT');
  });

  it('several files and folders in one run; a file named twice is one row; a missing path is a row that says so', async () => {
    const dir = folderWith({ '甲.txt': titled('温县教育局', 2025) });
    const c = capture();
    const code = await runFolderCheck(
      [dir, join(dir, '甲.txt'), MENGZHOU_PATH, join(root, '没有.txt'), '--json'],
      c.io,
      {
        worker: null,
      },
    );
    expect(code).toBe(2);
    const rows = JSON.parse(c.out.join('')).rows;
    expect(rows.map((r: { file: string }) => r.file)).toEqual([`${dir}/甲.txt`, MENGZHOU_PATH, join(root, '没有.txt')]);
    expect(rows[2].message).toBe('文件或文件夹不存在，请检查路径');
  });

  it('runCheck sends folders and several files here, one file keeps the single-file output', async () => {
    const dir = folderWith({ '甲.txt': titled('温县教育局', 2025) });
    const folder = capture();
    await runCheck([dir], folder.io);
    expect(folder.out.join('')).toContain('共 1 个文件');
    const single = capture();
    await runCheck([join(dir, '甲.txt')], single.io);
    expect(single.out.join('')).toContain('报告：温县教育局 2025年');
  });

  it('refuses --prior, a bad --jobs and --xlsx to the screen with a way forward; an empty folder exits 2', async () => {
    const dir = folderWith({ 'readme.md': '# 说明' });
    const c = capture();
    await expect(runFolderCheck([dir, MENGZHOU_PATH, '--prior', MENGZHOU_PATH], c.io)).rejects.toThrow(/自动配对/);
    await expect(runFolderCheck([dir, '--jobs', '0'], c.io)).rejects.toThrow(UsageError);
    await expect(runFolderCheck([dir, '--xlsx', '-'], c.io)).rejects.toThrow(/需要一个文件名/);
    expect(await runFolderCheck([dir], c.io, { worker: null })).toBe(2);
    expect(c.err.join('')).toContain('没有找到可核对的报告文件');
    expect(c.err.join('')).toContain('跳过了 1 个其他文件');
  });

  it('--csv - writes the CSV to stdout instead of the table', async () => {
    const dir = folderWith({ '甲.txt': titled('温县教育局', 2025) });
    const c = capture();
    await runFolderCheck([dir, '--csv', '-'], c.io, { worker: null });
    expect(c.out.join('')).toMatch(
      /^\uFEFF文件,机关,类型,年度,状态,错误,警告,问题编号,导入说明,格式,上年度报告,无法读取的原因\r\n甲.txt,温县教育局,政府部门,2025,无错误,0,0,,3,纯文本,,\r\n$/,
    );
    expect(c.err.join('')).toContain('共 1 个文件');
  });
});

describe('progress bar', () => {
  it('draws on a terminal and clears at the end; nothing when piped', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (t: string) => written.push(t) } as unknown as NodeJS.WriteStream;
    let clock = 0;
    const bar = terminalProgress(tty, () => (clock += 200));
    bar.update(1, 4);
    bar.update(4, 4);
    bar.finish();
    expect(written[0]).toBe(`\r核对中 [${'#'.repeat(8)}${'.'.repeat(22)}] 1/4`);
    expect(written[1]).toContain('4/4');
    expect(written[2]).toBe('\r\x1b[2K');
    const piped: string[] = [];
    const pipe = terminalProgress({
      isTTY: false,
      write: (t: string) => piped.push(t),
    } as unknown as NodeJS.WriteStream);
    pipe.update(1, 2);
    pipe.finish();
    expect(piped).toEqual([]);
  });
});

describe('pairPriors', () => {
  it('pairs the same organ (whitespace aside) in consecutive years, first file of a year wins, never across organs', () => {
    expect(
      pairPriors([
        { organ: '温县教育局', year: 2025 },
        { organ: '温县 教育局', year: 2024 },
        { organ: '温县教育局', year: 2024 },
        null,
        { organ: '温县财政局', year: 2024 },
        { organ: '', year: 2025 },
        { organ: '', year: 2024 },
        { organ: '温县教育局', year: null },
        { organ: '温县教育局', year: 2022 },
      ]),
    ).toEqual([1, null, null, null, null, null, null, null, null]);
  });
});
