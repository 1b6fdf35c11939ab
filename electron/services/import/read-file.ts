/** Reads a report file from disk and parses it (text, HTML, .docx or .nianbao.json). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api';
import { parseImportBytes, type ImportedFile } from './index';

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取该文件的权限',
  EPERM: '没有读取该文件的权限',
  EBUSY: '文件正被其他程序占用',
};

export async function readReportFile(path: string): Promise<ImportedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ApiError(
      code === 'EBUSY' ? 'FILE_LOCKED' : 'NOT_FOUND',
      `无法读取文件“${path}”：${READ_ERRORS[code] ?? '读取失败'}`,
    );
  }
  if (bytes.length === 0) throw new ApiError('PARSE_FAILED', `文件“${path}”是空的`);
  return parseImportBytes(basename(path), bytes);
}
