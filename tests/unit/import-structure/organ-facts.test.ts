import { describe, expect, it } from 'vitest';
import { inferOrganFacts, ORGAN_NAME_PATTERNS } from '../../../shared/import/organ-facts';

const facts = (name: string) => {
  const f = inferOrganFacts(name);
  return { kind: f.kind, rulesPower: f.rulesPower };
};

describe('inferOrganFacts: what the name decides', () => {
  it.each([
    ['河南省人民政府', '人民政府', true],
    ['广西壮族自治区人民政府', '人民政府', true],
    ['北京市人民政府', '人民政府', true],
    ['重庆市人民政府', '人民政府', true],
    ['延边朝鲜族自治州人民政府', '人民政府', true],
    ['清河县人民政府', '人民政府', false],
    ['东城区人民政府', '人民政府', false],
    ['河南省焦作市孟州市人民政府办公室', '政府部门', false],
    ['青山镇人民政府', '人民政府', false],
    ['河西乡人民政府', '人民政府', false],
    ['桃源街道办事处', '其他', false],
    ['孟州市交通运输局', '政府部门', false],
    ['孟州市发展和改革委员会', '政府部门', false],
    ['河南省教育厅', '政府部门', false],
    ['国家统计局', '政府部门', true],
    ['中华人民共和国教育部', '政府部门', true],
    // a vertically managed local office is not a 国务院部门
    ['国家税务总局孟州市税务局', '政府部门', false],
  ] as const)('%s → %s, 规章制定权 %s', (name, kind, rulesPower) => {
    expect(facts(name)).toEqual({ kind, rulesPower });
  });

  it('spaces in the name do not matter', () => {
    expect(facts(' 清河县 人民政府 ')).toEqual(facts('清河县人民政府'));
  });
});

describe('inferOrganFacts: what the name leaves open is null, with the reason', () => {
  it('a 市人民政府 may be a 设区的市 or a 县级市: 规章制定权 is asked', () => {
    const f = inferOrganFacts('孟州市人民政府');
    expect(f.kind).toBe('人民政府');
    expect(f.rulesPower).toBeNull();
    expect(f.rulesPowerReason).toContain('设区的市');
  });

  it('a 管委会 is never silently a 政府部门', () => {
    for (const name of ['高新技术产业开发区管理委员会', '经济技术开发区管委会']) {
      const f = inferOrganFacts(name);
      expect(f.kind).toBeNull();
      expect(f.kindReason).toContain('管委会');
      expect(f.rulesPower).toBe(false);
    }
  });

  it('an unknown kind of name decides nothing', () => {
    for (const name of ['孟州市政务服务中心', '中国人民银行孟州市支行', '']) {
      const f = inferOrganFacts(name);
      expect(f).toMatchObject({ kind: null, rulesPower: null });
      expect(f.kindReason).not.toBe('');
    }
  });

  it('every pattern gives its reason in Chinese', () => {
    for (const p of ORGAN_NAME_PATTERNS) expect(p.why).toMatch(/[\u4e00-\u9fff]{4}/);
  });
});
