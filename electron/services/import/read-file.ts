/** Reads a report file from disk and parses it (text, HTML, .docx or .nianbao.json). */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api';
import { fileTooLarge, MAX_IMPORT_FILE_BYTES } from '../../../shared/import/limits';
import { parseImportBytes, type ImportedFile } from './index';

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件不存在',
  EISDIR: '这是一个文件夹，不是文件',
  EACCES: '没有读取该文件的权限',
  EPERM: '没有读取该文件的权限',
  EBUSY: '文件正被其他程序占用',
};

/**
 * `check` and `import` (and the app's open-file) all read through here, so a file past the limits is
 * refused the same way by each; one larger than every format's limit is refused before it is read.
 */
export async function readReportFile(path: string): Promise<ImportedFile> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_IMPORT_FILE_BYTES) throw fileTooLarge(size, null);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new ApiError(
      code === 'EBUSY' ? 'FILE_LOCKED' : 'NOT_FOUND',
      `无法读取文件“${path}”：${READ_ERRORS[code] ?? '读取失败'}`,
    );
  }
  if (bytes.length === 0) throw new ApiError('PARSE_FAILED', `文件“${path}”是空的`);
  return parseImportBytes(basename(path), bytes);
}
