/**
 * A zod issue in the clerk's words: which field (named from the format definition, never a JSON path)
 * and what is wrong with it. Every message that leaves dispatch() or the store's validation goes
 * through here, so no English text from zod reaches a person.
 */
import type { z } from 'zod';
import { describeCell, FEE_FIELDS, INTRO_TITLE, PROSE_SECTIONS, subHeading } from '../format';

/** Argument and report fields outside the tables and prose, as the clerk knows them. */
const FIELD_NAMES: Record<string, string> = {
  organId: '机关',
  reportId: '报告编号',
  revisionId: '版本编号',
  baseRevisionId: '所基于的版本编号',
  year: '年度',
  name: '名称',
  kind: '机关类型',
  region: '所在地区',
  rulesPower: '规章制定权',
  status: '报告状态',
  replace: '是否替换',
  final: '是否定稿',
  fileName: '文件名',
  contentBase64: '文件内容',
  report: '报告内容',
  title: '报告标题',
  intro: INTRO_TITLE,
  priorProblems: '上年度报告所列问题',
  acknowledgements: '已确认的提示',
  explanation: '说明',
  closing: '落款',
  signer: '落款单位',
  date: '落款日期',
  organ: '机关信息',
  schemaVersion: '报告文件版本',
  format: '格式',
};

function proseName(section: string, part: string | undefined): string | null {
  const def = PROSE_SECTIONS.find((s) => s.key === section);
  if (!def) return null;
  if (part === undefined) return def.heading;
  if (part === 'lead') return `${def.heading}开头的文字`;
  const index = def.parts.findIndex((p) => p.key === part);
  return index < 0 ? def.heading : `${def.heading}${subHeading(index, def.parts[index]!.title)}`;
}

/** The field an issue path points at, e.g. ['report','tables','T2','licensing','decisions'] → “…”行“…”列. */
export function fieldName(path: readonly PropertyKey[]): string | null {
  const keys = path.map(String);
  const start = keys[0] === 'report' && keys.length > 1 ? 1 : 0;
  const [head, a, b, c] = keys.slice(start);
  if (head === undefined) return null;
  if (head === 'tables' && a && b && c) return describeCell(`${a}.${b}.${c}`);
  if (head === 'tables') return '表格';
  if (head === 'prose' && a) return proseName(a, b);
  if (head === 'fee' && a) return FEE_FIELDS.find((f) => f.key === a)?.label ?? '信息处理费';
  if (head === 'acknowledgements') return FIELD_NAMES[keys.at(-1) ?? ''] ?? FIELD_NAMES.acknowledgements!;
  if (head === 'organ' && a) return `机关${FIELD_NAMES[a] ?? ''}`;
  if (head === 'closing' && a) return FIELD_NAMES[a] ?? FIELD_NAMES.closing!;
  return FIELD_NAMES[head] ?? null;
}

const CJK = /[\u3400-\u9fff]/;
/** Above this a bound is a type's own limit (MAX_SAFE_INTEGER), not one the clerk should be told. */
const MEANINGFUL_BOUND = 1e12;

function kindOf(origin: string | undefined): 'text' | 'number' | 'list' | 'other' {
  if (origin === 'string') return 'text';
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return 'number';
  if (origin === 'array' || origin === 'set') return 'list';
  return 'other';
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  object: '一组字段',
  array: '列表',
  null: '空',
};

/** What is wrong, without the field's name. */
export function problemText(issue: z.core.$ZodIssue): string {
  // messages written for the clerk in the schema (e.g. 请填写机关名称) are kept as they are
  if (CJK.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big': {
      const max = Number(issue.maximum);
      const kind = kindOf(issue.origin);
      if (issue.path.at(-1) === 'contentBase64')
        return `文件过大（最大约 ${Math.floor((max * 3) / 4 / 1_000_000)} MB），请只保留年度报告的内容后再导入`;
      if (kind === 'number' && issue.inclusive === false && Math.abs(max) < MEANINGFUL_BOUND) return `应小于 ${max}`;
      if (kind === 'text') return `内容过长（最多 ${max.toLocaleString('zh-CN')} 个字），请删减后再试`;
      if (kind === 'list') return `条目过多（最多 ${max} 条）`;
      if (kind === 'number' && Math.abs(max) < MEANINGFUL_BOUND) return `数值过大（最大为 ${max}）`;
      return '数值过大';
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const kind = kindOf(issue.origin);
      if (kind === 'number' && issue.inclusive === false && Math.abs(min) < MEANINGFUL_BOUND) return `应大于 ${min}`;
      if (kind === 'text') return min <= 1 ? '不能为空' : `内容过短（至少 ${min} 个字）`;
      if (kind === 'list') return `条目过少（至少 ${min} 条）`;
      if (kind === 'number' && Math.abs(min) < MEANINGFUL_BOUND) return `数值过小（最小为 ${min}）`;
      return '数值过小';
    }
    case 'invalid_type':
      return `应为${TYPE_NAMES[issue.expected] ?? '其他类型的值'}`;
    case 'invalid_value':
      return '不是可选的值之一';
    case 'unrecognized_keys':
      return `含有无法识别的字段（${issue.keys.slice(0, 3).join('、')}）`;
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return '应为整数';
    default:
      return '格式不正确';
  }
}

/** “<prefix>（<field>）：<problem>”, the field omitted when the issue concerns the whole request. */
export function issueText(prefix: string, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return `${prefix}：内容不符合要求`;
  const field = fieldName(issue.path);
  return `${prefix}${field ? `（${field}）` : ''}：${problemText(issue)}`;
}
