/**
 * Frames as sites and templates really print them (REAL-WORLD.md, "Titles and page furniture" and
 * "Section headings"): every title form, the title on two lines or only in the page <title>, every
 * heading numbering with the sub-heading numbering that goes with it, and page furniture before the
 * title, between title and body, and after the 落款. Built on PLAIN_FRAME (frame.ts), so tables and
 * prose print exactly as in the plain case.
 */
import fc from 'fast-check';
import { subHeading as officialSubHeading, type SectionDef } from '../../../../shared/format';
import type { PrintedBlock } from './document';
import { PLAIN_FRAME, type DocumentFrame } from './frame';
import type { PublishedReport } from './report';

const CHINESE_DIGITS = '〇一二三四五六七八九';
const chineseYear = (year: number) => [...String(year)].map((d) => CHINESE_DIGITS[Number(d)]).join('');

/** The title forms of REAL-WORLD.md, as [organ part, year-and-rest part] so that a frame can set them on two lines. */
export const TITLE_FORMS = {
  conventional: (o: string, y: number) => [o, `${y}年政府信息公开工作年度报告`],
  niandu: (o: string, y: number) => [o, `${y}年度政府信息公开工作年度报告`],
  yearInside: (o: string, y: number) => [`${o}政府信息公开`, `${y}年度报告`],
  withoutWork: (o: string, y: number) => [o, `${y}年政府信息公开年度报告`],
  nianbao: (o: string, y: number) => [o, `${y}年政府信息公开年报`],
  spaced: (o: string, y: number) => [`${o} `, `${y} 年政府信息公开工作年度报告`],
  chineseYear: (o: string, y: number) => [o, `${chineseYear(y)}年政府信息公开工作年度报告`],
} as const satisfies Record<string, (organ: string, year: number) => [string, string]>;
export type TitleForm = keyof typeof TITLE_FORMS;

/** Where the title stands: one line, organ and year on two lines, or only in the page's <title>. */
export type TitlePlacement = 'line' | 'twoLines' | 'pageTitleOnly';

const NUMERALS = '一二三四五六';

/** Section heading numberings, each with the sub-heading numbering reports use under it. */
export const NUMBERINGS = {
  dun: (i: number, words: string) => `${NUMERALS[i]}、${words}`,
  fullStop: (i: number, words: string) => `${NUMERALS[i]}．${words}`,
  dot: (i: number, words: string) => `${NUMERALS[i]}.${words}`,
  spacedDun: (i: number, words: string) => `${NUMERALS[i]} 、${words}`,
  bare: (i: number, words: string) => `${NUMERALS[i]}${words}`,
  arabicDot: (i: number, words: string) => `${i + 1}. ${words}`,
  arabicDun: (i: number, words: string) => `${i + 1}、${words}`,
  parenthesised: (i: number, words: string) => `（${NUMERALS[i]}）${words}`,
  part: (i: number, words: string) => `第${NUMERALS[i]}部分 ${words}`,
} as const satisfies Record<string, (index: number, words: string) => string>;
export type Numbering = keyof typeof NUMBERINGS;

/** Under a （一） top level, sub-headings are numbered 1. 2. (a （一） sub-heading would read as a section). */
function subHeadingFor(numbering: Numbering): (index: number, title: string) => string {
  return numbering === 'parenthesised' ? (index, title) => `${index + 1}.${title}` : officialSubHeading;
}

export interface Furniture {
  /** before the title: breadcrumb and the like */
  before: string[];
  /** between the title and the 引言: publication data */
  metadata: string[];
  /** after the 落款: the site footer */
  footer: string[];
}

export const BREADCRUMB = '首页 > 政府信息公开 > 政府信息公开年报';

const furnitureOf = (report: PublishedReport): fc.Arbitrary<Furniture> =>
  fc.record({
    before: fc.subarray([BREADCRUMB, `当前位置：首页 > 政务公开 > 年度报告`], { minLength: 0 }),
    metadata: fc.subarray(
      [
        `发布时间：${report.year + 1}-01-20 来源：${report.organ}`,
        '浏览次数：1024',
        '字号：大 中 小',
        '分享到：微信 微博',
      ],
      { minLength: 0 },
    ),
    footer: fc.subarray(
      [
        '【打印本页】 【关闭窗口】',
        '扫一扫在手机打开当前页',
        `主办单位：${report.organ} 网站标识码：4108830001`,
        '豫ICP备05012345号-1',
      ],
      { minLength: 0 },
    ),
  });

export interface FrameChoice {
  titleForm: TitleForm;
  placement: TitlePlacement;
  numbering: Numbering;
  furniture: Furniture;
}

/** The section heading's words without its official numbering (总体情况). */
const wordsOf = (section: SectionDef) => section.heading.slice(section.numeral.length + 1);

export function frameOf(choice: FrameChoice): DocumentFrame {
  const title = (r: PublishedReport) => TITLE_FORMS[choice.titleForm](r.organ, r.year);
  const furniture = (texts: readonly string[]): PrintedBlock[] => texts.map((text) => ({ type: 'furniture', text }));
  return {
    pageTitle: (r) => `${title(r).join('')}_${r.organ}`,
    opening: (r) => {
      const [organ, rest] = title(r);
      // only a form that starts with the organ is set as organ / year-and-rest on two lines
      const twoLines = choice.placement === 'twoLines' && organ.trim() === r.organ;
      const titleBlocks: PrintedBlock[] =
        choice.placement === 'pageTitleOnly'
          ? []
          : [{ type: 'title', lines: twoLines ? [organ.trim(), rest] : [organ + rest] }];
      return [
        ...furniture(choice.furniture.before),
        ...titleBlocks,
        ...furniture(choice.furniture.metadata),
        ...PLAIN_FRAME.opening(r).filter((b) => b.type !== 'title'),
      ];
    },
    sectionHeading: (section) => NUMBERINGS[choice.numbering](NUMERALS.indexOf(section.numeral), wordsOf(section)),
    subHeading: (_section, index, title) => subHeadingFor(choice.numbering)(index, title),
    closing: (r) => [...PLAIN_FRAME.closing(r), ...furniture(choice.furniture.footer)],
  };
}

export const frameChoice = (report: PublishedReport): fc.Arbitrary<FrameChoice> =>
  fc.record({
    titleForm: fc.constantFrom(...(Object.keys(TITLE_FORMS) as TitleForm[])),
    placement: fc.constantFrom<TitlePlacement>('line', 'line', 'twoLines', 'pageTitleOnly'),
    numbering: fc.constantFrom(...(Object.keys(NUMBERINGS) as Numbering[])),
    furniture: furnitureOf(report),
  });
