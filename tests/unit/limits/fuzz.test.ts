/**
 * Generated hostile files (spans, depth, zip bombs, hidden text, long rows, many tabs, long notes) through
 * the real import path: the store process (import.parse, with its heap cap, as the app calls it), the
 * shared parseImportBytes (as the CLI calls it), and a few through the CLI itself. Each case ends in a
 * correct import or a Chinese refusal that names a limit, never an INTERNAL error, an English message, a
 * dead store process or a hang (the generous per-test timeouts below are the only timing). Hidden text put
 * into the real report never changes a number and is counted exactly. The case counts are the NUM_RUNS
 * below; docs/RELIABILITY.md quotes them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImportBytes, type ImportedFile } from '../../../electron/services/import';
import type { ServiceClient } from '../../../electron/services/process/client';
import { startNodeService } from '../../../electron/services/process/node-process';
import type { Envelope } from '../../../shared/api';
import { MAX_ISSUE_MESSAGE_CHARS, MAX_MARKUP_DEPTH } from '../../../shared/import/limits';
import { mengzhouDocx } from '../import-files/build-docx';
import { FIXTURE_HTML_PATH, fixtureText } from '../import-files/fixture';
import { removeTempDirs, tempDir } from '../store/helpers';
import { documentXml, editDocx, ENGLISH_LEAK, pageOf, writeZip, type ZipEntry } from './hostile-files';

export const NUM_RUNS = { html: 80, docx: 60, text: 40, hiddenDocx: 20, hiddenHtml: 40, cli: 3 } as const;

/** How the cases ended, printed once per property for docs/RELIABILITY.md. */
const outcomes = new Map<string, Map<string, number>>();
function tally(kind: string, envelope: Envelope<unknown>): void {
  const ended = envelope.ok
    ? '导入'
    : /上限/.exec(envelope.error.message)
      ? (LIMIT_NAMES.find(([re]) => re.test(envelope.error.message))?.[1] ?? '其他上限')
      : '其他拒绝（不是年度报告等）';
  const counts = outcomes.get(kind) ?? new Map<string, number>();
  counts.set(ended, (counts.get(ended) ?? 0) + 1);
  outcomes.set(kind, counts);
}
const LIMIT_NAMES: Array<[RegExp, string]> = [
  [/单元格/, '表格单元格上限'],
  [/嵌套/, '嵌套层数上限'],
  [/元素超过/, '元素个数上限'],
  [/解压后过大/, '解压上限'],
  [/个字符/, '文字长度上限'],
  [/大小上限/, '文件大小上限'],
  [/每行/, '每行单元格上限'],
];
function report(kind: string): void {
  const counts = [...(outcomes.get(kind) ?? new Map<string, number>())].map(([k, n]) => `${k} ${n}`).join('，');
  console.info(`[fuzz] ${kind}: ${counts}`);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

// ---------------------------------------------------------------- generators

/** Span values as broken and hostile markup writes them. */
const spanValue = fc.oneof(
  fc.constantFrom('1', '2', '0', '-3', 'abc', '', '100', '1000', '99999999', '1e9', '2.5'),
  fc.integer({ min: 1, max: 5000 }).map(String),
);

/** Within the depth limit (less what the page around adds), or past it. */
const nestingDepth = fc.oneof(
  fc.integer({ min: 1, max: MAX_MARKUP_DEPTH - 40 }),
  fc.integer({ min: MAX_MARKUP_DEPTH + 1, max: 20 * MAX_MARKUP_DEPTH }),
);

const hiddenStyle = fc.constantFrom(
  'style="display:none"',
  'style="DISPLAY : NONE"',
  'style="color:red; visibility:hidden"',
  'hidden',
);

const cellText = fc.oneof(
  fc.constantFrom('129', '0', '—', '', '行政许可'),
  fc.integer({ min: 0, max: 99999 }).map(String),
);

/** A table of `rows` × `cols` where every `every`-th cell spans. */
const htmlTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 600 }),
    cols: fc.integer({ min: 1, max: 80 }),
    every: fc.integer({ min: 1, max: 7 }),
    colspan: spanValue,
    rowspan: spanValue,
    text: cellText,
    hidden: fc.option(hiddenStyle, { nil: undefined }),
  })
  .map(({ rows, cols, every, colspan, rowspan, text, hidden }) => {
    const cell = (i: number) =>
      i % every === 0
        ? `<td colspan="${colspan}" rowspan="${rowspan}">${hidden ? `<span ${hidden}>9</span>` : ''}${text}</td>`
        : `<td>${i}</td>`;
    const row = `<tr>${Array.from({ length: cols }, (_, i) => cell(i)).join('')}</tr>`;
    return `<table>${row.repeat(rows)}</table>`;
  });

/** Elements nested `depth` deep, closed or left open. */
const htmlNesting = fc
  .record({
    open: fc.constantFrom('<div>', '<table><tr><td>', '<span>', '<ul><li>', '<blockquote>', '<font>', '<p><b>'),
    depth: nestingDepth,
    closed: fc.boolean(),
    text: cellText,
  })
  .map(({ open, depth, closed, text }) => {
    const close = closed
      ? open
          .replace(/<(\w+)[^>]*>/g, '</$1>')
          .split('</')
          .reverse()
          .join('</')
      : '';
    return `${open.repeat(depth)}${text}${close ? close.repeat(depth) : ''}`;
  });

const htmlHidden = fc
  .tuple(hiddenStyle, fc.constantFrom('div', 'span', 'p', 'td', 'table'), fc.string({ maxLength: 200 }))
  .map(([how, tag, text]) => `<${tag} ${how}>${text.replace(/[<&]/g, '')}</${tag}>`);

const longText = fc
  .tuple(fc.constantFrom('x', '年', '\t', '1\t', ' '), fc.integer({ min: 1, max: 1_500_000 }))
  .map(([unit, n]) => `<p>${unit.repeat(n)}</p>`);

const hostileHtml = fc
  .record({
    parts: fc.array(fc.oneof(htmlTable, htmlNesting, htmlHidden, longText), { minLength: 1, maxLength: 4 }),
    withReport: fc.boolean(),
  })
  .map(({ parts, withReport }) => {
    const body = parts.join('\n');
    if (!withReport) return pageOf(body);
    return readFileSync(FIXTURE_HTML_PATH, 'utf8').replace(/<body[^>]*>/i, (m) => `${m}${body}`);
  });

const wRun = (text: string, hidden = false) =>
  `<w:r>${hidden ? '<w:rPr><w:vanish/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

const docxTable = fc
  .record({
    rows: fc.integer({ min: 1, max: 400 }),
    cols: fc.integer({ min: 1, max: 60 }),
    every: fc.integer({ min: 1, max: 7 }),
    gridSpan: spanValue,
    gridBefore: spanValue,
    vMerge: fc.boolean(),
    text: cellText,
    hidden: fc.boolean(),
  })
  .map(({ rows, cols, every, gridSpan, gridBefore, vMerge, text, hidden }) => {
    const cell = (i: number) =>
      i % every === 0
        ? `<w:tc><w:tcPr><w:gridSpan w:val="${gridSpan}"/>${vMerge ? '<w:vMerge/>' : ''}</w:tcPr><w:p>${hidden ? wRun('9', true) : ''}${wRun(text)}</w:p></w:tc>`
        : `<w:tc><w:p>${wRun(String(i))}</w:p></w:tc>`;
    const row = `${Array.from({ length: cols }, (_, i) => cell(i)).join('')}</w:tr>`;
    // each row numbered, so that the part does not compress like a bomb and reaches the table code
    const numbered = (r: number) =>
      `<w:tr><w:trPr><w:gridBefore w:val="${gridBefore}"/></w:trPr><w:tc><w:p>${wRun(`第${r}行`)}</w:p></w:tc>${row}`;
    return `<w:tbl>${Array.from({ length: rows }, (_, r) => numbered(r)).join('')}</w:tbl>`;
  });

const docxNesting = fc
  .record({
    kind: fc.constantFrom('table', 'sdt', 'hyperlink', 'ins'),
    depth: nestingDepth,
    text: cellText,
  })
  .map(({ kind, depth, text }) => {
    const [open, close] =
      kind === 'table'
        ? ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>']
        : kind === 'sdt'
          ? ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>']
          : kind === 'ins'
            ? ['<w:ins>', '</w:ins>']
            : ['<w:hyperlink>', '</w:hyperlink>'];
    const inner = kind === 'table' || kind === 'sdt' ? `<w:p>${wRun(text)}</w:p>` : `<w:p>${wRun(text)}</w:p>`;
    return kind === 'table' || kind === 'sdt'
      ? `${open.repeat(depth)}${inner}${close.repeat(depth)}`
      : `<w:p>${open.repeat(depth)}${wRun(text)}${close.repeat(depth)}</w:p>`;
  });

const docxParagraphs = fc
  .record({ count: fc.integer({ min: 1, max: 20_000 }), text: fc.string({ maxLength: 40 }), hidden: fc.boolean() })
  .map(({ count, text, hidden }) =>
    Array.from(
      { length: count },
      (_, i) => `<w:p>${wRun(text.replace(/[<&]/g, ''), hidden)}${wRun(String(i))}</w:p>`,
    ).join(''),
  );

/** numbering.xml with hostile start values, levels and formats. */
const hostileNumbering = fc
  .record({
    start: fc.constantFrom('1', '32767', '2147483647', '-5', 'x'),
    ilvl: fc.constantFrom('0', '8', '9', '1000000000', '-1'),
    format: fc.constantFrom('upperLetter', 'lowerRoman', 'upperRoman', 'chineseCounting', 'decimal', 'bullet'),
  })
  .map(
    ({ start, ilvl, format }) =>
      `<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>` +
      `<!--${ilvl}-->`,
  );

const numberedParagraphs = fc
  .tuple(fc.constantFrom('0', '8', '9', '1000000000', '-1'), fc.integer({ min: 1, max: 3000 }))
  .map(([ilvl, count]) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>${wRun('标题')}</w:p>`.repeat(
      count,
    ),
  );

/** Up to 40 MB of `<w:p/>`, declared honestly or as 1 KB. */
const docxBomb = fc
  .record({ mb: fc.integer({ min: 1, max: 40 }), lies: fc.boolean() })
  .map(({ mb, lies }) => ({ mb, lies }));

type DocxCase = { body: string[]; numbering?: string; bomb?: { mb: number; lies: boolean }; withReport?: boolean };

const hostileDocx: fc.Arbitrary<DocxCase> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      body: fc.array(fc.oneof(docxTable, docxNesting, docxParagraphs), { minLength: 1, maxLength: 2 }),
      withReport: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      body: fc.array(numberedParagraphs, { minLength: 1, maxLength: 2 }),
      numbering: hostileNumbering,
    }),
  },
  { weight: 1, arbitrary: fc.record({ body: fc.constant<string[]>([]), bomb: docxBomb }) },
);

let reportDocx: Uint8Array | undefined;

/** The case's .docx; with the report, the hostile body goes in front of the real report's body. */
async function docxFile(c: DocxCase): Promise<Uint8Array> {
  if (!c.withReport) return docxBytes(c);
  reportDocx ??= await mengzhouDocx();
  return editDocx(reportDocx, (xml) => xml.replace(/<w:body>/, `<w:body>${c.body.join('')}`));
}

function docxBytes(c: DocxCase): Uint8Array {
  if (c.bomb) {
    const data = Buffer.alloc(c.bomb.mb * 1024 * 1024, '<w:p/>');
    data.write('<?xml version="1.0"?><w:document xmlns:w="x"><w:body>', 0);
    return writeZip([{ name: 'word/document.xml', data, declaredSize: c.bomb.lies ? 1024 : undefined }]);
  }
  const entries: ZipEntry[] = [{ name: 'word/document.xml', data: Buffer.from(documentXml(c.body.join('')), 'utf8') }];
  if (c.numbering) entries.push({ name: 'word/numbering.xml', data: Buffer.from(c.numbering, 'utf8') });
  return writeZip(entries);
}

const hostileText = fc
  .record({
    tabs: fc.integer({ min: 0, max: 400_000 }),
    lines: fc.integer({ min: 0, max: 50_000 }),
    junkBefore: fc.integer({ min: 0, max: 20_000 }),
    bigNumber: fc.constantFrom('129', '9'.repeat(400), '1e309', '-0', '１２９'),
    withReport: fc.boolean(),
  })
  .map(({ tabs, lines, junkBefore, bigNumber, withReport }) => {
    const junk = Array.from({ length: junkBefore }, (_, i) => `第${i}行\t${i}\t无关`).join('\n');
    const report = withReport ? fixtureText().replace(/\t129\t/, `\t${bigNumber}\t`) : '';
    return `${junk}\n${report}\n行政许可${'\t1'.repeat(tabs)}\n${'年\n'.repeat(lines)}`;
  });

// ---------------------------------------------------------------- what every outcome must be

function expectBoundedImport(imported: ImportedFile): void {
  for (const issue of imported.issues) {
    expect(issue.message.length).toBeLessThanOrEqual(MAX_ISSUE_MESSAGE_CHARS + 40);
    expect(issue.message).not.toMatch(ENGLISH_LEAK);
  }
}

/** An import, or a Chinese refusal with a way forward; never INTERNAL, never the store process lost. */
function expectSoundOutcome(envelope: Envelope<unknown>): void {
  if (envelope.ok) {
    expectBoundedImport(envelope.value as ImportedFile);
    return;
  }
  expect(['PARSE_FAILED', 'UNSUPPORTED'], envelope.error.message).toContain(envelope.error.code);
  expect(envelope.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(envelope.error.message).not.toMatch(ENGLISH_LEAK);
  expect(envelope.error.message).not.toMatch(/后台数据服务/);
  expect(envelope.error.message).toMatch(/另存为|复制|请/);
}

// ---------------------------------------------------------------- through the store process

let client: ServiceClient;
beforeAll(async () => {
  client = await startNodeService(
    { dataDir: tempDir('fuzz'), version: '9.9.9', canPrint: false },
    {
      choosePath: async () => null,
      printPdf: async () => new Uint8Array(),
    },
  );
}, 60_000);
afterAll(async () => {
  await client?.close();
  removeTempDirs();
});

async function importInStoreProcess(fileName: string, bytes: Uint8Array): Promise<Envelope<unknown>> {
  return client.invoke('import.parse', { fileName, contentBase64: Buffer.from(bytes).toString('base64') });
}

describe('fuzz: hostile files through the store process (import.parse, heap-capped)', () => {
  it(`${NUM_RUNS.html} generated web pages: spans, nesting, hidden elements, long text`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileHtml, async (page) => {
        const envelope = await importInStoreProcess('生成.html', utf8(page));
        tally('html', envelope);
        expectSoundOutcome(envelope);
      }),
      { numRuns: NUM_RUNS.html },
    );
    report('html');
  }, 300_000);

  it(`${NUM_RUNS.docx} generated .docx files: gridSpans, nesting, hidden runs, numbering, zip bombs`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileDocx, async (c) => {
        const envelope = await importInStoreProcess('生成.docx', await docxFile(c));
        tally('docx', envelope);
        expectSoundOutcome(envelope);
      }),
      { numRuns: NUM_RUNS.docx },
    );
    report('docx');
  }, 300_000);

  it(`${NUM_RUNS.text} generated text files: long rows, many tabs, junk before the title, long numbers`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const envelope = await importInStoreProcess('生成.txt', utf8(text));
        tally('text', envelope);
        expectSoundOutcome(envelope);
      }),
      { numRuns: NUM_RUNS.text },
    );
    report('text');
  }, 300_000);
});

// ---------------------------------------------------------------- hidden text never changes a number

async function readDocumentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe('fuzz: hidden text put into the real report is dropped and counted exactly', () => {
  it(`${NUM_RUNS.hiddenDocx} .docx files with hidden digits before random numbers in the tables`, async () => {
    const plainBytes = await mengzhouDocx();
    const plain = await parseImportBytes('孟州.docx', plainBytes);
    const NUMBER_RUN = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t([^>]*)>(\d+)<\/w:t>/g;
    const runs = (await readDocumentXml(plainBytes)).match(NUMBER_RUN)!.length;
    expect(runs).toBeGreaterThan(20);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat(runs - 1), { minLength: 1, maxLength: 12 }),
        fc.stringMatching(/^[0-9一-龥]{1,3}$/),
        async (picks, hiddenText) => {
          let k = 0;
          const bytes = await editDocx(plainBytes, (xml) =>
            xml.replace(NUMBER_RUN, (whole) => (picks.includes(k++) ? `${wRun(hiddenText, true)}${whole}` : whole)),
          );
          const imported = await parseImportBytes('隐藏.docx', bytes);
          expect(imported.report.tables).toEqual(plain.report.tables);
          const note = imported.issues.find((i) => i.message.includes('隐藏的文字'));
          expect(note?.message).toContain(
            `隐藏的文字 ${picks.length} 处（共 ${picks.length * hiddenText.length} 个字）`,
          );
        },
      ),
      { numRuns: NUM_RUNS.hiddenDocx },
    );
  }, 300_000);

  it(`${NUM_RUNS.hiddenHtml} web pages with hidden digits before random numbers in the tables`, async () => {
    const page = readFileSync(FIXTURE_HTML_PATH, 'utf8');
    const plain = await parseImportBytes('孟州.html', utf8(page));
    // the numbers in the tables' cells (the page's visit counter and dates are outside the report)
    const CELL_NUMBER = /(<span style="font-size: 10\.5pt">)(\d+)</g;
    const cells = page.match(CELL_NUMBER)!.length;
    expect(cells).toBeGreaterThan(100);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat(cells - 1), { minLength: 1, maxLength: 12 }),
        hiddenStyle,
        async (picks, how) => {
          let k = 0;
          const changed = page.replace(CELL_NUMBER, (whole, open: string, value: string) =>
            picks.includes(k++) ? `${open}<span ${how}>9</span>${value}<` : whole,
          );
          const imported = await parseImportBytes('隐藏.html', utf8(changed));
          expect(imported.report.tables).toEqual(plain.report.tables);
          const note = imported.issues.find((i) => i.message.includes('隐藏的文字'));
          expect(note?.message).toContain(`隐藏的文字 ${picks.length} 处（共 ${picks.length} 个字）`);
        },
      ),
      { numRuns: NUM_RUNS.hiddenHtml },
    );
  }, 300_000);
});

// ---------------------------------------------------------------- through the CLI

describe('fuzz: a few generated files past a limit through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-fuzz-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${NUM_RUNS.cli} deep or wide files: check exits 2 with a Chinese refusal on stderr`, () => {
    const pastALimit = fc.oneof(
      fc.integer({ min: MAX_MARKUP_DEPTH + 1, max: 5000 }).map((depth) => ({
        name: '深.html',
        bytes: utf8(pageOf(`${'<div>'.repeat(depth)}1`)),
      })),
      fc.integer({ min: 300, max: 600 }).map((rows) => ({
        name: '宽.docx',
        bytes: docxBytes({
          body: [
            `<w:tbl>${`<w:tr>${'<w:tc><w:tcPr><w:gridSpan w:val="100"/></w:tcPr><w:p/></w:tc>'.repeat(40)}</w:tr>`.repeat(rows)}</w:tbl>`,
          ],
        }),
      })),
    );
    for (const [i, file] of fc.sample(pastALimit, NUM_RUNS.cli).entries()) {
      const path = join(dir, `${i}-${file.name}`);
      writeFileSync(path, file.bytes);
      const r = spawnSync(
        join(process.cwd(), 'node_modules/.bin/tsx'),
        [join(process.cwd(), 'electron/cli/main.ts'), 'check', path],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/上限/);
      expect(r.stderr).not.toMatch(ENGLISH_LEAK);
    }
  }, 300_000);
});
