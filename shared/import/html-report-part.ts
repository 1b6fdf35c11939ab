/**
 * A web page or a Word file saved from one wraps the report in navigation, publication data and a
 * footer. Keep the report from its title (or its first section heading) to the end of its last
 * section, and name what was left out (page-furniture.ts decides, for text as for markup).
 */
import type { ImportIssue } from './outcome';
import { REPORT_TITLE_SUFFIX, SECTIONS } from '../format';
import type { TextBlock } from './markup-blocks';
import { findReportPart } from './page-furniture';

export function cutToReport(
  blocks: readonly TextBlock[],
  what: '网页' | 'Word 文档',
): { blocks: TextBlock[]; issues: ImportIssue[]; titleFound: boolean; whole: boolean } {
  const part = findReportPart(
    blocks.map((b) => (b.type === 'line' ? b.text : null)),
    {
      what,
      beforeBody: what === '网页' ? 'lines' : 'furniture',
      tableCells: (i) => {
        const b = blocks[i];
        return b?.type === 'table' ? b.rows.flat() : [];
      },
    },
  );
  if (part.firstHeading < 0 && !part.title) {
    return {
      blocks: [...blocks],
      titleFound: false,
      whole: true,
      issues: [
        {
          severity: 'warning',
          message: `${what}中没有找到报告标题（“……${REPORT_TITLE_SUFFIX}”）或“${SECTIONS[0]!.heading}”，已保留${what}的全部文字，请核对导入结果。`,
        },
      ],
    };
  }
  const kept: TextBlock[] = [];
  blocks.forEach((b, i) => {
    if (part.dropped.has(i)) return;
    if (part.title && i >= part.title.start && i <= part.title.end) {
      if (i === part.title.start) kept.push({ type: 'line', text: part.title.text });
      return;
    }
    kept.push(b);
  });
  return {
    blocks: kept,
    issues: part.issues,
    whole: false,
    titleFound: part.title !== null && part.title.reading.organ !== null && part.title.reading.year !== null,
  };
}
