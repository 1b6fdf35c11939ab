/**
 * Opening a .nianbao.json report file from the desktop (file association, "Open with", a file
 * dragged onto the icon): a file that really is our JSON report file is parsed like any import and
 * stored as a draft under its organ and year. Anything else carrying the name (a renamed .docx, a web
 * page) is not imported without asking: the clerk is sent to the import panel, which shows what the
 * import made of it before anything is stored. The parsing and the storing both happen in the store process, through the contract's
 * import.parse and reports.import. Node only, so it is tested with a real store; main.ts adds the dialogs.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../shared/api';
import { REPORT_FILE_EXTENSION } from '../../shared/report-file';
import type { CallService } from '../services/process/client';

/** The report files among command-line arguments (Windows and Linux pass opened files this way). */
export function reportFilesInArgs(argv: readonly string[]): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(REPORT_FILE_EXTENSION));
}

/**
 * Our report file is a JSON object (serializeReportFile); its envelope and content are checked by
 * import.parse. A zip, a web page or plain text is not, whatever its name says.
 */
export function looksLikeReportFile(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return false;
  }
  if (!text.trimStart().startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

export type OpenFileOutcome =
  | { kind: 'imported'; reportId: number; message: string }
  /** not our report file format: goes through the import panel, where the clerk sees the result first */
  | { kind: 'import-dialog'; message: string }
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
  if (!looksLikeReportFile(bytes)) {
    return {
      kind: 'import-dialog',
      message:
        `文件“${name}”虽然以 ${REPORT_FILE_EXTENSION} 结尾，但不是年报助手导出的报告文件（可能是改了扩展名的 Word 文档、网页或其他文件），所以没有直接导入。` +
        '请在首页“导入已发布的报告”中选择它：导入前会先显示识别结果，确认后再保存。',
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
