/**
 * The document as the exporters see it: the report laid out as a title, headings, paragraphs and
 * the three official tables, with no knowledge of .docx or HTML. Built by build.ts, drawn by
 * html.ts (print view, web copy, PDF) and by the .docx writer under electron/services/export.
 */
import type { CellId, TableId } from '../format';
import type { FontProfile } from './fonts';

export type HeadingLevel = 1 | 2 | 3;

export interface DocTableCell {
  text: string;
  rowSpan: number;
  colSpan: number;
  role: 'header' | 'label' | 'group' | 'value';
  /** for value cells */
  cellId?: CellId;
  /** a value cell not filled in (kept apart from "0"; only a draft can have one) */
  blank?: boolean;
}

export interface DocTable {
  table: TableId;
  columnCount: number;
  /** repeated at the top of every page the table runs onto */
  headerRows: DocTableCell[][];
  bodyRows: DocTableCell[][];
}

export type Block =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  /**
   * runIn: a heading that starts the paragraph and runs on into its text (（一）主动公开：2025 年，…),
   * printed in its level's heading font; text is what follows it
   */
  | { kind: 'paragraph'; text: string; runIn?: { level: HeadingLevel; text: string } }
  | { kind: 'table'; table: DocTable }
  /** 落款: organ and date, right-aligned under the text */
  | { kind: 'closing'; lines: string[] };

export interface OpenError {
  ruleId: string;
  message: string;
}

export interface DocumentModel {
  /** the whole title, e.g. for a file name or the HTML <title> */
  title: string;
  /** the title as printed, split where a long title breaks */
  titleLines: string[];
  /** not a final document: marked 草稿 on every page */
  draft: boolean;
  /** the error findings still open; a draft ends with a page listing them */
  openErrors: OpenError[];
  fontProfile: FontProfile;
  blocks: Block[];
}

/** Wording the document adds around the report (not official labels: those come from shared/format). */
export const DRAFT_MARK = '草稿';
export const OPEN_ERRORS_HEADING = '未解决的错误';
export function openErrorsIntro(count: number): string {
  return `本稿尚有${count}项错误未解决，改正后方可正式导出：`;
}
export const BLANK_PLACEHOLDER = '____';
