/**
 * The Mengzhou report as a Word file, built with the docx library the way Word lays out the official
 * tables: merged cells as w:gridSpan and w:vMerge. The spans are written out here by hand from the
 * official structure (SPEC.md), not taken from the project's own layout code.
 */
import {
  Document,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { contentLines, fixtureText } from './fixture';

interface CellSpec {
  text: string;
  rowSpan?: number;
  columnSpan?: number;
}

function cell({ text, rowSpan, columnSpan }: CellSpec): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    rowSpan,
    columnSpan,
    children: [
      new Paragraph({ children: lines.map((l, i) => new TextRun({ text: l, break: i > 0 ? 1 : undefined })) }),
    ],
  });
}

function table(columns: number, rows: CellSpec[][]): Table {
  return new Table({
    columnWidths: Array.from({ length: columns }, () => 600),
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r) => new TableRow({ children: r.map(cell) })),
  });
}

const c = (text: string, rowSpan?: number, columnSpan?: number): CellSpec => ({ text, rowSpan, columnSpan });

function t2(): Table {
  const block = (header: string, columns: string[], rows: string[][]): CellSpec[][] => {
    const span = 3 / columns.length;
    return [
      [c(header, 1, 4)],
      [c('信息内容'), ...columns.map((col) => c(col, 1, span))],
      ...rows.map(([label, ...values]) => [c(label!), ...values.map((v) => c(v, 1, span))]),
    ];
  };
  return table(4, [
    ...block(
      '第二十条第（一）项',
      ['本年制发件数', '本年废止件数', '现行有效件数'],
      [
        ['规章', '0', '0', '0'],
        ['行政规范性文件', '0', '11', '76'],
      ],
    ),
    ...block('第二十条第（五）项', ['本年处理决定数量'], [['行政许可', '0']]),
    ...block(
      '第二十条第（六）项',
      ['本年处理决定数量'],
      [
        ['行政处罚', '0'],
        ['行政强制', '0'],
      ],
    ),
    ...block('第二十条第（八）项', ['本年收费金额（单位：万元）'], [['行政事业性收费', '0']]),
  ]);
}

/** T3 from the fixture's rows: labels placed with the official spans, the seven numbers as they are. */
function t3(rows: string[]): Table {
  const groupSizes: Record<string, number> = {
    '(三) 不予公开': 8,
    '(四) 无法提供': 3,
    '(五) 不予处理': 5,
    '(六) 其他处理': 3,
  };
  const header: CellSpec[][] = [
    [c(rows[0]!.split('\t')[0]!, 3, 3), c('申请人情况', 1, 7)],
    [c('自然人', 2), c('法人或其他组织', 1, 5), c('总计', 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => c(t)),
  ];
  const body = rows.slice(3).map((line) => {
    const [a = '', b = '', d = '', ...numbers] = line.split('\t');
    const labels: CellSpec[] = a.startsWith('三、')
      ? [c(a, 22), c(b, 1, 2)]
      : a
        ? [c(a, 1, 3)]
        : b in groupSizes
          ? [c(b, groupSizes[b]), c(d)]
          : b
            ? [c(b, 1, 2)]
            : [c(d)];
    return [...labels, ...numbers.map((n) => c(n))];
  });
  return table(10, [...header, ...body]);
}

function t4(values: string): Table {
  const outcomes = ['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计'];
  return table(15, [
    [c('行政复议', 1, 5), c('行政诉讼', 1, 10)],
    [...outcomes.map((o) => c(o, 2)), c('未经复议直接起诉', 1, 5), c('复议后起诉', 1, 5)],
    [...outcomes, ...outcomes].map((o) => c(o.replace('\n', ' '))),
    values.split('\t').map((v) => c(v)),
  ]);
}

const HEADINGS = 'report-headings';

/** Word's automatic numbering for 一、 headings and （一） sub-headings, as a template might set it. */
const headingNumbering = {
  config: [
    {
      reference: HEADINGS,
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', suffix: LevelSuffix.NOTHING },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', suffix: LevelSuffix.NOTHING },
      ],
    },
  ],
};

/** With autoNumbering, the numerals of 一、 and （一） leave the text and come from numbering.xml. */
function prose(line: string, autoNumbering: boolean): Paragraph {
  const heading = /^[一二三四五六]、/.exec(line);
  const sub = /^（[一二三四五]）/.exec(line);
  if (autoNumbering && (heading || sub)) {
    return new Paragraph({
      numbering: { reference: HEADINGS, level: heading ? 0 : 1 },
      children: [new TextRun(line.slice((heading ?? sub)![0].length))],
    });
  }
  return new Paragraph({ children: [new TextRun(line)] });
}

/** Paragraphs for prose lines, the three tables where the fixture has its tab rows. */
export async function mengzhouDocx(
  options: { autoNumbering?: boolean; /** the report text to lay out, the fixture by default */ text?: string } = {},
): Promise<Uint8Array> {
  const lines = contentLines(options.text ?? fixtureText());
  const children: Array<Paragraph | Table> = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.startsWith('第二十条第（一）项')) {
      children.push(t2());
      while (i < lines.length && lines[i]!.includes('\t')) i++;
      continue;
    }
    if (line.startsWith('(本列数据')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.includes('\t')) rows.push(lines[i++]!);
      children.push(t3(rows));
      continue;
    }
    if (line.startsWith('行政复议\t')) {
      children.push(t4(lines[i + 3]!));
      i += 4;
      continue;
    }
    children.push(prose(line, options.autoNumbering ?? false));
    i++;
  }
  const doc = new Document({ numbering: headingNumbering, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
