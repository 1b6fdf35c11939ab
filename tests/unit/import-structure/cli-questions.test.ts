/**
 * Never a dead end on the command line: what a file does not say (organ, year, kind, 规章制定权) is given
 * by --organ, --year, --kind, --rules-power; without it `import` stores nothing and says which option
 * to add, and `check` checks without guessing and says the same. Real files, the real SQLite store.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../../electron/cli/import';
import { openStore } from '../../../electron/services/store';
import { fixtureText } from '../import-files/fixture';

const PRINTED_TITLE = '孟州市人民政府办公室 2025 年政府信息公开工作年度报告';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-questions-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The fixture with a breadcrumb where its title was: no organ, no year anywhere. */
const untitled = () => fixtureText().replace(PRINTED_TITLE, '首页 > 政府信息公开 > 政府信息公开年报');

describe('nianbao import: what the file does not say', () => {
  it('stores nothing without --organ and --year, and names the options', async () => {
    const c = capture();
    const data = join(dir, 'data');
    expect(await runImport([file('年报.txt', untitled()), '--data-dir', data], c.io)).toBe(2);
    const err = c.err.join('');
    expect(err).toContain('未导入');
    expect(err).toContain('机关名称（--organ）');
    expect(err).toContain('年度（--year）');
    expect(err).toContain('机关类型（--kind）');
    const store = openStore({ dir: data });
    expect(await store.listReports()).toEqual([]);
    store.close();
  });

  it('stores the report under the organ and year given, with the kind the name decides', async () => {
    const c = capture();
    const data = join(dir, 'data');
    const code = await runImport(
      [file('年报.txt', untitled()), '--data-dir', data, '--organ', '孟州市人民政府办公室', '--year=2025', '--final'],
      c.io,
    );
    expect(c.err.join('')).toBe('');
    expect(code).toBe(0);
    expect(c.out.join('')).toContain('导入报告：');
    const store = openStore({ dir: data });
    const [summary] = await store.listReports();
    const record = await store.openReport(summary!.id);
    expect(record.year).toBe(2025);
    expect(record.status).toBe('final');
    // the organ given by option is read like a title's: 人民政府办公室 decides kind and 规章制定权
    expect(record.report.organ).toMatchObject({ name: '孟州市人民政府办公室', kind: '政府部门', rulesPower: false });
    expect(record.report.tables.T3.newReceived!.total).toBe('129');
    store.close();
  });

  it('a 市人民政府 needs --rules-power; --kind and --rules-power are checked', async () => {
    const text = fixtureText().replace(PRINTED_TITLE, '孟州市人民政府2025年度政府信息公开工作年度报告');
    const path = file('市政府.txt', text);
    const data = join(dir, 'data');
    const refused = capture();
    expect(await runImport([path, '--data-dir', data], refused.io)).toBe(2);
    expect(refused.err.join('')).toContain('是否具有规章制定权（--rules-power）：是人民政府；但名称不能区分设区的市');
    const wrong = capture();
    expect(await runImport([path, '--data-dir', data, '--rules-power', '也许'], wrong.io)).toBe(2);
    expect(wrong.err.join('')).toContain('--rules-power：是否具有规章制定权应填“是”或“否”');
    const ok = capture();
    expect(await runImport([path, '--data-dir', data, '--rules-power', '是'], ok.io)).toBe(0);
    const store = openStore({ dir: data });
    const record = await store.openReport((await store.listReports())[0]!.id);
    expect(record.report.organ).toMatchObject({ name: '孟州市人民政府', kind: '人民政府', rulesPower: true });
    store.close();
  });

  it('a 管委会 needs --kind', async () => {
    const text = fixtureText().replace(PRINTED_TITLE, '孟州市产业集聚区管理委员会2025年政府信息公开工作年度报告');
    const data = join(dir, 'data');
    const refused = capture();
    expect(await runImport([file('管委会.txt', text), '--data-dir', data], refused.io)).toBe(2);
    expect(refused.err.join('')).toContain('机关类型（--kind）：管委会可能是政府的派出机构');
    const ok = capture();
    expect(await runImport([file('管委会.txt', text), '--data-dir', data, '--kind', '其他'], ok.io)).toBe(0);
  });
});

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const MAIN = join(process.cwd(), 'electron/cli/main.ts');
const cli = (...args: string[]) => {
  const r = spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('nianbao check: what the file does not say', () => {
  it('without a title: no false section errors; organ and year named with their options', () => {
    const r = cli('check', file('年报.txt', untitled()), '--today', '2026-01-10');
    expect(r.stdout).toContain('机关名称未能确定');
    expect(r.stdout).toContain('请用 --organ 给出');
    expect(r.stdout).not.toMatch(/SECTION-REQUIRED.*(总体情况|存在的主要问题|其他需要报告)/);
    const given = cli(
      'check',
      file('年报2.txt', untitled()),
      '--today',
      '2026-01-10',
      '--organ',
      '孟州市人民政府办公室',
      '--year',
      '2025',
      '--json',
    );
    expect(given.code).toBe(0);
    const json = JSON.parse(given.stdout);
    expect(json.report.organ.name).toBe('孟州市人民政府办公室');
    expect(json.report.year).toBe(2025);
    expect(json.errors).toBe(0);
  });

  it('an undecided 规章制定权 raises no X-RULES-POWER and says so', () => {
    const text = fixtureText()
      .replace(PRINTED_TITLE, '云海市人民政府2025年政府信息公开工作年度报告')
      .replace('规章\t0\t0\t0', '规章\t2\t0\t9');
    const r = cli('check', file('市政府.txt', text), '--today', '2026-01-10');
    expect(r.stdout).not.toMatch(/\] X-RULES-POWER/);
    expect(r.stdout).toContain('未核对规章数量是否应为0（X-RULES-POWER）。请用 --rules-power 给出');
    const no = cli('check', file('市政府2.txt', text), '--today', '2026-01-10', '--rules-power', '否');
    expect(no.stdout).toMatch(/\[警告\] X-RULES-POWER/);
  });
});
