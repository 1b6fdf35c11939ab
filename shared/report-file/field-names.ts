/**
 * Chinese names for a path inside a report, so a refused report file says which field is wrong in
 * the clerk's words (e.g. 三、收到和处理… table cell by its row and column titles).
 */
import { describeCell, FEE_FIELDS, PROSE_SECTIONS } from '../format';

const TOP_LEVEL: Record<string, string> = {
  schemaVersion: '数据版本',
  format: '格式版本',
  organ: '机关信息',
  year: '报告年度',
  title: '报告标题',
  intro: '引言',
  prose: '正文',
  fee: '信息处理费',
  tables: '统计表',
  priorProblems: '上年度存在的问题',
  acknowledgements: '警告说明',
  closing: '落款',
};

const ORGAN_FIELDS: Record<string, string> = {
  name: '机关名称',
  kind: '机关类型',
  region: '所在地区',
  rulesPower: '规章制定权',
};

const CLOSING_FIELDS: Record<string, string> = { signer: '落款单位', date: '落款日期' };

function proseName(section: string, part: string | undefined): string | null {
  const def = PROSE_SECTIONS.find((s) => s.key === section);
  if (!def) return null;
  if (part === undefined) return `“${def.heading}”`;
  if (part === 'lead') return `“${def.heading}”的开头段落`;
  const p = def.parts.find((x) => x.key === part);
  return p ? `“${def.heading}”中的“${p.title}”` : `“${def.heading}”`;
}

function describeKnown(path: readonly PropertyKey[]): string | null {
  const [top, second, third, fourth] = path.map(String);
  if (top === undefined) return null;
  if (top === 'tables' && second && third && fourth) return `统计表${describeCell(`${second}.${third}.${fourth}`)}`;
  if (top === 'tables' && second) return `统计表 ${second}`;
  if (top === 'organ' && second && ORGAN_FIELDS[second]) return ORGAN_FIELDS[second];
  if (top === 'closing' && second && CLOSING_FIELDS[second]) return CLOSING_FIELDS[second];
  if (top === 'fee' && second) {
    const f = FEE_FIELDS.find((x) => x.key === second);
    if (f) return `信息处理费“${f.label}”`;
  }
  if (top === 'prose' && second) return proseName(second, third);
  if (top === 'acknowledgements' && second !== undefined) return `第 ${Number(second) + 1} 条警告说明`;
  return TOP_LEVEL[top] ?? null;
}

/** e.g. 统计表“一、本年新收政府信息公开申请数量”行“自然人”列（tables.T3.newReceived.natural） */
export function describeReportPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const dotted = path.map(String).join('.');
  const known = describeKnown(path);
  return known ? `${known}（${dotted}）` : `字段 ${dotted}`;
}
