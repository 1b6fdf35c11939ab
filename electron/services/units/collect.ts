/**
 * The files of a many-units check: every importable report under the folders given (recursively) and
 * every file named. Bounded: a folder of a whole province is tens of thousands of files, not millions.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isReportFileName } from '../../../shared/import/formats';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/limits';

/** Reports are kept in memory until years are paired: 100,000 reports is about 2 GB at the most. */
export const MAX_UNIT_FILES = 100_000;
/** Deeper than this is a link loop or a mistake, not a filing scheme. */
export const MAX_FOLDER_DEPTH = 32;
/** The import's own limit (shared/import/limits.ts): larger files are refused unread. */
export const MAX_UNIT_FILE_BYTES = MAX_IMPORT_FILE_BYTES;

export interface CollectedFile {
  path: string;
  /** shown in the overview: relative to the folder given, or the path as named */
  display: string;
  /** set when the file is refused without reading it (too large) */
  refused?: string;
}

export interface Collected {
  files: CollectedFile[];
  /** files in the folders that are not reports (.pdf, .doc, pictures …): counted, not checked */
  skipped: number;
  /** paths given that do not exist or cannot be opened, with the reason in Chinese */
  missing: Array<{ path: string; message: string }>;
}

export class TooManyFilesError extends Error {
  constructor() {
    super(`文件超过 ${MAX_UNIT_FILES} 个，请分批核对（例如每次核对一个地区的文件夹）`);
  }
}

/** Office's lock files (~$报告.docx) and hidden files are never reports. */
function isCandidate(name: string): boolean {
  return !name.startsWith('.') && isReportFileName(name);
}

function sizeRefusal(bytes: number): string | undefined {
  if (bytes <= MAX_UNIT_FILE_BYTES) return undefined;
  return `文件过大（${Math.round(bytes / 1024 / 1024)} MB，上限 ${MAX_UNIT_FILE_BYTES / 1024 / 1024} MB），不像是年度报告；如确是报告，请删去其中的图片后重试`;
}

export async function collectUnitFiles(paths: readonly string[]): Promise<Collected> {
  const out: Collected = { files: [], skipped: 0, missing: [] };
  const seen = new Set<string>();
  const add = (file: CollectedFile) => {
    // a file named and also inside a folder named is one unit, checked once
    const key = resolve(file.path);
    if (seen.has(key)) return;
    seen.add(key);
    if (out.files.length >= MAX_UNIT_FILES) throw new TooManyFilesError();
    out.files.push(file);
  };

  async function walk(root: string, dir: string, depth: number): Promise<void> {
    if (depth > MAX_FOLDER_DEPTH) return;
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      // symbolic links are not followed: a link back up the tree would never end
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) await walk(root, path, depth + 1);
      } else if (entry.isFile()) {
        if (!isCandidate(entry.name)) {
          out.skipped++;
          continue;
        }
        const display = relative(root, path).split(sep).join('/');
        add({ path, display, refused: sizeRefusal((await stat(path)).size) });
      }
    }
  }

  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      out.missing.push({
        path: given,
        message: code === 'ENOENT' ? '文件或文件夹不存在，请检查路径' : `无法打开（${code ?? '未知原因'}）`,
      });
      continue;
    }
    if (info.isDirectory()) {
      const prefix = given.replace(/[\\/]+$/, '');
      const start = out.files.length;
      await walk(given, given, 0);
      // with several folders, the folder name keeps rows of different folders apart
      if (paths.length > 1) for (const f of out.files.slice(start)) f.display = `${prefix}/${f.display}`;
    } else {
      add({ path: given, display: given, refused: sizeRefusal(info.size) });
    }
  }
  return out;
}
