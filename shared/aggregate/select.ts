/**
 * Which units go into a 汇总 and why the others do not: unreadable files, another year, open errors
 * (unless the office decides to include them), and a second report of an organ already counted (a
 * .docx and its web copy must not be added twice). Pure; the CLI and the app list both sides.
 */
import { CURRENT_EDITION, editionDifferences, editionOf, ruleDef } from '../format';
import type { Report } from '../report';
import { organKey } from '../units/pairing';
import type { OverviewRow } from '../units/overview';

export interface CandidateUnit {
  row: OverviewRow;
  report: Report | null;
}

export interface RefusedUnit {
  file: string;
  organ: string;
  /** Chinese, with what to do about it */
  reason: string;
}

export interface UnitSelection {
  included: Array<{ file: string; report: Report }>;
  refused: RefusedUnit[];
}

export function selectUnits(
  candidates: readonly CandidateUnit[],
  options: {
    year: number;
    includeErrors: boolean;
    /** how to include them anyway, in the words of the place asking: “加上 --include-errors” */
    includeErrorsHint: string;
  },
): UnitSelection {
  const included: UnitSelection['included'] = [];
  const refused: RefusedUnit[] = [];
  const counted = new Map<string, string>();
  for (const { row, report } of candidates) {
    const refuse = (reason: string) => refused.push({ file: row.file, organ: row.organ, reason });
    if (report === null || row.status === 'unreadable') {
      refuse(`无法读取：${row.message ?? '文件无法识别'}`);
    } else if (report.year !== options.year) {
      refuse(
        report.year === null
          ? '未能识别年度，请在报告标题中写明年度后重试'
          : `是 ${report.year} 年的报告，不是 ${options.year} 年的`,
      );
    } else if (editionOf(report) !== CURRENT_EDITION) {
      // the 汇总 is a report of the current edition: a 2019 试行 表二 has no cells to be added into
      const edition = editionOf(report);
      refuse(
        `是${edition.name}的报告，其${editionDifferences(edition, CURRENT_EDITION).join('和')}与现行格式不同，不能相加；` +
          `汇总只合计${CURRENT_EDITION.name}的报告`,
      );
    } else if (row.errors > 0 && !options.includeErrors) {
      refuse(
        `有 ${row.errors} 项错误（${row.findingIds.filter((id) => ruleDef(id).severity === 'error').join('、')}）；请该单位改正后重新汇总，或确认后${options.includeErrorsHint}`,
      );
    } else if (organKey(report.organ.name) !== '' && counted.has(organKey(report.organ.name))) {
      refuse(`与“${counted.get(organKey(report.organ.name))}”是同一机关同一年度的报告，只计入一次`);
    } else {
      if (organKey(report.organ.name) !== '') counted.set(organKey(report.organ.name), row.file);
      included.push({ file: row.file, report });
    }
  }
  return { included, refused };
}
