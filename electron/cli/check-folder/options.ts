/** The options of `nianbao check` over many files, and whether a command line asks for that. */
import { stat } from 'node:fs/promises';
import { ANSWER_OPTIONS } from '../answers';
import { parseArgs, UsageError, type ParsedArgs } from '../args';

export const FOLDER_VALUED = ['--today', '--csv', '--xlsx', '--jobs'] as const;
export const FOLDER_BOOLEANS = ['--json', '--final'] as const;
/** The options only a folder check has: any of them makes it one, even for one file. */
const FOLDER_ONLY = ['--csv', '--xlsx', '--jobs'];
/** Options of either check whose value follows them (the answers --organ, --year, --kind, --rules-power too). */
const ANY_VALUED = ['--prior', ...FOLDER_VALUED, ...Object.keys(ANSWER_OPTIONS)];

function positionalsOf(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) out.push(a);
    else if (ANY_VALUED.includes(a)) i++;
  }
  return out;
}

/** More than one path, a folder, or an option only the folder check has. */
export async function isFolderCheck(argv: readonly string[]): Promise<boolean> {
  if (argv.some((a) => FOLDER_ONLY.includes(a.split('=')[0]!))) return true;
  const paths = positionalsOf(argv);
  if (paths.length > 1) return true;
  if (paths.length === 0) return false;
  try {
    return (await stat(paths[0]!)).isDirectory();
  } catch {
    return false;
  }
}

export interface FolderOptions {
  paths: string[];
  json: boolean;
  final: boolean;
  csv: string | null;
  xlsx: string | null;
  jobs: number | null;
  today: string | undefined;
}

export const MAX_JOBS = 64;

export function parseFolderArgs(argv: readonly string[]): FolderOptions {
  if (argv.includes('--prior'))
    throw new UsageError(
      '核对多个文件时会自动配对同一机关相邻年度的报告，不能使用 --prior；如要指定上年度报告，请逐个文件核对',
    );
  const args: ParsedArgs = parseArgs(argv, FOLDER_VALUED, FOLDER_BOOLEANS);
  if (args.positional.length === 0) throw new UsageError('请指定要核对的文件或文件夹');
  const jobsText = args.options.get('--jobs');
  let jobs: number | null = null;
  if (jobsText !== undefined) {
    jobs = Number(jobsText);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)
      throw new UsageError(`--jobs 应为 1 到 ${MAX_JOBS} 之间的整数（同时核对的文件数），而不是“${jobsText}”`);
  }
  if (args.options.get('--xlsx') === '-') throw new UsageError('--xlsx 需要一个文件名（Excel 文件不能输出到屏幕）');
  return {
    paths: args.positional,
    json: args.flags.has('--json'),
    final: args.flags.has('--final'),
    csv: args.options.get('--csv') ?? null,
    xlsx: args.options.get('--xlsx') ?? null,
    jobs,
    today: args.options.get('--today'),
  };
}
