/**
 * The six mandated sections and their standard sub-parts (国办公开办函〔2021〕30号; 条例第五十条).
 */
import type { NumberKind, TableId } from './cells';

export interface ProsePart {
  key: string;
  /** the sub-heading without its ordinal, e.g. 主动公开 */
  title: string;
  /** a short prompt shown to the clerk while the part is empty */
  hint: string;
  /** only asked of a 人民政府 */
  governmentOnlyHint?: string;
}

export type SectionKey = 'overview' | 'proactive' | 'requests' | 'review' | 'problems' | 'other';

export interface SectionDef {
  key: SectionKey;
  numeral: string;
  heading: string;
  /** prose parts (一, 五, 六) or a table (二, 三, 四) */
  parts: readonly ProsePart[];
  table?: TableId;
  /** SECTION-REQUIRED applies */
  required: boolean;
}

export const SECTIONS: readonly SectionDef[] = [
  {
    key: 'overview',
    numeral: '一',
    heading: '一、总体情况',
    required: true,
    parts: [
      { key: 'active', title: '主动公开', hint: '主动公开的渠道、数量、重点领域信息和政策解读情况' },
      { key: 'request', title: '依申请公开', hint: '申请的受理、办理、答复情况，收到和办结的申请数量' },
      { key: 'management', title: '政府信息管理', hint: '公开审查、动态调整、规范性文件清理等管理制度' },
      { key: 'platform', title: '政府信息公开平台建设', hint: '政府网站、政务新媒体等公开平台的建设和管理' },
      {
        key: 'supervision',
        title: '监督保障',
        hint: '工作机制、培训、监督检查等保障措施',
        governmentOnlyHint: '人民政府须报告工作考核、社会评议和责任追究结果情况',
      },
    ],
  },
  { key: 'proactive', numeral: '二', heading: '二、主动公开政府信息情况', required: false, parts: [], table: 'T2' },
  {
    key: 'requests',
    numeral: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    required: false,
    parts: [],
    table: 'T3',
  },
  {
    key: 'review',
    numeral: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    required: false,
    parts: [],
    table: 'T4',
  },
  {
    key: 'problems',
    numeral: '五',
    heading: '五、存在的主要问题及改进情况',
    required: true,
    parts: [
      { key: 'rectification', title: '上年度存在问题整改情况', hint: '逐项回应上年度报告所列问题的整改情况' },
      { key: 'problems', title: '存在的主要问题', hint: '本年度工作中存在的主要问题' },
      { key: 'improvements', title: '改进措施', hint: '针对问题的具体改进措施' },
    ],
  },
  {
    key: 'other',
    numeral: '六',
    heading: '六、其他需要报告的事项',
    required: true,
    parts: [
      { key: 'superiorTasks', title: '落实上级年度政务公开工作要点情况', hint: '可选' },
      { key: 'proposals', title: '人大代表建议和政协提案办理结果公开情况', hint: '可选' },
      { key: 'innovation', title: '年度政务公开工作创新情况', hint: '可选' },
      { key: 'otherMatters', title: '其他需要报告的事项', hint: '可选；无则填“无”' },
    ],
  },
];

export const PROSE_SECTIONS = SECTIONS.filter((s) => s.parts.length > 0);

export function sectionDef(key: SectionKey): SectionDef {
  return SECTIONS.find((s) => s.key === key)!;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** （一）主动公开 */
export function subHeading(index: number, title: string): string {
  return `（${CHINESE_ORDINALS[index] ?? String(index + 1)}）${title}`;
}

/** 信息处理费 (国办函〔2020〕109号), reported in section 六. Not T2's 行政事业性收费. */
export interface FeeFieldDef {
  key: 'notices' | 'noticeAmount' | 'collected';
  label: string;
  kind: NumberKind;
}
export const FEE_FIELDS: readonly FeeFieldDef[] = [
  { key: 'notices', label: '发出收费通知件数', kind: 'count' },
  { key: 'noticeAmount', label: '收费通知总金额', kind: 'yuan' },
  { key: 'collected', label: '实际收取总金额', kind: 'yuan' },
];
export const FEE_TITLE = '信息处理费';
export const FEE_NONE_SENTENCE = '本年度未收取信息处理费。';

/** The sentence the structured fee fields become in section 六. */
export function feeSentence(fee: { notices: string; noticeAmount: string; collected: string }): string {
  const zero = (v: string) => /^0+(\.0*)?$/.test(v);
  if (zero(fee.notices) && zero(fee.noticeAmount) && zero(fee.collected)) return FEE_NONE_SENTENCE;
  return `本年度共发出信息处理费收费通知${fee.notices}件，收费通知总金额${fee.noticeAmount}元，实际收取信息处理费${fee.collected}元。`;
}

export const INTRO_TITLE = '引言';
export const REPORT_TITLE_SUFFIX = '年政府信息公开工作年度报告';

/** 孟州市人民政府办公室2025年政府信息公开工作年度报告 */
export function reportTitle(organName: string, year: number): string {
  return `${organName}${year}${REPORT_TITLE_SUFFIX}`;
}

export const ORGAN_KINDS = ['人民政府', '政府部门', '其他'] as const;
export type OrganKind = (typeof ORGAN_KINDS)[number];

/**
 * 条例第四十九条: a 县级以上人民政府部门 publishes by 31 January of Y+1; the report of a 县级以上地方人民政府
 * is published by its 主管部门 by 31 March of Y+1.
 */
export function publicationDeadline(
  kind: OrganKind,
  reportYear: number,
): { year: number; month: number; day: number; label: string } {
  return kind === '人民政府'
    ? { year: reportYear + 1, month: 3, day: 31, label: '3月31日' }
    : { year: reportYear + 1, month: 1, day: 31, label: '1月31日' };
}

/** Who may make 规章 (立法法): 国务院部门, 省级人民政府, 设区的市和自治州人民政府. */
export const RULES_POWER_LABEL = '本机关具有规章制定权（国务院部门、省级人民政府、设区的市和自治州人民政府）';
