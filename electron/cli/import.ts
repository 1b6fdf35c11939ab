/**
 * `nianbao import <文件> [--data-dir 目录] [--replace] [--final] [--organ …] [--year …] [--kind …]
 * [--rules-power 是|否]`: read a published report or a report file and store it under its organ and
 * year. What the file does not decide (organ, year, kind, 规章制定权) must be given by option: nothing is
 * stored on a guess. Exit 0 stored, 1 refused (already there and no --replace), 2 the file, the
 * arguments or a missing fact kept it from being stored.
 */
import { ApiError, type ImportIssue } from '../../shared/api';
import { IMPORT_FORMAT_LABEL } from '../../shared/import/formats';
import { readReportFile } from '../services/import/read-file';
import { defaultDataDir, openStore, type Store } from '../services/store';
import type { ImportAnswers } from '../../shared/import/answers';
import { ANSWER_OPTIONS, ANSWER_USAGE, answersFrom, describeOpen, withAnswers } from './answers';
import { UsageError } from './args';
import { formatImportSummary } from './import-report';

export const IMPORT_USAGE = `用法：nianbao import <文件> [--data-dir <目录>] [--replace] [--final] [--organ <机关名称>] [--year <年度>] [--kind <机关类型>] [--rules-power <是|否>]

读取已发布的年度报告（Word .docx、网页 .html、纯文本 .txt）或年报助手报告文件（.nianbao.json），
按机关名称和年度存入本机数据库。
  --data-dir  数据目录，默认为年报助手的数据目录
  --replace   同一机关同一年度的报告已存在时，用导入的内容替换（原内容保留在历史版本中）
  --final     按正式稿存入，默认存为草稿
${ANSWER_USAGE}
退出码：0 已存入；1 报告已存在而未指定 --replace；2 文件无法读取或无法识别、缺少必须给出的信息，或用法不正确
`;

export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

interface ImportOptions {
  file: string;
  dataDir: string | null;
  replace: boolean;
  final: boolean;
  answers: ImportAnswers;
}

function parseArgs(argv: readonly string[]): ImportOptions | { help: true } | { error: string } {
  let file: string | null = null;
  let dataDir: string | null = null;
  let replace = false;
  let final = false;
  const answerOptions = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (name in ANSWER_OPTIONS) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { error: `${name} 后面需要一个值` };
      answerOptions.set(name, value);
      continue;
    }
    if (arg === '--replace') replace = true;
    else if (arg === '--final') final = true;
    else if (arg === '--data-dir') {
      const value = argv[++i];
      if (value === undefined || value === '') return { error: '--data-dir 后面需要一个目录' };
      dataDir = value;
    } else if (arg.startsWith('--data-dir=')) dataDir = arg.slice('--data-dir='.length);
    else if (arg.startsWith('-')) return { error: `不认识的选项：${arg}` };
    else if (file === null) file = arg;
    else return { error: `只能导入一个文件，多出的参数：${arg}` };
  }
  if (file === null) return { error: '请指定要导入的文件' };
  try {
    return { file, dataDir, replace, final, answers: answersFrom(answerOptions) };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message };
    throw error;
  }
}

const SEVERITY_LABEL: Record<ImportIssue['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

function formatIssues(issues: readonly ImportIssue[]): string {
  if (issues.length === 0) return '导入时没有发现问题。\n';
  const lines = issues.map((i) => `  [${SEVERITY_LABEL[i.severity]}] ${i.where ? `${i.where}：` : ''}${i.message}`);
  return `导入说明（${issues.length} 条）：\n${lines.join('\n')}\n`;
}

export async function runImport(argv: string[], io: CliOutput = processOutput): Promise<number> {
  const options = parseArgs(argv);
  if ('help' in options) {
    io.out(IMPORT_USAGE);
    return 0;
  }
  if ('error' in options) {
    io.err(`${options.error}\n\n${IMPORT_USAGE}`);
    return 2;
  }

  let imported;
  try {
    imported = withAnswers(await readReportFile(options.file), options.answers);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    io.err(`导入失败：${error.message}\n`);
    return 2;
  }
  if (imported.open.length > 0) {
    io.err(`未导入：以下信息不能从文件中读出或判断，请用选项给出后重新运行：\n${describeOpen(imported.open)}\n`);
    io.err(formatImportSummary(imported.summary));
    io.err(formatIssues(imported.issues));
    return 2;
  }

  const dir = options.dataDir ?? defaultDataDir();
  let store: Store;
  try {
    store = openStore({ dir });
  } catch (error) {
    io.err(`未导入：无法打开数据目录“${dir}”：${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  try {
    if (store.recovery) io.err(`${store.recovery.message}\n`);
    const record = await store.importReport(imported.report, options.final ? 'final' : 'draft', options.replace);
    const organ = imported.report.organ.name;
    io.out(
      `已导入：${organ} ${record.year} 年报告（${record.status === 'final' ? '正式稿' : '草稿'}，报告编号 ${record.id}，版本 ${record.revisionId}）\n` +
        `来源：${options.file}（${IMPORT_FORMAT_LABEL[imported.format]}）\n数据目录：${dir}\n`,
    );
    io.out(formatImportSummary(imported.summary));
    io.out(formatIssues(imported.issues));
    return 0;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    io.err(`未导入：${error.message}\n`);
    if (error.code === 'CONFLICT') {
      io.err('如要替换已有的报告，请加上 --replace。\n');
      return 1;
    }
    io.err(formatIssues(imported.issues));
    return 2;
  } finally {
    store.close();
  }
}
