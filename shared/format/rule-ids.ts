/** The rule catalogue of SPEC.md: stable IDs used in code, messages, tests and CLI output. */
export type Severity = 'error' | 'warning' | 'info';

export interface RuleDef {
  id: string;
  severity: Severity;
  /** one line in Chinese: what the rule checks */
  title: string;
}

export const RULES = [
  { id: 'T3-BALANCE', severity: 'error', title: '申请数量勾稽：第一项加第二项之和等于第三项加第四项之和' },
  { id: 'T3-RESULT-SUM', severity: 'error', title: '（七）总计等于各项办理结果之和' },
  { id: 'T3-ROW-SUM', severity: 'error', title: '总计等于自然人与各类法人或其他组织之和' },
  { id: 'T4-SUM', severity: 'error', title: '行政复议、行政诉讼总计等于各项结果之和' },
  { id: 'CELL-DOMAIN', severity: 'error', title: '数值格式：件数为非负整数，万元最多6位小数，元最多2位小数' },
  { id: 'CELL-REQUIRED', severity: 'error', title: '正式导出时所有数值单元格均须填写（0也要填写）' },
  { id: 'SECTION-REQUIRED', severity: 'error', title: '机关名称、年度及第一、五、六部分内容须填写' },
  { id: 'PLACEHOLDER', severity: 'error', title: '正式导出时标题和正文中不得留有占位符（如“____”“××”）' },
  { id: 'FEE-UNFILLED', severity: 'error', title: '正式导出时信息处理费三项须填全（已填其中一项时）' },
  { id: 'TITLE-ORGAN-YEAR', severity: 'error', title: '正式导出时标题须写明机关名称和年度' },
  { id: 'X-CARRY', severity: 'warning', title: '本年“上年结转”应等于上年“结转下年度继续办理”' },
  { id: 'X-IN-FORCE', severity: 'warning', title: '现行有效件数应等于上年现行有效件数加本年制发减本年废止' },
  { id: 'X-RECTIFY', severity: 'warning', title: '上年度报告列有问题时，第五部分应报告整改情况' },
  { id: 'X-REPEAT', severity: 'warning', title: '正文与上年度报告高度重复' },
  { id: 'X-FEE', severity: 'warning', title: '信息处理费与第三部分逾期未缴费数据不一致' },
  { id: 'N-NARRATIVE', severity: 'warning', title: '正文中的数字与表格不一致' },
  { id: 'X-STALE', severity: 'warning', title: '正文沿用了上年度的年份或数字' },
  { id: 'X-RULES-POWER', severity: 'warning', title: '不具有规章制定权的机关填报了规章数量' },
  { id: 'DEADLINE', severity: 'info', title: '距公开期限的天数' },
] as const satisfies readonly RuleDef[];

export type RuleId = (typeof RULES)[number]['id'];

export function ruleDef(id: RuleId): RuleDef {
  return RULES.find((r) => r.id === id)!;
}
