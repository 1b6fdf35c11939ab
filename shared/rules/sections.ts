/** SECTION-REQUIRED: organ name, year, and the prose of sections 一, 五 and 六 (六 also counts the fee fields). */
import { SECTIONS, FEE_FIELDS, type SectionKey } from '../format';
import type { Report } from '../report';
import { finding } from './finding';
import { isBlankText } from './text';
import type { Finding } from './types';

function proseEmpty(report: Report, key: SectionKey): boolean {
  const prose = (report.prose as Record<string, Record<string, string>>)[key];
  return !prose || Object.values(prose).every(isBlankText);
}

export function sectionRequired(report: Report, out: Finding[]): void {
  if (isBlankText(report.organ.name)) {
    out.push(finding('SECTION-REQUIRED', { section: 'meta', subject: 'organ.name', message: '未填写机关名称' }));
  }
  if (report.year === null) {
    out.push(finding('SECTION-REQUIRED', { section: 'meta', subject: 'year', message: '未填写报告年度' }));
  }
  for (const section of SECTIONS) {
    if (!section.required || !proseEmpty(report, section.key)) continue;
    if (section.key === 'other' && FEE_FIELDS.some((f) => report.fee[f.key] !== null)) continue;
    const extra = section.key === 'other' ? '（可填写信息处理费情况；没有其他事项的请写“无”）' : '';
    out.push(
      finding('SECTION-REQUIRED', {
        section: section.key,
        subject: `prose.${section.key}`,
        message: `“${section.heading}”部分尚无内容${extra}`,
      }),
    );
  }
}
