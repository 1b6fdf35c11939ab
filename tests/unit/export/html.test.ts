import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { SECTIONS, TABLE_LAYOUTS, type TableId } from '../../../shared/format';
import { buildDocument, renderHtml } from '../../../shared/document';
import { setCell } from '../../../shared/report';
import { runRules } from '../../../shared/rules';
import { fixtureCells, fixtureReport } from './fixture';
import { expectedGrid } from './layout-grid';

interface Node {
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
  data?: string;
}
const all = (n: Node, pred: (e: Node) => boolean): Node[] =>
  (n.children ?? []).flatMap((c) => [...(pred(c) ? [c] : []), ...all(c, pred)]);
const byName = (n: Node, name: string) => all(n, (e) => e.name === name);
const text = (n: Node): string => (n.data ?? '') + (n.children ?? []).map(text).join('');

const report = fixtureReport();
const model = buildDocument(report, { findings: runRules(report, { final: true }), final: true });

/** rebuild the full grid of an HTML table from rowspan/colspan, as a browser does */
function htmlGrid(table: Node) {
  const rows: Array<Array<{ text: string; originRow: number; originCol: number }>> = [];
  byName(table, 'tr').forEach((tr, r) => {
    rows[r] ??= [];
    let c = 0;
    for (const cell of (tr.children ?? []).filter((x) => x.name === 'td' || x.name === 'th')) {
      while (rows[r]![c]) c++;
      const rs = Number(cell.attribs?.rowspan ?? 1);
      const cs = Number(cell.attribs?.colspan ?? 1);
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++)
          (rows[r + dr] ??= [])[c + dc] = { text: text(cell), originRow: r, originCol: c };
      c += cs;
    }
  });
  return rows;
}

describe('HTML', () => {
  for (const purpose of ['web', 'print'] as const) {
    it(`${purpose}: standalone, no script, no style attribute, no external resource`, () => {
      const html = renderHtml(model, { purpose });
      const doc = parseDocument(html) as unknown as Node;
      expect(byName(doc, 'script')).toHaveLength(0);
      expect(all(doc, (e) => !!e.attribs && 'style' in e.attribs)).toHaveLength(0);
      expect(all(doc, (e) => !!e.attribs && Object.keys(e.attribs).some((a) => a.startsWith('on')))).toHaveLength(0);
      expect(byName(doc, 'link')).toHaveLength(0);
      expect(html).not.toMatch(/https?:\/\/|url\(/);
      expect(byName(doc, 'style')).toHaveLength(1);
      expect(doc.children!.some((c) => 'data' in c && /^!DOCTYPE html/i.test(c.data ?? ''))).toBe(true);
      expect(byName(doc, 'html')[0]!.attribs!.lang).toBe('zh-CN');
      expect(byName(doc, 'h1').map(text)).toEqual(['孟州市人民政府办公室2025年政府信息公开工作年度报告']);
      expect(byName(doc, 'h2').map(text)).toEqual(SECTIONS.map((s) => s.heading));
    });
  }

  it('print: A4 with the GB/T 9704 margins, 16 pt body on 28.95 pt lines, odd/even page numbers, 公文 font stacks', () => {
    const css = text(byName(parseDocument(renderHtml(model, { purpose: 'print' })) as unknown as Node, 'style')[0]!);
    // 37/35/28 mm margins and a 156 mm 版心, which leaves 26 mm on the right; the print page's own right margin is one
    // character (16 pt = 5.64 mm) narrower so that a hanging punctuation mark is not clipped.
    expect(css).toContain('@page { size: A4; margin: 37mm 20.36mm 35mm 28mm; }');
    expect(css).toContain('@media print { article.report { width: 156mm; } }');
    expect(css).toMatch(/body \{[^}]*font-size: 16pt; line-height: 28.95pt;/);
    expect(css).toMatch(/p, h2, h3, h4 \{[^}]*text-indent: 2em;/);
    expect(css).toMatch(/@page :right \{ @bottom-right \{ content: "— " counter\(page\) " —";/);
    expect(css).toMatch(/@page :left \{ @bottom-left \{ content: "— " counter\(page\) " —";/);
    expect(css).toMatch(
      /font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"/,
    );
    expect(css).toMatch(/h2 \{ font-family: "黑体", "SimHei"/);
    expect(css).toMatch(/h3 \{ font-family: "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi"/);
    expect(css).toMatch(/h1.title \{ font-family: "方正小标宋简体"/);
    expect(css).toContain('thead { display: table-header-group; }');
    expect(css).not.toContain('@top-right'); // final: no 草稿 mark
  });

  for (const table of ['T2', 'T3', 'T4'] as TableId[]) {
    it(`${table}: rowspan/colspan give the official layout, header rows in <thead>, values in their cells`, () => {
      const doc = parseDocument(renderHtml(model, { purpose: 'web' })) as unknown as Node;
      const el = byName(doc, 'table').find((t) => t.attribs!.class === table.toLowerCase())!;
      const layout = TABLE_LAYOUTS[table];
      expect(byName(el, 'col')).toHaveLength(layout.columnCount);
      const thead = byName(el, 'thead');
      expect(thead.length ? byName(thead[0]!, 'tr').length : 0).toBe(layout.headerRows.length);
      const got = htmlGrid(el);
      const expected = expectedGrid(table, fixtureCells());
      expect(got.length).toBe(expected.length);
      expected.forEach((row, r) =>
        row.forEach((slot, c) =>
          expect([got[r]![c]!.originRow, got[r]![c]!.originCol, got[r]![c]!.text], `${table} ${r},${c}`).toEqual([
            slot.originRow,
            slot.originCol,
            slot.text,
          ]),
        ),
      );
    });
  }

  it('draft: 草稿 on every printed page, blank cells empty (not 0), errors listed with rule IDs', () => {
    const broken = setCell(setCell(report, 'T3.newReceived.natural', '130'), 'T4.reconsideration.upheld', null);
    const draft = buildDocument(broken, { findings: runRules(broken, { final: false }), final: false });
    const html = renderHtml(draft, { purpose: 'print' });
    expect(html).toMatch(/@top-right \{ content: "草稿"/);
    const doc = parseDocument(html) as unknown as Node;
    expect(byName(doc, 'title').map(text)[0]).toContain('草稿');
    const blank = all(doc, (e) => e.attribs?.['data-cell'] === 'T4.reconsideration.upheld')[0]!;
    expect(text(blank)).toBe('');
    expect(blank.attribs!.class).toContain('blank');
    const errors = all(doc, (e) => e.attribs?.class === 'open-errors')[0]!;
    expect(text(errors)).toContain('T3-BALANCE');
    expect(text(errors)).toContain('T4-SUM');
  });

  it('leaves out control characters pasted into the text (not allowed in HTML or XML)', () => {
    const pasted = { ...report, intro: '引言\u0001文字\u000B。', closing: { signer: '某\u0007局', date: '' } };
    const html = renderHtml(buildDocument(pasted, { findings: [], final: false }), { purpose: 'web' });
    const controls = [...html].filter((ch) => ch.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(ch));
    expect(controls).toEqual([]);
    expect(html).toContain('<p>引言文字。</p>');
    expect(html).toContain('某局');
  });

  it('escapes text from the report', () => {
    const r = { ...report, intro: '<script>alert(1)</script> & “引号”' };
    const html = renderHtml(buildDocument(r, { findings: [], final: false }), { purpose: 'web' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”');
  });
  it('print: a Latin run next to Chinese gets the .docx autospace; the web copy keeps plain text', () => {
    const withFigures = {
      ...model,
      blocks: [{ kind: 'paragraph' as const, text: '共公开信息1647条，其中PDF文件3件，“2025年度”专栏 12 个。' }],
    };
    const print = renderHtml(withFigures, { purpose: 'print' });
    expect(print).toContain(
      '<p>共公开信息<span class="gap-l gap-r">1647</span>条，其中<span class="gap-l gap-r">PDF</span>文件<span class="gap-l gap-r">3</span>件，“<span class="gap-r">2025</span>年度”专栏 12 个。</p>',
    );
    expect(print).toMatch(/span\.gap-l \{ margin-left: 1\.2pt; \}/);
    const web = renderHtml(withFigures, { purpose: 'web' });
    expect(web).not.toContain('<span class="gap');
    expect(web).toContain('<p>共公开信息1647条，其中PDF文件3件');
  });
});
