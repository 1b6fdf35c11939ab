/**
 * `nianbao export <file> [--prior <file>] [--docx out.docx] [--pdf out.pdf] [--html out.html]
 *  [--json out.nianbao.json] [--final] [--fonts plain]`
 *
 * Exit codes: 0 every requested file written; 1 --final refused because the report has errors (nothing
 * written); 2 usage error, unreadable input, or a file could not be written (the others still are); 3 no
 * browser for the PDF, every other requested file written.
 */
import { ApiError, type ExportKind } from '../../shared/api';
import { buildDocument, FONT_PROFILES_LIST, type FontProfile } from '../../shared/document';
import { runRules } from '../../shared/rules';
import { exportBytes, hasErrorsMessage } from '../services/export/handlers';
import { printPdf } from '../services/export/pdf';
import { writeFileAtomic } from '../services/export/write-file';
import { readReportFile } from '../services/import/read-file';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';

export const EXPORT_EXIT_OK = 0;
export const EXPORT_EXIT_HAS_ERRORS = 1;
export const EXPORT_EXIT_FAILED = 2;
export const EXPORT_EXIT_NO_BROWSER = 3;

export const EXPORT_USAGE = `用法：nianbao export <文件> [--prior <上年度文件>] [--docx <输出.docx>] [--pdf <输出.pdf>] [--html <输出.html>] [--json <输出.nianbao.json>] [--final] [--fonts plain]
  导出年度报告：Word 文档（GB/T 9704 版式）、PDF、网页版和报告数据文件，至少指定一种。
  --prior   上年度报告，用于跨年度核对
  --final   正式导出：报告还有错误时拒绝导出；不加则导出草稿（标明“草稿”并附未解决的错误清单）
  --fonts   plain：使用仿宋、黑体、楷体、宋体（没有安装 GB2312 字体的电脑）；默认 gb2312
  退出码：0 全部写入；1 有错误，拒绝正式导出；2 用法不正确、文件无法读取或无法写入；3 未找到浏览器，PDF 未生成（其他格式已写入）
`;

const OUTPUT_OPTIONS: ReadonlyArray<{ option: string; kind: ExportKind; label: string }> = [
  { option: '--docx', kind: 'docx', label: 'Word 文档' },
  { option: '--pdf', kind: 'pdf', label: 'PDF' },
  { option: '--html', kind: 'html', label: '网页版' },
  { option: '--json', kind: 'json', label: '报告数据文件' },
];

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export interface ExportRunDeps {
  io?: CliIo;
  /** the PDF printer; tests pass one with no browser */
  printPdf?: (html: string) => Promise<Uint8Array>;
  appVersion?: string;
}

export async function runExport(argv: string[], deps: ExportRunDeps = {}): Promise<number> {
  const io = deps.io ?? processIo;
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(EXPORT_USAGE);
    return EXPORT_EXIT_OK;
  }
  const args = parseArgs(argv, ['--prior', '--fonts', ...OUTPUT_OPTIONS.map((o) => o.option)], ['--final']);
  if (args.positional.length !== 1) {
    throw new UsageError(
      args.positional.length === 0
        ? '请指定要导出的报告文件'
        : `只能导出一个文件，多余的参数：${args.positional.slice(1).join(' ')}`,
    );
  }
  const outputs = OUTPUT_OPTIONS.filter((o) => args.options.has(o.option)).map((o) => ({
    ...o,
    path: args.options.get(o.option)!,
  }));
  if (outputs.length === 0) throw new UsageError('请至少指定一种输出：--docx、--pdf、--html 或 --json');
  const fonts = args.options.get('--fonts') ?? 'gb2312';
  if (!FONT_PROFILES_LIST.includes(fonts as FontProfile))
    throw new UsageError(`--fonts 只能是 ${FONT_PROFILES_LIST.join(' 或 ')}，而不是“${fonts}”`);
  const final = args.flags.has('--final');

  let source;
  let prior = null;
  try {
    source = await readReportFile(args.positional[0]!);
    const priorFile = args.options.get('--prior');
    if (priorFile !== undefined) prior = (await readReportFile(priorFile)).report;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    io.err(`${error.message}\n`);
    return EXPORT_EXIT_FAILED;
  }
  for (const i of source.issues) io.err(`导入说明${i.where ? `（${i.where}）` : ''}：${i.message}\n`);

  const findings = runRules(source.report, { prior, final });
  const errors = findings.filter((f) => f.severity === 'error');
  if (final && errors.length > 0) {
    io.err(`${hasErrorsMessage(errors)}\n全部错误：\n`);
    for (const e of errors) io.err(`  [${e.id}] ${e.message}\n`);
    return EXPORT_EXIT_HAS_ERRORS;
  }
  const model = buildDocument(source.report, { findings, final, fontProfile: fonts as FontProfile });
  const mark = model.draft ? `（草稿，${errors.length}项错误未解决）` : '（正式）';

  let exit = EXPORT_EXIT_OK;
  for (const output of outputs) {
    try {
      const bytes = await exportBytes(output.kind, source.report, model, {
        printPdf: deps.printPdf ?? printPdf,
        appVersion: deps.appVersion,
      });
      writeFileAtomic(output.path, bytes);
      io.out(`已写入${output.label}：${output.path}${mark}\n`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const noBrowser = output.kind === 'pdf' && error.code === 'UNSUPPORTED';
      io.err(`${output.label}未写入：${error.message}\n`);
      // A file that could not be written outweighs a PDF left out for want of a browser.
      if (!noBrowser) exit = EXPORT_EXIT_FAILED;
      else if (exit === EXPORT_EXIT_OK) exit = EXPORT_EXIT_NO_BROWSER;
    }
  }
  return exit;
}
