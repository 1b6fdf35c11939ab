/**
 * Page furniture around a published report, in a web page, in a Word file saved from one, and in
 * text copied from either: before the title the site's navigation and breadcrumb, between title and
 * body the publication data (发布时间, 来源, 浏览次数, 字号, share buttons), after the last section the
 * footer (主办单位, 网站标识码, ICP备, 打印本页, 关闭窗口, 扫一扫…). The report part is found the way a
 * person finds it — from the title (title.ts) or the first section heading (section-headings.ts) to the
 * end of the last section — and every piece left out is named, so nothing disappears silently.
 * A signature block and date after 六 are not furniture and stay the closing.
 *
 * Works on a list of lines (null for a table, which is never furniture) so one rule serves text, HTML
 * and .docx alike.
 */
import type { ImportIssue } from './outcome';
import { SECTIONS } from '../format';
import { matchSectionHeading, type HeadingNumbering } from './section-headings';
import { findTitle, readTitle, type TitleReading } from './title';

/** Publication data a site prints around the title (发布时间, 来源, 字号 …). */
export const PAGE_METADATA =
  /^[【[]?(索引号|发布机构|发文机关|发布日期|发布时间|更新时间|生成日期|成文日期|发文日期|来源|信息来源|作者|编辑|责任编辑|浏览次数|浏览量|点击|阅读次数|访问量|字号|打印|分享|主题分类|文号|有效性|时效|【)/;

/** Where the page goes on after the report (the first such line ends the report). */
export const PAGE_FOOTER =
  /^([【[]?\s*(打印|关闭|收藏|返回顶部|分享)|上一篇|下一篇|相关(链接|文章|阅读|信息|新闻)|扫一扫|主办(单位)?[：:]|承办(单位)?[：:]|协办(单位)?[：:]|版权所有|网站标识码|联系我们|网站地图|技术支持|Copyright|©)|ICP备|公网安备/i;

/** A breadcrumb: 首页 > 政府信息公开 > 政府信息公开年报, or 当前位置：… */
const NAVIGATION = /[>›»＞→]|^\s*(当前位置|您的位置|您现在的位置)[：:]?/;
const NAV_PREFIX = /.*(?:[>›»＞→]|当前位置[：:]|您的位置[：:])/;

/** The 引言 and other report text end like a sentence; menu entries and links do not. */
const SENTENCE_END = /[。！？；…]$/;

/** How much of a left-out line the import report quotes. */
const QUOTE_CHARS = 30;
const MAX_QUOTED = 12;

const squeeze = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, '');

export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  return PAGE_METADATA.test(squeeze(t)) || NAVIGATION.test(t) || PAGE_FOOTER.test(t);
}

export interface ReportPart {
  /** indices of lines left out (furniture) */
  dropped: Set<number>;
  /** the title: its first and last line and what it says; null when there is none */
  title: { start: number; end: number; reading: TitleReading; text: string } | null;
  /** index of the first section heading, -1 when none was found */
  firstHeading: number;
  issues: ImportIssue[];
}

function quote(lines: ReadonlyArray<string | null>, indices: readonly number[], options: ReportPartOptions): string {
  const quoted = indices
    .map((i) => lines[i] ?? options.tableCells?.(i).filter(Boolean).join(' ') ?? null)
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '')
    .slice(0, MAX_QUOTED)
    .map((t) => {
      const s = t.trim();
      return `“${s.length > QUOTE_CHARS ? `${s.slice(0, QUOTE_CHARS)}…` : s}”`;
    });
  return quoted.join('、') + (indices.length > MAX_QUOTED ? ' 等' : '');
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** The section headings in order, each checked against the numbering of the first one. */
export function sectionHeadingLines(lines: ReadonlyArray<string | null>): Array<{ line: number; index: number }> {
  const found: Array<{ line: number; index: number }> = [];
  let next = 0;
  let style: HeadingNumbering | undefined;
  for (let i = 0; i < lines.length && next < SECTIONS.length; i++) {
    const text = lines[i];
    if (text === null || text === undefined) continue;
    const m = matchSectionHeading(text, next, style);
    if (!m) continue;
    found.push({ line: i, index: m.index });
    style ??= m.numbering;
    next = m.index + 1;
  }
  return found;
}

export interface ReportPartOptions {
  /** names the source in messages (网页, Word 文档, 文本) */
  what: string;
  /**
   * Without a title that names the organ, what before the first heading is left out: 'lines' every
   * line that is not a sentence (a web page: menus and links; the 引言 ends like a sentence),
   * 'furniture' only what is recognisably furniture (a document).
   */
  beforeBody: 'lines' | 'furniture';
  /** the cells of a table entry (null line), so a table of publication data is recognised */
  tableCells?: (index: number) => readonly string[];
}

/** Which lines are the report (null: a table). */
export function findReportPart(lines: ReadonlyArray<string | null>, options: ReportPartOptions): ReportPart {
  const { what } = options;
  const isFurniture = (i: number): boolean => {
    const text = lines[i];
    if (typeof text === 'string') return isFurnitureLine(text);
    return (options.tableCells?.(i) ?? []).some((c) => PAGE_METADATA.test(squeeze(c)));
  };
  const issues: ImportIssue[] = [];
  const dropped = new Set<number>();
  const headings = sectionHeadingLines(lines);
  const firstHeading = headings[0]?.line ?? -1;
  const bodyStart = firstHeading >= 0 ? firstHeading : lines.length;

  let found = findTitle(lines.slice(0, bodyStart));
  let titleText = found
    ? lines
        .slice(found.start, found.end + 1)
        .map((t) => (t ?? '').trim())
        .join('')
    : '';
  if (!found) {
    // a breadcrumb that ends in the title: 当前位置：首页 > 年报 > 某县财政局2024年…年度报告
    for (let i = 0; i < bodyStart && !found; i++) {
      const text = lines[i];
      if (typeof text !== 'string' || !NAVIGATION.test(text)) continue;
      const bare = text.replace(NAV_PREFIX, '').trim();
      const reading = readTitle(bare);
      if (reading?.organ && reading.year !== null) {
        found = { start: i, end: i, reading };
        titleText = bare;
        issues.push({
          severity: 'info',
          message: `标题行中的网站导航已略去：“${text.slice(0, text.length - bare.length).trim()}”。`,
        });
      }
    }
  }
  const title = found ? { ...found, text: titleText } : null;

  // before the title: a title with its organ starts the report, so whatever stands above it is the page's;
  // otherwise only what is recognisably furniture is left out
  const beforeEnd = title ? title.start : bodyStart;
  const dropAll = title !== null && title.reading.organ !== null;
  const notASentence = (i: number) =>
    options.beforeBody === 'lines' && firstHeading >= 0 && !SENTENCE_END.test((lines[i] ?? '').trim());
  const before = range(0, beforeEnd).filter((i) => dropAll || isFurniture(i) || notASentence(i));
  if (before.length) {
    issues.push({
      severity: 'info',
      message: `已略去${what}中报告标题之前的 ${before.length} 段内容（${quote(lines, before, options)}），它们是页面导航等，不属于报告。`,
    });
  }
  // between title and body: publication data
  const metadata = range(title ? title.end + 1 : beforeEnd, bodyStart).filter(isFurniture);
  if (metadata.length) {
    issues.push({
      severity: 'info',
      message: `已略去标题之后的发布信息 ${metadata.length} 段（${quote(lines, metadata, options)}）。`,
    });
  }
  // after the last section: the footer, from its first line to the end
  const lastHeading = headings.at(-1)?.line;
  let footer: number[] = [];
  if (lastHeading !== undefined) {
    const at = range(lastHeading + 1, lines.length).find(
      (i) => typeof lines[i] === 'string' && PAGE_FOOTER.test(lines[i]!.trim()),
    );
    if (at !== undefined) footer = range(at, lines.length);
  }
  if (footer.length) {
    issues.push({
      severity: 'info',
      message: `已略去报告正文之后的 ${footer.length} 段页面内容（${quote(lines, footer, options)}），如网站页脚。`,
    });
  }
  for (const i of [...before, ...metadata, ...footer]) dropped.add(i);
  return { dropped, title, firstHeading, issues };
}
