/**
 * A government site wraps the report in a page: navigation, breadcrumbs, an information index,
 * "print / close" links and a footer. Keep the report from its title line (or 一、总体情况) to the end
 * of section 六, and say what was left out so nothing disappears silently.
 */
import type { ImportIssue } from '../api';
import { REPORT_TITLE_SUFFIX, SECTIONS } from '../format';
import type { TextBlock } from './markup-blocks';

const TITLE_MAX_CHARS = 120;

/** Page furniture between the title and the body (发布时间, 来源, 字号 …). */
const PAGE_METADATA =
  /^(【)?(索引号|发布机构|发文机关|发布日期|发布时间|生成日期|成文日期|发文日期|来源|信息来源|作者|浏览次数|点击|阅读次数|访问量|字号|打印|分享|主题分类|文号|有效性|时效)/;

/** Where the page goes on after the report. */
const PAGE_FOOTER =
  /^(【?\s*(打印|关闭|收藏|返回顶部|分享)|上一篇|下一篇|相关(链接|文章|阅读|信息|新闻)|扫一扫|主办(单位)?[：:]|承办(单位)?[：:]|版权所有|网站标识码|联系我们|网站地图|技术支持|Copyright)|ICP备|公网安备/i;

const NAV_SEPARATOR = /.*(?:>|›|»|＞|→|当前位置[：:])/;

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function sectionHeadingPattern(index: number): RegExp {
  const section = SECTIONS[index]!;
  const title = section.heading.slice(section.numeral.length + 1);
  return new RegExp(`^${section.numeral}[、.．,，]${title}`);
}

function blockText(block: TextBlock): string {
  return block.type === 'line' ? block.text : block.rows.map((r) => r.filter(Boolean).join(' ')).join(' ');
}

function sample(blocks: readonly TextBlock[]): string {
  const text = blocks.map(blockText).find((t) => t.trim() !== '') ?? '';
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function findIndex(
  blocks: readonly TextBlock[],
  from: number,
  to: number,
  test: (text: string) => boolean,
  backwards = false,
): number {
  if (backwards) {
    for (let i = to - 1; i >= from; i--) if (blocks[i]!.type === 'line' && test(blockText(blocks[i]!))) return i;
  } else {
    for (let i = from; i < to; i++) if (blocks[i]!.type === 'line' && test(blockText(blocks[i]!))) return i;
  }
  return -1;
}

/** A sentence that mentions the report (现将…年度报告公布如下：) is not its title. */
const SENTENCE_PUNCTUATION = /[。，；：！？]/;

function isTitle(text: string): boolean {
  return (
    text.length <= TITLE_MAX_CHARS &&
    squeeze(text).includes(REPORT_TITLE_SUFFIX) &&
    !SENTENCE_PUNCTUATION.test(text.replace(NAV_SEPARATOR, ''))
  );
}

function isMetadata(block: TextBlock): boolean {
  if (block.type === 'line') return PAGE_METADATA.test(squeeze(block.text));
  return block.rows.some((r) => r.some((c) => PAGE_METADATA.test(squeeze(c))));
}

export function cutToReport(blocks: readonly TextBlock[]): { blocks: TextBlock[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const overviewHeading = sectionHeadingPattern(0);
  const overview = findIndex(blocks, 0, blocks.length, (t) => overviewHeading.test(squeeze(t)));
  const title =
    overview >= 0 ? findIndex(blocks, 0, overview, isTitle, true) : findIndex(blocks, 0, blocks.length, isTitle);
  if (overview < 0 && title < 0) {
    issues.push({
      severity: 'warning',
      message: `网页中没有找到报告标题（“……${REPORT_TITLE_SUFFIX}”）或“${SECTIONS[0]!.heading}”，已保留网页的全部文字，请核对导入结果。`,
    });
    return { blocks: [...blocks], issues };
  }
  const start = title >= 0 ? title : overview;
  if (start > 0) {
    issues.push({
      severity: 'info',
      message: `已略去网页中报告正文之前的 ${start} 段内容（如“${sample(blocks.slice(0, start))}”），它们不属于报告。`,
    });
  }

  const kept: TextBlock[] = [];
  const first = blocks[start]!;
  if (start === title && first.type === 'line' && NAV_SEPARATOR.test(first.text)) {
    const bare = first.text.replace(NAV_SEPARATOR, '').trim();
    issues.push({
      severity: 'info',
      message: `标题行中的网站导航已略去：“${first.text.slice(0, first.text.length - bare.length).trim()}”。`,
    });
    kept.push({ type: 'line', text: bare });
  } else {
    kept.push(first);
  }

  const bodyStart = overview > start ? overview : start + 1;
  const between = blocks.slice(start + 1, bodyStart);
  const metadata = between.filter(isMetadata);
  if (metadata.length) {
    issues.push({
      severity: 'info',
      message: `已略去标题之后的网页发布信息 ${metadata.length} 段（如“${sample(metadata)}”）。`,
    });
  }
  kept.push(...between.filter((b) => !isMetadata(b)));

  const lastHeading = sectionHeadingPattern(SECTIONS.length - 1);
  const lastSection = findIndex(blocks, bodyStart, blocks.length, (t) => lastHeading.test(squeeze(t)));
  const footer = findIndex(blocks, lastSection >= 0 ? lastSection + 1 : bodyStart, blocks.length, (t) =>
    PAGE_FOOTER.test(t.trim()),
  );
  const end = footer >= 0 ? footer : blocks.length;
  kept.push(...blocks.slice(bodyStart, end));
  if (end < blocks.length) {
    issues.push({
      severity: 'info',
      message: `已略去报告正文之后的 ${blocks.length - end} 段网页内容（如“${sample(blocks.slice(end))}”）。`,
    });
  }
  return { blocks: kept, issues };
}
