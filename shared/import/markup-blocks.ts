/**
 * The common middle of the HTML and .docx converters: a document as lines and tables, and how that
 * becomes the report-text shape of the text fixture (a blank line between paragraphs, one
 * tab-separated line per table row).
 */
import type { ImportIssue } from './outcome';
import { OPEN_ERRORS_HEADING, openErrorsIntro } from '../document/model';
import { readTitle } from './title';

export type TextBlock = { type: 'line'; text: string } | { type: 'table'; rows: string[][] };

/** Runs of spaces become one; tabs and line breaks never survive inside a line or a cell. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u200b]+/g, ' ').replace(/^[\s\u200b]+|[\s\u200b]+$/g, '');
}

export function formatTextLines(blocks: readonly TextBlock[]): string {
  const parts = blocks.map((b) => (b.type === 'line' ? b.text : b.rows.map((cells) => cells.join('\t')).join('\n')));
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}

const TITLE_PIECE_MAX_CHARS = 60;
const MAX_TITLE_PIECES = 3;
/** A line with sentence or navigation punctuation is not a piece of a title. */
const NOT_A_TITLE_PIECE = /[。，；：:、>›»＞！？!?]/;

/** A line that reads as a title but lacks its organ (2025年政府信息公开工作年度报告): the organ is above. */
function lacksOrgan(text: string): boolean {
  const reading = readTitle(text);
  return reading !== null && reading.organ === null;
}

/**
 * Long titles are set over two or three lines (GB/T 9704: split where long), with a line break or as
 * separate paragraphs; put them back on one line so the title reads as 〔机关〕〔年份〕年政府信息公开工作年度报告.
 * Pieces are taken from above while the title still lacks its organ; in a document that starts with
 * the title (a Word file, unlike a web page with navigation above) every short line above is a piece,
 * since a long organ name can itself be broken. Pieces are joined only when the result reads as a title.
 */
export function joinSplitTitle(
  blocks: readonly TextBlock[],
  options: { documentStartsWithTitle: boolean },
): TextBlock[] {
  const isPiece = (b: TextBlock | undefined): b is { type: 'line'; text: string } =>
    b?.type === 'line' && b.text.length <= TITLE_PIECE_MAX_CHARS && !NOT_A_TITLE_PIECE.test(b.text);
  const textOf = (i: number) => (blocks[i] as { text: string }).text.trim();
  for (let at = 0; at < blocks.length; at++) {
    const b = blocks[at]!;
    if (b.type !== 'line' || !lacksOrgan(b.text) || !isPiece(blocks[at - 1])) continue;
    const lead = blocks.slice(0, at);
    let start = at;
    if (options.documentStartsWithTitle && lead.length <= MAX_TITLE_PIECES && lead.every(isPiece)) {
      start = 0;
    } else {
      let title = textOf(at);
      while (lacksOrgan(title) && at - start < MAX_TITLE_PIECES && isPiece(blocks[start - 1])) {
        start--;
        title = textOf(start) + title;
      }
    }
    const title = blocks
      .slice(start, at + 1)
      .map((_, k) => textOf(start + k))
      .join('');
    if (!readTitle(title)?.organ) continue;
    return [...blocks.slice(0, start), { type: 'line', text: title }, ...blocks.slice(at + 1)];
  }
  return [...blocks];
}

/** "本稿尚有" — the words before the count in the open-errors introduction. */
const OPEN_ERRORS_INTRO_START = openErrorsIntro(1).split('1')[0]!;

/**
 * A draft exported by this program ends with a page listing the open errors. It is the program's
 * check result, not report text: reading it back would put it into section 六.
 */
export function dropOpenErrorsList(blocks: readonly TextBlock[]): { blocks: TextBlock[]; issues: ImportIssue[] } {
  const at = blocks.findIndex((b, i) => {
    const next = blocks[i + 1];
    return (
      b.type === 'line' &&
      b.text.trim() === OPEN_ERRORS_HEADING &&
      next?.type === 'line' &&
      next.text.trim().startsWith(OPEN_ERRORS_INTRO_START)
    );
  });
  if (at < 0) return { blocks: [...blocks], issues: [] };
  const listed = blocks.length - at - 2;
  return {
    blocks: blocks.slice(0, at),
    issues: [
      {
        severity: 'info',
        message: `已略去草稿末尾的“${OPEN_ERRORS_HEADING}”清单（${listed} 项）：它是导出草稿时附加的核对结果，不是报告内容；导入后会重新核对。`,
      },
    ],
  };
}
