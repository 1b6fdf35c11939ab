import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLE_CELLS } from '../../../shared/format';
import { REPORT_PARTS } from '../../../shared/report';
import { MENGZHOU_PATH, MENGZHOU_TEXT } from '../rules/fixture';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const MAIN = join(process.cwd(), 'electron/cli/main.ts');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function temp(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('nianbao check', () => {
  it('the Mengzhou report: exit 0, JSON with every one of the 200 cells as printed', () => {
    const r = cli('check', MENGZHOU_PATH, '--json', '--today', '2026-01-10');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['report', 'findings', 'errors', 'warnings', 'progress']);
    // every part filled in, as the editor's side list would show it (shared/report/progress.ts)
    expect(out.progress).toEqual({ done: REPORT_PARTS.length, total: REPORT_PARTS.length, unfinished: [] });
    expect(out.report.organ.name).toBe('孟州市人民政府办公室');
    expect(out.report.year).toBe(2025);
    expect(out.errors).toBe(0);
    expect(out.warnings).toBe(0);
    expect(out.findings.map((f: { id: string }) => f.id)).toEqual(['DEADLINE']);
    expect(out.findings[0].actual).toBe('21');
    expect(Object.keys(out.report.cells)).toEqual(TABLE_CELLS.map((c) => c.id));
    // numbers read off the printed report by hand
    expect(out.report.cells['T3.newReceived.natural']).toBe('129');
    expect(out.report.cells['T3.resultTotal.total']).toBe('124');
    expect(out.report.cells['T3.carryForward.total']).toBe('5');
    expect(out.report.cells['T3.unableNotHeld.natural']).toBe('39');
    expect(out.report.cells['T2.normativeDocs.repealed']).toBe('11');
    expect(out.report.cells['T4.reconsideration.upheld']).toBe('1');
    expect(Object.values(out.report.cells).filter((v) => v !== '0').length).toBe(18);
  });

  it('a broken report: exit 1, findings grouped by section in Chinese with rule IDs', () => {
    const broken = temp(
      'broken.txt',
      MENGZHOU_TEXT.replace('一、本年新收政府信息公开申请数量\t\t\t129', '一、本年新收政府信息公开申请数量\t\t\t130'),
    );
    const r = cli('check', broken, '--today', '2026-01-10');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('核对结果：错误 2 项，警告 0 项，提示 1 项');
    expect(r.stdout).toContain(`填写进度：已完成 ${REPORT_PARTS.length}/${REPORT_PARTS.length} 部分\n`);
    expect(r.stdout).toContain('【三、收到和处理政府信息公开申请情况】');
    expect(r.stdout).toContain('[错误] T3-BALANCE “自然人”列：第一项加第二项之和为130，第三项加第四项之和为129，相差1');
    expect(r.stdout).toMatch(/\[错误\] T3-ROW-SUM “一、本年新收政府信息公开申请数量”行：“总计”为129，.*相差1/);
    const json = JSON.parse(cli('check', broken, '--json').stdout);
    expect(json.errors).toBe(2);
    expect(
      json.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { id: string }) => f.id),
    ).toEqual(['T3-BALANCE', 'T3-ROW-SUM']);
    expect(json.report.cells['T3.newReceived.natural']).toBe('130');
  });

  it('--prior brings in the cross-year warnings (exit stays 0 for warnings)', () => {
    const prior = temp(
      'prior.txt',
      MENGZHOU_TEXT.replace('孟州市人民政府办公室 2025 年', '孟州市人民政府办公室 2024 年').replace(
        '行政规范性文件\t0\t11\t76',
        '行政规范性文件\t0\t0\t80',
      ),
    );
    const r = cli('check', MENGZHOU_PATH, '--prior', prior, '--json', '--today', '2026-01-10');
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.stdout).findings.map((f: { id: string }) => f.id);
    expect(ids).toContain('X-CARRY'); // last year carried 5 forward, this year's 二 is 0
    expect(ids).toContain('X-IN-FORCE'); // 80 + 0 − 11 = 69, not 76
    expect(ids).toContain('X-REPEAT'); // the same prose
  });

  it('--final turns blank cells into errors', () => {
    const blank = temp('blank.txt', MENGZHOU_TEXT.replace('行政强制\t0\t\t', '行政强制\t\t\t'));
    expect(cli('check', blank).code).toBe(0);
    const r = cli('check', blank, '--final', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.find((f: { id: string }) => f.id === 'CELL-REQUIRED').cells).toEqual([
      'T2.enforcement.decisions',
    ]);
  });

  it('exit 2 with a Chinese reason: missing file, not a report, empty file', () => {
    const missing = cli('check', join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    expect(missing.stdout).toBe('');
    const notReport = cli('check', temp('note.txt', '会议通知\n请各单位准时参加。\n'));
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toContain('没有找到年度报告的任何一部分');
    const empty = cli('check', temp('empty.txt', ''));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it('usage errors exit 2 with a Chinese message; --help prints the Chinese usage', () => {
    const none = cli('check');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('请指定要核对的报告文件');
    const unknown = cli('check', MENGZHOU_PATH, '--bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('不认识的选项：--bogus');
    const badDate = cli('check', MENGZHOU_PATH, '--today', '2026-02-30');
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--today 的日期“2026-02-30”不正确');
    expect(cli('frobnicate').stderr).toContain('不认识的命令：frobnicate');
    const nothing = cli();
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('请指定命令');
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：nianbao <命令> [选项]');
  });
});
