/**
 * What an organ's name alone says about it: its kind (which sets the publication deadline, 条例第四十九条)
 * and whether it has 规章制定权 (立法法: 国务院部门, 省级人民政府, 设区的市和自治州人民政府). A fact the
 * name does not decide stays null, with the reason, so the clerk is asked instead of a default being
 * taken silently (a wrong guess changes the deadline or raises a spurious X-RULES-POWER).
 */
import type { OrganKind } from '../format';

export interface OrganFacts {
  /** null: the name does not decide it */
  kind: OrganKind | null;
  rulesPower: boolean | null;
  /** why, in Chinese, for the import report: what was inferred, or why it could not be */
  kindReason: string;
  rulesPowerReason: string;
}

interface NamePattern {
  /** tested against the name with spaces removed */
  test: RegExp;
  kind: OrganKind | null;
  rulesPower: boolean | null;
  /** the reason shown to the clerk */
  why: string;
}

/** The four 直辖市: provincial level, so their 人民政府 may make 规章. */
const MUNICIPALITIES = '北京市|天津市|上海市|重庆市';

/**
 * The name patterns, most specific first (the first match decides). Each says why the name decides
 * the fact, or why it does not.
 */
export const ORGAN_NAME_PATTERNS: readonly NamePattern[] = [
  {
    test: /人民政府(办公室|办公厅)$/,
    kind: '政府部门',
    rulesPower: false,
    why: '人民政府办公室（厅）是政府的工作部门，按政府部门的期限公开；部门不具有规章制定权',
  },
  {
    test: /(管委会|管理委员会)$/,
    kind: null,
    rulesPower: false,
    why: '管委会可能是政府的派出机构，也可能按政府部门管理，名称不能决定机关类型；管委会不具有规章制定权',
  },
  {
    test: /街道办事处$|街道$/,
    kind: '其他',
    rulesPower: false,
    why: '街道办事处是区（县）人民政府的派出机关，既不是人民政府也不是政府部门；不具有规章制定权',
  },
  {
    test: /[乡镇]人民政府$/,
    kind: '人民政府',
    rulesPower: false,
    why: '乡镇人民政府是人民政府；立法法只赋予国务院部门、省级和设区的市、自治州人民政府规章制定权',
  },
  {
    test: new RegExp(`^(.{2,8}(省|自治区)|${MUNICIPALITIES})人民政府$`),
    kind: '人民政府',
    rulesPower: true,
    why: '省级人民政府（省、自治区、直辖市）具有规章制定权（立法法第九十三条）',
  },
  {
    test: /自治州人民政府$/,
    kind: '人民政府',
    rulesPower: true,
    why: '自治州人民政府具有规章制定权（立法法第九十三条）',
  },
  {
    test: /(县|自治县|旗|自治旗|区|特区|林区)人民政府$/,
    kind: '人民政府',
    rulesPower: false,
    why: '县级人民政府（县、旗、区）不具有规章制定权',
  },
  {
    test: /市人民政府$/,
    kind: '人民政府',
    rulesPower: null,
    why: '是人民政府；但名称不能区分设区的市（有规章制定权）和县级市（没有）',
  },
  {
    test: /人民政府$/,
    kind: '人民政府',
    rulesPower: null,
    why: '是人民政府；名称不能说明其层级，因而不能决定是否具有规章制定权',
  },
  {
    // a 国家…局 branch named after a place (国家税务总局孟州市税务局) is a local office, not a 国务院部门
    test: /^(中华人民共和国|国家|国务院|中国人民银行|审计署)(?!.*[省市县区州旗])/,
    kind: '政府部门',
    rulesPower: true,
    why: '国务院部门具有规章制定权（立法法第九十一条）',
  },
  {
    test: /(局|委员会|委|厅|办公室|办)$/,
    kind: '政府部门',
    rulesPower: false,
    why: '局、委、办、厅是地方人民政府的工作部门，按政府部门的期限公开；地方政府部门不具有规章制定权',
  },
];

const SPACES = /[\s\u3000]+/g;

export function inferOrganFacts(name: string): OrganFacts {
  const compact = name.replace(SPACES, '');
  if (compact === '') {
    const why = '没有读到机关名称';
    return { kind: null, rulesPower: null, kindReason: why, rulesPowerReason: why };
  }
  const hit = ORGAN_NAME_PATTERNS.find((p) => p.test.test(compact));
  if (!hit) {
    const why = `名称“${compact}”不能说明机关类型和是否具有规章制定权`;
    return { kind: null, rulesPower: null, kindReason: why, rulesPowerReason: why };
  }
  return { kind: hit.kind, rulesPower: hit.rulesPower, kindReason: hit.why, rulesPowerReason: hit.why };
}
