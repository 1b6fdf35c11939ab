/**
 * `nianbao aggregate <文件或文件夹>… --organ <机关> --year <年度> [--kind <类型>] [--include-errors]
 *  [--docx F] [--pdf F] [--html F] [--xlsx F] [--json F] [--today YYYY-MM-DD] [--jobs N]`
 *
 * 汇总: the tables of every unit's report of that year summed exactly into one report of the national
 * format; the included and refused units listed; the rules run on the sum.
 * Exit: 0 written, every unit included and the sum's tables without error; 1 written, but units were
 * refused or the sum's tables have errors; 2 usage, nothing to sum, or a file not written; 3 no browser
 * for the PDF (the other files written).
 */
import { aggregateReports, selectUnits, UNSUMMABLE } from '../../../shared/aggregate';
import { ApiError, type ExportKind } from '../../../shared/api';
import { buildDocument } from '../../../shared/document';
import { describeCell, FEE_FIELDS, ORGAN_KINDS, type OrganKind } from '../../../shared/format';
import { runRules } from '../../../shared/rules';
import { exportBytes } from '../../services/export/handlers';
import { printPdf } from '../../services/export/pdf';
import { writeFileAtomic } from '../../services/export/write-file';
import { aggregateXlsx } from '../../services/units/aggregate-xlsx';
import { checkUnits } from '../../services/units/check-units';
import { collectUnitFiles, TooManyFilesError } from '../../services/units/collect';
import { parseArgs, UsageError } from '../args';
import { parseToday } from '../check';
import { checkText } from '../check-output';
import type { CliIo } from '../io';
import { MAX_JOBS } from '../check-folder/options';
import { terminalProgress, type Progress } from '../check-folder/progress';
import { runnerFor } from '../check-folder/worker-file';

export const AGGREGATE_EXIT_OK = 0;
export const AGGREGATE_EXIT_INCOMPLETE = 1;
export const AGGREGATE_EXIT_FAILED = 2;
export const AGGREGATE_EXIT_NO_BROWSER = 3;

export const AGGREGATE_USAGE = `用法：nianbao aggregate <文件或文件夹>… --organ <机关名称> --year <年度> [--kind <机关类型>] [--include-errors]
       [--docx <输出.docx>] [--pdf <输出.pdf>] [--html <输出.html>] [--xlsx <输出.xlsx>] [--json <输出.nianbao.json>]
  汇总：把各单位同一年度报告的第二、三、四部分表格和信息处理费逐项相加（金额精确到分和小数），
  生成一份同样格式的报告，列出计入和未计入的单位，并对汇总结果进行核对。
  --organ           汇总报告的机关名称，如“焦作市人民政府办公室”
  --year            汇总的年度；其他年度的报告不计入
  --kind            机关类型：${ORGAN_KINDS.join('、')}；默认按名称判断
  --include-errors  有错误的报告也计入（默认不计入，并列出错误）
  --xlsx            汇总数据和单位名单（Excel）    --json  报告数据文件，可导入年报助手继续编写
  退出码：0 已写入，全部单位计入且汇总表格无错误；1 已写入，但有单位未计入或汇总表格有错误；
          2 用法不正确、没有可汇总的报告或文件无法写入；3 未找到浏览器，PDF 未生成（其他格式已写入）
`;

const OUTPUTS: ReadonlyArray<{ option: string; kind: ExportKind | 'xlsx'; label: string }> = [
  { option: '--docx', kind: 'docx', label: 'Word 文档' },
  { option: '--pdf', kind: 'pdf', label: 'PDF' },
  { option: '--html', kind: 'html', label: '网页版' },
  { option: '--json', kind: 'json', label: '报告数据文件' },
  { option: '--xlsx', kind: 'xlsx', label: 'Excel 汇总表' },
];

export interface AggregateDeps {
  io: CliIo;
  progress?: Progress;
  /** the pool's worker script; null: every file in this thread (default: the bundled worker, if any) */
  worker?: string | null;
  printPdf?: (html: string) => Promise<Uint8Array>;
}

function guessKind(name: string): OrganKind {
  return /人民政府$/.test(name) ? '人民政府' : '政府部门';
}

export async function runAggregate(argv: readonly string[], deps: AggregateDeps): Promise<number> {
  const { io } = deps;
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(AGGREGATE_USAGE);
    return AGGREGATE_EXIT_OK;
  }
  const args = parseArgs(
    argv,
    ['--organ', '--year', '--kind', '--today', '--jobs', ...OUTPUTS.map((o) => o.option)],
    ['--include-errors'],
  );
  if (args.positional.length === 0) throw new UsageError('请指定要汇总的报告文件或文件夹');
  const organ = args.options.get('--organ')?.trim();
  if (!organ) throw new UsageError('请用 --organ 指定汇总报告的机关名称，如 --organ 焦作市人民政府办公室');
  const yearText = args.options.get('--year');
  const year = Number(yearText);
  if (yearText === undefined || !Number.isInteger(year) || year < 2008 || year > 2100)
    throw new UsageError(`请用 --year 指定汇总的年度（2008 至 2100 之间），如 --year 2025`);
  const kindText = args.options.get('--kind');
  if (kindText !== undefined && !ORGAN_KINDS.includes(kindText as OrganKind))
    throw new UsageError(`--kind 只能是 ${ORGAN_KINDS.join('、')}，而不是“${kindText}”`);
  const kind = (kindText as OrganKind | undefined) ?? guessKind(organ);
  const jobsText = args.options.get('--jobs');
  const jobs = jobsText === undefined ? undefined : Number(jobsText);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS))
    throw new UsageError(`--jobs 应为 1 到 ${MAX_JOBS} 之间的整数，而不是“${jobsText}”`);
  const today = parseToday(args.options.get('--today'));
  const outputs = OUTPUTS.filter((o) => args.options.has(o.option)).map((o) => ({
    ...o,
    path: args.options.get(o.option)!,
  }));

  let collected;
  try {
    collected = await collectUnitFiles(args.positional);
  } catch (error) {
    if (error instanceof TooManyFilesError) throw new UsageError(error.message);
    throw error;
  }
  const progress = deps.progress ?? terminalProgress();
  const units = await checkUnits(collected, {
    today,
    runTasks: runnerFor(deps.worker, jobs),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  const selection = selectUnits(units, {
    year,
    includeErrors: args.flags.has('--include-errors'),
    includeErrorsHint: '加上 --include-errors',
  });

  const lines: string[] = [
    `汇总：${organ} ${year} 年（计入 ${selection.included.length} 个单位，未计入 ${selection.refused.length} 个）`,
  ];
  if (selection.included.length > 0) {
    lines.push('', '计入的单位：');
    for (const u of selection.included) lines.push(`  ${u.file}  ${u.report.organ.name}`);
  }
  if (selection.refused.length > 0) {
    lines.push('', '未计入的单位：');
    for (const r of selection.refused) lines.push(`  ${r.file}${r.organ ? `（${r.organ}）` : ''}：${r.reason}`);
  }
  if (selection.included.length === 0) {
    io.out(`${lines.join('\n')}\n`);
    io.err(`没有可汇总的 ${year} 年报告，未写入任何文件。\n`);
    return AGGREGATE_EXIT_FAILED;
  }

  const { report, unsummable } = aggregateReports(
    selection.included.map((u) => ({ label: u.file, report: u.report })),
    { organ, kind, year },
  );
  if (unsummable.length > 0) {
    lines.push('', `无法汇总的数值（汇总表中记为“${UNSUMMABLE}”，请改正后重新汇总）：`);
    for (const u of unsummable) {
      const fee = FEE_FIELDS.find((f) => `fee.${f.key}` === u.cell);
      lines.push(`  ${u.unit}：${fee ? fee.label : describeCell(u.cell)}“${u.value}”`);
    }
  }
  // sections 一, 五 and 六 of a 汇总 are the office's to write: SECTION-REQUIRED is expected on it, the
  // exit code only reflects errors in the figures
  const findings = runRules(report, { today });
  // checkText's first line names a file; the sum has none
  const checked = checkText('', '', report, findings, []).split('\n').slice(1).join('\n');
  io.out(`${lines.join('\n')}\n\n${checked}`);

  let exit =
    selection.refused.length > 0 || findings.some((f) => f.severity === 'error' && f.id !== 'SECTION-REQUIRED')
      ? AGGREGATE_EXIT_INCOMPLETE
      : AGGREGATE_EXIT_OK;
  const model = buildDocument(report, { findings, final: false });
  for (const output of outputs) {
    try {
      const bytes =
        output.kind === 'xlsx'
          ? await aggregateXlsx(report, {
              included: selection.included.map((u) => ({ file: u.file, organ: u.report.organ.name })),
              refused: selection.refused,
            })
          : await exportBytes(output.kind, report, model, { printPdf: deps.printPdf ?? printPdf });
      writeFileAtomic(output.path, bytes);
      io.out(`已写入${output.label}：${output.path}\n`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      io.err(`${output.label}未写入：${error.message}\n`);
      if (output.kind === 'pdf' && error.code === 'UNSUPPORTED') {
        if (exit !== AGGREGATE_EXIT_FAILED) exit = AGGREGATE_EXIT_NO_BROWSER;
      } else exit = AGGREGATE_EXIT_FAILED;
    }
  }
  return exit;
}
