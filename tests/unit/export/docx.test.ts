import { describe, expect, it } from 'vitest';
import { SECTIONS, TABLE_CELLS, TABLE_LAYOUTS, type TableId } from '../../../shared/format';
import { buildDocument } from '../../../shared/document';
import { emptyReport, setCell } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { renderDocx } from '../../../electron/services/export/docx';
import { fixtureCells, fixtureReport } from './fixture';
import { expectedGrid } from './layout-grid';
import { child, childElements, findAll, openDocx, pStyleOf, style, tableGrid, textOf, type XmlElement } from './ooxml';

const report = fixtureReport();

async function fixtureDocx(options: { final?: boolean; fontProfile?: 'gb2312' | 'plain'; edit?: typeof report } = {}) {
  const r = options.edit ?? report;
  const final = options.final ?? true;
  const model = buildDocument(r, { findings: runRules(r, { final }), final, fontProfile: options.fontProfile });
  return openDocx(await renderDocx(model));
}

const finalDocx = fixtureDocx();

function runFonts(run: XmlElement): Record<string, string> {
  const rPr = child(run, 'w:rPr');
  return (rPr && child(rPr, 'w:rFonts')?.attribs) ?? {};
}
function runSize(run: XmlElement): string | undefined {
  const rPr = child(run, 'w:rPr');
  return rPr && child(rPr, 'w:sz')?.attribs['w:val'];
}
function paragraphsWithStyle(body: XmlElement, id: string): XmlElement[] {
  return findAll(body, 'w:p').filter((p) => pStyleOf(p) === id);
}
function rPrOf(styleEl: XmlElement): {
  font: string | undefined;
  size: string | undefined;
  bold: string | undefined;
  color: string | undefined;
} {
  const rPr = child(styleEl, 'w:rPr')!;
  return {
    font: child(rPr, 'w:rFonts')?.attribs['w:eastAsia'],
    size: child(rPr, 'w:sz')?.attribs['w:val'],
    bold: child(rPr, 'w:b')?.attribs['w:val'],
    color: child(rPr, 'w:color')?.attribs['w:val'],
  };
}

describe('.docx page setup (GB/T 9704-2012)', () => {
  it('is A4 with margins 37/35/28/26 mm in rounded twips and a 22-line document grid', async () => {
    const { document } = await finalDocx;
    const sectPr = findAll(document, 'w:sectPr');
    expect(sectPr).toHaveLength(1);
    expect(child(sectPr[0]!, 'w:pgSz')!.attribs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(child(sectPr[0]!, 'w:pgMar')!.attribs).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
    });
    // A line grid: LibreOffice gives a 16 pt character two cells of a condensed linesAndChars grid (14 a line)
    const grid = child(sectPr[0]!, 'w:docGrid')!.attribs;
    expect(grid['w:type']).toBe('lines');
    expect(grid['w:linePitch']).toBe('579');
    expect(grid['w:charSpace']).toBeUndefined();
    // 22 lines fit in the 版心 height, 23 do not
    expect(22 * 579).toBeLessThanOrEqual(16838 - 2098 - 1984);
    expect(23 * 579).toBeGreaterThan(16838 - 2098 - 1984);
  });

  it('sets exact 579-twip line spacing and a 640-twip first-line indent for body text', async () => {
    const { styles } = await finalDocx;
    const normal = style(styles, 'Normal');
    const pPr = child(normal, 'w:pPr')!;
    expect(child(pPr, 'w:spacing')!.attribs).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
    expect(child(pPr, 'w:ind')!.attribs['w:firstLine']).toBe('640');
    expect(rPrOf(normal)).toMatchObject({ font: '仿宋_GB2312', size: '32' });
  });

  it('condenses body and heading characters so that exactly 28 fit the 8845-twip line; title and tables are not spaced', async () => {
    const { styles } = await finalDocx;
    const spacing = (id: string) => Number(child(child(style(styles, id), 'w:rPr')!, 'w:spacing')!.attribs['w:val']);
    const pitchPt = 16 + spacing('Normal') / 20;
    expect(Math.floor(8845 / 20 / pitchPt)).toBe(28);
    expect(Math.floor(8845 / 20 / (pitchPt + 0.05))).toBe(27); // one twip less condensing and 28 no longer fit
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Closing']) expect(spacing(id), id).toBe(spacing('Normal'));
    for (const id of ['Title', 'TableText', 'Header', 'Footer']) expect(spacing(id), id).toBe(0);
    // every page holds its 22 lines: no widow control moving a line over
    expect(child(child(style(styles, 'Normal'), 'w:pPr')!, 'w:widowControl')!.attribs['w:val']).toBe('0');
    // the title's 22 pt lines keep the 28.95 pt pitch (on the grid LibreOffice gives each two grid lines)
    expect(child(child(style(styles, 'Title'), 'w:pPr')!, 'w:snapToGrid')!.attribs['w:val']).toBe('0');
  });
});

describe('.docx style sheet', () => {
  it('is replaced: no Calibri, no coloured or bold heading styles, built-in names kept', async () => {
    const { stylesXml, styles } = await finalDocx;
    expect(stylesXml).not.toMatch(/Calibri|Cambria|2E74B5|1F4D78|asciiTheme|eastAsiaTheme/);
    for (const [id, name, font] of [
      ['Heading1', 'heading 1', '黑体'],
      ['Heading2', 'heading 2', '楷体_GB2312'],
      ['Heading3', 'heading 3', '仿宋_GB2312'],
    ] as const) {
      const s = style(styles, id);
      expect(child(s, 'w:name')!.attribs['w:val']).toBe(name);
      expect(rPrOf(s)).toEqual({ font, size: '32', bold: '0', color: '000000' });
    }
    const title = style(styles, 'Title');
    expect(rPrOf(title)).toMatchObject({ font: '方正小标宋简体', size: '44', bold: '0' });
    expect(child(child(title, 'w:pPr')!, 'w:jc')!.attribs['w:val']).toBe('center');
    expect(child(child(title, 'w:pPr')!, 'w:ind')!.attribs['w:firstLine']).toBe('0');
    // docDefaults name the East Asian font too
    const defaults = findAll(styles, 'w:rPrDefault')[0]!;
    expect(findAll(defaults, 'w:rFonts')[0]!.attribs['w:eastAsia']).toBe('仿宋_GB2312');
  });

  it('writes no theme font that Word could fall back to for digits', async () => {
    const docx = await fixtureDocx();
    const theme = await docx.part('word/theme/theme1.xml');
    const latin = findAll(theme, 'a:latin').map((e) => e.attribs.typeface);
    expect(latin).not.toContain('Calibri');
  });
});

describe('.docx runs', () => {
  it('names the East Asian font on every run, with the size of its element', async () => {
    const { document } = await finalDocx;
    const body = child(document, 'w:body')!;
    const runs = findAll(body, 'w:r');
    expect(runs.length).toBeGreaterThan(100);
    for (const r of runs) {
      const f = runFonts(r);
      expect(f['w:eastAsia'], textOf(r)).toBeTruthy();
      expect(f['w:ascii']).toBe(f['w:eastAsia']);
      expect(f['w:hAnsi']).toBe(f['w:eastAsia']);
      expect(f['w:hint']).toBe('eastAsia');
    }
    const expectRuns = (styleId: string, font: string, size: string, min: number) => {
      const ps = paragraphsWithStyle(body, styleId);
      expect(ps.length, styleId).toBeGreaterThanOrEqual(min);
      for (const p of ps)
        for (const r of findAll(p, 'w:r'))
          expect([runFonts(r)['w:eastAsia'], runSize(r)], `${styleId}: ${textOf(p)}`).toEqual([font, size]);
    };
    expectRuns('Title', '方正小标宋简体', '44', 1);
    expectRuns('Heading1', '黑体', '32', SECTIONS.length);
    expectRuns('Heading2', '楷体_GB2312', '32', 5);
    expectRuns('TableText', '仿宋_GB2312', '21', 100);
    const bodyRuns = paragraphsWithStyle(body, 'Normal').flatMap((p) => findAll(p, 'w:r'));
    expect(bodyRuns.length).toBeGreaterThan(5);
    for (const r of bodyRuns) expect([runFonts(r)['w:eastAsia'], runSize(r)]).toEqual(['仿宋_GB2312', '32']);
    expect(findAll(body, 'w:b').every((b) => b.attribs['w:val'] === 'false' || b.attribs['w:val'] === '0')).toBe(true);
  });

  it('puts the title and the six headings in order, the title broken after the organ name', async () => {
    const { document } = await finalDocx;
    const body = child(document, 'w:body')!;
    const title = paragraphsWithStyle(body, 'Title')[0]!;
    expect(textOf(title)).toBe('孟州市人民政府办公室2025年政府信息公开工作年度报告');
    const titleRuns = findAll(title, 'w:r');
    expect(titleRuns.map(textOf)).toEqual(['孟州市人民政府办公室', '2025年政府信息公开工作年度报告']);
    expect(findAll(titleRuns[1]!, 'w:br')).toHaveLength(1);
    expect(paragraphsWithStyle(body, 'Heading1').map(textOf)).toEqual(SECTIONS.map((s) => s.heading));
    expect(paragraphsWithStyle(body, 'Heading2').map(textOf).slice(0, 5)).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
  });

  it('uses the plain font profile without any _GB2312 name', async () => {
    const docx = await fixtureDocx({ fontProfile: 'plain' });
    expect(docx.documentXml).not.toContain('GB2312');
    expect(docx.stylesXml).not.toContain('GB2312');
    expect(docx.stylesXml).not.toContain('方正小标宋简体');
    const body = child(docx.document, 'w:body')!;
    expect(runFonts(findAll(paragraphsWithStyle(body, 'Heading2')[0]!, 'w:r')[0]!)['w:eastAsia']).toBe('楷体');
    const firstBodyRun = paragraphsWithStyle(body, 'Normal').flatMap((p) => findAll(p, 'w:r'))[0]!;
    expect(runFonts(firstBodyRun)['w:eastAsia']).toBe('仿宋');
    expect(runFonts(findAll(paragraphsWithStyle(body, 'Title')[0]!, 'w:r')[0]!)['w:eastAsia']).toBe('宋体');
  });
});

describe('.docx page numbers', () => {
  it('has odd (right) and even (left) footers with a PAGE field between em dashes, 4号 宋体, one character in', async () => {
    const docx = await finalDocx;
    expect(child(docx.settings, 'w:evenAndOddHeaders')).toBeDefined();
    const sectPr = findAll(docx.document, 'w:sectPr')[0]!;
    const refs = childElements(sectPr, 'w:footerReference').map((r) => [r.attribs['w:type'], r.attribs['r:id']]);
    expect(refs.map(([t]) => t).sort()).toEqual(['default', 'even']);
    const rels = await docx.part('word/_rels/document.xml.rels');
    const target = (id: string) =>
      childElements(rels, 'Relationship').find((r) => r.attribs.Id === id)!.attribs.Target!;
    for (const [type, id] of refs) {
      const footer = await docx.part(`word/${target(id!)}`);
      const p = findAll(footer, 'w:p')[0]!;
      const pPr = child(p, 'w:pPr')!;
      const instr = findAll(footer, 'w:instrText').map((i) =>
        textOf({ ...i, children: [{ name: 'w:t', attribs: {}, children: i.children }] }),
      );
      expect(instr.join('').trim()).toBe('PAGE');
      expect(findAll(footer, 'w:fldChar').map((f) => f.attribs['w:fldCharType'])).toEqual(['begin', 'separate', 'end']);
      expect(textOf(footer)).toMatch(/^— .* —$/);
      for (const r of findAll(footer, 'w:r')) {
        expect(runFonts(r)['w:eastAsia']).toBe('宋体');
        expect(runSize(r)).toBe('28');
      }
      const ind = child(pPr, 'w:ind')!.attribs;
      if (type === 'default') {
        expect(child(pPr, 'w:jc')!.attribs['w:val']).toBe('right');
        expect(ind['w:right']).toBe('280');
      } else {
        expect(child(pPr, 'w:jc')!.attribs['w:val']).toBe('left');
        expect(ind['w:left']).toBe('280');
      }
    }
  });
});

describe('.docx tables', () => {
  const values = fixtureCells();
  for (const table of ['T2', 'T3', 'T4'] as TableId[]) {
    it(`${table} has the official merged structure and every value in its cell`, async () => {
      const { document } = await finalDocx;
      const tables = findAll(document, 'w:tbl');
      expect(tables).toHaveLength(3);
      const tbl = tables[['T2', 'T3', 'T4'].indexOf(table)]!;
      const layout = TABLE_LAYOUTS[table];
      const gridCols = findAll(tbl, 'w:gridCol');
      expect(gridCols).toHaveLength(layout.columnCount);
      expect(gridCols.reduce((s, g) => s + Number(g.attribs['w:w']), 0)).toBeLessThanOrEqual(8845);
      expect(child(child(tbl, 'w:tblPr')!, 'w:tblLayout')!.attribs['w:type']).toBe('fixed');
      const actual = tableGrid(tbl);
      expect(actual.headerRows).toBe(layout.headerRows.length);
      const expected = expectedGrid(table, values);
      expect(actual.rows.length).toBe(expected.length);
      expected.forEach((row, r) => {
        expect(actual.rows[r]!.length, `row ${r}`).toBe(layout.columnCount);
        row.forEach((slot, c) => {
          const got = actual.rows[r]![c]!;
          expect(
            [got.originRow, got.originCol, got.text],
            `${table} row ${r} column ${c} ${slot.cellId ?? slot.text}`,
          ).toEqual([slot.originRow, slot.originCol, slot.text]);
        });
      });
    });
  }

  it('carries all 200 numbers of the fixture', async () => {
    const values = fixtureCells();
    expect(values.size).toBe(TABLE_CELLS.length);
    expect(TABLE_CELLS).toHaveLength(200);
    // spot values read from the published text
    expect(values.get('T3.newReceived.natural')).toBe('129');
    expect(values.get('T3.carryForward.total')).toBe('5');
    expect(values.get('T2.normativeDocs.inForce')).toBe('76');
    expect(values.get('T4.reconsideration.total')).toBe('1');
  });
});

describe('.docx page breaks in tables', () => {
  const rowsOf = (tbl: XmlElement) => childElements(tbl, 'w:tr');
  /** every paragraph of the row keeps with the next (cells continuing a vertical merge hold only docx's own empty one) */
  const keepsNext = (tr: XmlElement) =>
    childElements(tr, 'w:tc')
      .filter((tc) => {
        const vMerge = child(child(tc, 'w:tcPr')!, 'w:vMerge');
        return !vMerge || vMerge.attribs['w:val'] === 'restart';
      })
      .flatMap((tc) => findAll(tc, 'w:p'))
      .every((p) => {
        const keep = child(child(p, 'w:pPr') ?? { name: '', attribs: {}, children: [] }, 'w:keepNext');
        return !!keep && !['false', '0', 'off'].includes(keep.attribs['w:val'] ?? '');
      });
  const flag = (tr: XmlElement, name: string) =>
    !!child(child(tr, 'w:trPr') ?? { name: '', attribs: {}, children: [] }, name);

  it('never splits a row; T2 and T4 stay whole; T3 repeats its header, which keeps with its first row', async () => {
    const { document } = await finalDocx;
    const [t2, t3, t4] = findAll(document, 'w:tbl') as [XmlElement, XmlElement, XmlElement];
    for (const tbl of [t2, t3, t4]) for (const tr of rowsOf(tbl)) expect(flag(tr, 'w:cantSplit')).toBe(true);
    // T2 has no header to repeat: every row but the last keeps with the next, so it never breaks
    const t2Rows = rowsOf(t2);
    expect(t2Rows.slice(0, -1).every(keepsNext)).toBe(true);
    expect(keepsNext(t2Rows.at(-1)!)).toBe(false);
    expect(rowsOf(t4).slice(0, -1).every(keepsNext)).toBe(true);
    const t3Rows = rowsOf(t3);
    const header = TABLE_LAYOUTS.T3.headerRows.length;
    expect(t3Rows.slice(0, header).every((tr) => flag(tr, 'w:tblHeader'))).toBe(true);
    expect(t3Rows.slice(0, header + 1).every(keepsNext)).toBe(true);
    expect(t3Rows.slice(header + 1, -2).some(keepsNext)).toBe(false); // the rest may break
  });

  it('sets a 6- or 7-digit count smaller so that it stays on one line, and 自然人 has room for its 3 characters', async () => {
    const big = setCell(setCell(report, 'T3.newReceived.natural', '123456'), 'T4.reconsideration.total', '1234567');
    const { document } = await fixtureDocx({ edit: big, final: false });
    const [, t3, t4] = findAll(document, 'w:tbl') as [XmlElement, XmlElement, XmlElement];
    const runOf = (tbl: XmlElement, text: string) => findAll(tbl, 'w:r').find((r) => textOf(r) === text)!;
    const cellOf = (tbl: XmlElement, text: string) => findAll(tbl, 'w:tc').find((c) => textOf(c) === text)!;
    const widthOf = (tc: XmlElement) => Number(child(child(tc, 'w:tcPr')!, 'w:tcW')!.attribs['w:w']);
    for (const [tbl, text] of [
      [t3, '123456'],
      [t4, '1234567'],
    ] as const) {
      const size = Number(runSize(runOf(tbl, text))) / 2;
      expect(size).toBeLessThan(10.5);
      // half-width digits (0.5 em, 仿宋_GB2312) and the wider stand-ins (Noto: 0.57 em) both fit between the 1 mm margins
      expect(text.length * 0.57 * size * 20).toBeLessThanOrEqual(widthOf(cellOf(tbl, text)) - 2 * 57);
    }
    expect(runSize(runOf(t3, '0'))).toBe('21'); // short numbers keep 五号
    expect(widthOf(cellOf(t3, '自然人')) - 2 * 57).toBeGreaterThanOrEqual(3 * 210);
  });
});

describe('.docx fonts and properties', () => {
  it('lists every 公文 font with the GB2312 character set and a font every Chinese Windows has', async () => {
    for (const [profile, expected] of [
      ['gb2312', { 方正小标宋简体: '宋体', 仿宋_GB2312: '仿宋', 楷体_GB2312: '楷体', 黑体: 'SimHei', 宋体: 'SimSun' }],
      ['plain', { 宋体: 'SimSun', 仿宋: 'FangSong', 楷体: 'KaiTi', 黑体: 'SimHei' }],
    ] as const) {
      const docx = await fixtureDocx({ fontProfile: profile });
      const fonts = childElements(await docx.part('word/fontTable.xml'), 'w:font');
      const byName = Object.fromEntries(fonts.map((f) => [f.attribs['w:name'], f]));
      expect(Object.keys(byName).sort(), profile).toEqual(Object.keys(expected).sort());
      for (const [name, alt] of Object.entries(expected)) {
        expect(child(byName[name]!, 'w:altName')!.attribs['w:val'], name).toBe(alt);
        expect(child(byName[name]!, 'w:charset')!.attribs['w:val'], name).toBe('86');
      }
    }
  });

  it('says the application made it, not "Un-named", and keeps full-width punctuation uncompressed', async () => {
    const docx = await finalDocx;
    const core = await docx.part('docProps/core.xml');
    expect(
      textOf({
        ...child(core, 'dc:creator')!,
        children: [{ name: 'w:t', attribs: {}, children: child(core, 'dc:creator')!.children }],
      }),
    ).toBe('政府信息公开年报助手');
    const lastModifiedBy = child(core, 'cp:lastModifiedBy')!;
    expect(
      textOf({ ...lastModifiedBy, children: [{ name: 'w:t', attribs: {}, children: lastModifiedBy.children }] }),
    ).toBe('政府信息公开年报助手');
    const app = await docx.part('docProps/app.xml');
    const application = child(app, 'Application')!;
    expect(textOf({ ...application, children: [{ name: 'w:t', attribs: {}, children: application.children }] })).toBe(
      '政府信息公开年报助手',
    );
    expect(child(docx.settings, 'w:characterSpacingControl')!.attribs['w:val']).toBe('doNotCompress');
  });
});

describe('.docx draft', () => {
  it('marks every page 草稿 and ends with the open errors by rule ID', async () => {
    const broken = setCell(setCell(report, 'T3.newReceived.natural', '130'), 'T4.reconsideration.upheld', null);
    const docx = await fixtureDocx({ edit: broken, final: false });
    const sectPr = findAll(docx.document, 'w:sectPr')[0]!;
    const headers = childElements(sectPr, 'w:headerReference');
    expect(headers.map((h) => h.attribs['w:type']).sort()).toEqual(['default', 'even']);
    const rels = await docx.part('word/_rels/document.xml.rels');
    for (const h of headers) {
      const target = childElements(rels, 'Relationship').find((r) => r.attribs.Id === h.attribs['r:id'])!.attribs
        .Target!;
      expect(textOf(await docx.part(`word/${target}`))).toBe('草稿');
    }
    const body = child(docx.document, 'w:body')!;
    const paragraphs = findAll(body, 'w:p');
    const errorsStart = paragraphs.findIndex((p) => textOf(p) === '未解决的错误');
    expect(errorsStart).toBeGreaterThan(0);
    expect(child(child(paragraphs[errorsStart]!, 'w:pPr')!, 'w:pageBreakBefore')).toBeDefined();
    const tail = paragraphs.slice(errorsStart).map(textOf).join('\n');
    for (const id of ['T3-BALANCE', 'T3-ROW-SUM', 'T4-SUM']) expect(tail).toContain(`[${id}]`);
    // a blank cell stays blank (not 0) in the draft
    const t4 = tableGrid(findAll(docx.document, 'w:tbl')[2]!);
    expect(t4.rows[3]![0]!.text).toBe('');
  });

  it('renders an empty new report as a draft with every table cell empty', async () => {
    const empty = emptyReport();
    const docx = await fixtureDocx({ edit: empty, final: false });
    const t3 = tableGrid(findAll(docx.document, 'w:tbl')[1]!);
    const valueSlots = t3.rows.slice(TABLE_LAYOUTS.T3.headerRows.length).flatMap((row) => row.slice(3));
    expect(valueSlots).toHaveLength(25 * 7);
    expect(valueSlots.every((s) => s.text === '')).toBe(true);
    expect(textOf(findAll(docx.document, 'w:p')[0]!)).toBe('________年政府信息公开工作年度报告');
  });

  it('has no 草稿 header and no errors page when final and clean', async () => {
    const docx = await finalDocx;
    expect(childElements(findAll(docx.document, 'w:sectPr')[0]!, 'w:headerReference')).toHaveLength(0);
    expect(docx.documentXml).not.toContain('未解决的错误');
  });
});
