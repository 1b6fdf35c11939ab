/**
 * The CLI refuses what the import refuses, the same way for `check` and `import`: exit 2 and the Chinese
 * message on stderr, nothing stored. The 150 MB text file is the audit's: `check` used to pass it (exit
 * 0) while `import` answered in zod's English.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES, MAX_MARKUP_DEPTH, MAX_TABLE_CELLS } from '../../../shared/import/limits';
import { fixtureText } from '../import-files/fixture';
import { docxOf, ENGLISH_LEAK, pageOf, paragraphBomb } from './hostile-files';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const MAIN = join(process.cwd(), 'electron/cli/main.ts');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-limits-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(TSX, [MAIN, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** check and import of one file: both exit 2 with the same Chinese refusal, and nothing is stored. */
function expectBothRefuse(path: string, names: RegExp): string {
  const checked = cli('check', path);
  const dataDir = join(dir, `data-${Math.random().toString(16).slice(2)}`);
  const imported = cli('import', path, '--data-dir', dataDir);
  for (const r of [checked, imported]) {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(names);
    expect(r.stderr).not.toMatch(ENGLISH_LEAK);
  }
  const message = checked.stderr.trim();
  expect(imported.stderr.trim()).toBe(`导入失败：${message}`);
  // refused before the store was opened: no database was made
  expect(existsSync(join(dataDir, 'nianbao.sqlite'))).toBe(false);
  return message;
}

describe('nianbao check and import refuse the same files the same way', () => {
  it('a 150 MB text file (the report, then 150 MB more): both exit 2 naming the size limit', () => {
    const path = join(dir, 'big.txt');
    // the report's text at the start, the rest a hole in the file: 150 MB on paper, nothing on disk
    writeFileSync(path, fixtureText());
    truncateSync(path, 150 * 1024 * 1024);
    const message = expectBothRefuse(path, new RegExp(`大于 ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB（150 MB）`));
    expect(message).toMatch(/超过导入的大小上限.*复制报告文字/);
    rmSync(path);
  });

  it('hostile .docx and web pages: spans, a zip bomb, deep nesting', () => {
    const wide = join(dir, '宽表.docx');
    const row = `<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="100"/></w:tcPr><w:p/></w:tc>'.repeat(50)}</w:tr>`;
    writeFileSync(wide, docxOf(`<w:tbl>${row.repeat(300)}</w:tbl>`));
    expectBothRefuse(wide, new RegExp(`${MAX_TABLE_CELLS.toLocaleString('en-US')} 个单元格`));
    const bomb = join(dir, '炸弹.docx');
    writeFileSync(bomb, paragraphBomb(40 * 1024 * 1024));
    expectBothRefuse(bomb, /解压后过大/);
    const deep = join(dir, '深.html');
    writeFileSync(deep, pageOf(`${'<div>'.repeat(5000)}1${'</div>'.repeat(5000)}`));
    expectBothRefuse(deep, new RegExp(`嵌套超过 ${MAX_MARKUP_DEPTH} 层`));
  });
});
