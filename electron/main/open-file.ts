/**
 * Opening a .nianbao.json report file from the desktop (file association, "Open with", a file
 * dragged onto the icon): the file is parsed like any import and stored as a draft under its organ
 * and year. The parsing and the storing both happen in the store process, through the contract's
 * import.parse and reports.import. Node only, so it is tested with a real store; main.ts adds the dialogs.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../shared/api';
import { REPORT_FILE_EXTENSION } from '../../shared/import/json';
import type { CallService } from '../services/process/client';

/** The report files among command-line arguments (Windows and Linux pass opened files this way). */
export function reportFilesInArgs(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(REPORT_FILE_EXTENSION));
}

export type OpenFileOutcome =
  | { kind: 'imported'; reportId: number; message: string }
  | { kind: 'exists'; message: string }
  | { kind: 'failed'; message: string };

export async function importReportFile(call: CallService, path: string, replace: boolean): Promise<OpenFileOutcome> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    return {
      kind: 'failed',
      message: `无法读取文件“${name}”：${error instanceof Error ? error.message : String(error)}`,
    };
  }
  try {
    const parsed = await call('import.parse', {
      fileName: name,
      contentBase64: Buffer.from(bytes).toString('base64'),
    });
    const record = await call('reports.import', { report: parsed.report, status: 'draft', replace });
    const organ = parsed.report.organ.name.trim();
    return {
      kind: 'imported',
      reportId: record.id,
      message: `已导入“${organ}”${record.year}年度报告（草稿）${replace ? '，替换了原有内容（原内容保留在历史版本中）' : ''}。请在首页打开。`,
    };
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CONFLICT') return { kind: 'exists', message: error.message };
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', message: `无法导入文件“${name}”：${reason}` };
  }
}
