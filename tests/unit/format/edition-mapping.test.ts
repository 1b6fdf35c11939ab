/**
 * What a 2019 试行 cell means in the 2021 edition: exactly the cells of the same id and the same official
 * row and column titles (T3's rows but its single （六）, all of T4), nothing of 表二; said in Chinese.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_EDITION,
  EDITION_2019,
  EDITION_2021,
  editionDifferences,
  exactlyMappedCells,
  importOnlyReason,
  unmappedNotes,
} from '../../../shared/format';

describe('exact mapping between editions', () => {
  it('maps every cell of an edition onto itself, and says nothing', () => {
    expect(exactlyMappedCells(EDITION_2021, EDITION_2021).size).toBe(EDITION_2021.cells.length);
    expect(unmappedNotes(EDITION_2021, EDITION_2021)).toEqual([]);
  });

  it('maps of 2019 exactly the T3 rows both editions share and all of T4, nothing of T2', () => {
    const mapped = exactlyMappedCells(EDITION_2019, EDITION_2021);
    const ids2021 = new Map(EDITION_2021.cells.map((c) => [c.id, c]));
    for (const c of EDITION_2019.cells) {
      const there = ids2021.get(c.id);
      const same = there !== undefined && there.rowTitle === c.rowTitle && there.columnTitle === c.columnTitle;
      expect(mapped.has(c.id)).toBe(same);
    }
    expect([...mapped].some((id) => id.startsWith('T2.'))).toBe(false);
    expect([...mapped].some((id) => id.startsWith('T3.other.'))).toBe(false);
    expect([...mapped].filter((id) => id.startsWith('T4.'))).toHaveLength(
      EDITION_2021.cells.filter((c) => c.id.startsWith('T4.')).length,
    );
    expect(mapped.has('T3.carryForward.natural')).toBe(true);
    expect(mapped.has('T3.resultTotal.total')).toBe(true);
  });

  it('says what does not map and why, with the labels of both editions', () => {
    const notes = unmappedNotes(EDITION_2019, CURRENT_EDITION);
    expect(notes).toHaveLength(2);
    for (const c of EDITION_2019.t2Blocks.flatMap((b) => b.columns)) expect(notes[0]).toContain(`“${c.label}”`);
    for (const c of CURRENT_EDITION.t2Blocks.flatMap((b) => b.columns)) expect(notes[0]).toContain(`“${c.label}”`);
    const split = CURRENT_EDITION.t3ResultEntries.flatMap((e) =>
      'group' in e && e.group.label === '（六）其他处理' ? e.group.rows : [],
    );
    expect(split).toHaveLength(3);
    for (const r of split) expect(notes[1]).toContain(`“${r.label}”`);
    expect(editionDifferences(EDITION_2019, CURRENT_EDITION)).toEqual(['表二栏目', '表三“（六）其他处理”']);
    expect(importOnlyReason(EDITION_2019, CURRENT_EDITION)).toBe(
      '2021年起国家格式已改为国办公开办函〔2021〕30号，两种格式的表二栏目和表三“（六）其他处理”不同，按旧格式修改的内容无法与现行格式对应。',
    );
  });
});
