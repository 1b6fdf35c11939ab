/**
 * Every layout number of the .docx, in twips and half-points, derived from the one page geometry in
 * shared/document/layout.ts (GB/T 9704-2012 as SPEC.md applies it), which the print CSS reads as well.
 */
import {
  BODY_CHAR_SPACING_PT,
  BODY_PT,
  LINE_PITCH_PT,
  PAGE_HEIGHT_MM,
  PAGE_MARGINS_MM,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_PT,
  PAGE_WIDTH_MM,
  TABLE_BORDER_PT,
  TABLE_CELL_PADDING_MM,
  TABLE_LINE_PT,
  TABLE_PT,
  TITLE_PT,
} from '../../../shared/document';
import { mmToTwips, ptToHalfPoints, ptToTwips } from './units';

/** §5.2.1 A4 210 × 297 mm: 11906 × 16838, the exact twip values Word itself uses. */
export const PAGE_WIDTH_TWIPS = mmToTwips(PAGE_WIDTH_MM);
export const PAGE_HEIGHT_TWIPS = mmToTwips(PAGE_HEIGHT_MM);

/** §5.2.2 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm: 2098 / 1984 / 1587 / 1474. */
export const MARGIN_TOP_TWIPS = mmToTwips(PAGE_MARGINS_MM.top);
export const MARGIN_BOTTOM_TWIPS = mmToTwips(PAGE_MARGINS_MM.bottom);
export const MARGIN_LEFT_TWIPS = mmToTwips(PAGE_MARGINS_MM.left);
export const MARGIN_RIGHT_TWIPS = mmToTwips(PAGE_MARGINS_MM.right);

/** §5.2.3 22 lines: 579 twips, whole lines of exact height and the document's line grid. */
export const LINE_PITCH_TWIPS = ptToTwips(LINE_PITCH_PT);

/**
 * §5.2.3 28 characters a line: character spacing −5 twips (−0.25 pt) on body and heading runs; w:spacing is in
 * twips. The document grid is `lines`, not `linesAndChars`: see BODY_CHAR_SPACING_PT.
 */
export const BODY_CHAR_SPACING_TWIPS = ptToTwips(BODY_CHAR_SPACING_PT);

/** §7.1 字号 in half-points: 2号 22 pt title, 3号 16 pt body, 4号 14 pt page numbers, 五号 10.5 pt tables. */
export const TITLE_SIZE = ptToHalfPoints(TITLE_PT); // 44
export const BODY_SIZE = ptToHalfPoints(BODY_PT); // 32
export const PAGE_NUMBER_SIZE = ptToHalfPoints(PAGE_NUMBER_PT); // 28
export const TABLE_SIZE = ptToHalfPoints(TABLE_PT); // 21

/** Body text: first line indented by two characters of 3号 (2 × 16 pt = 640 twips). */
export const FIRST_LINE_INDENT_TWIPS = 2 * ptToTwips(BODY_PT); // 640

/**
 * Table text: exact TABLE_LINE_PT (16 pt) lines, off the document grid. On the grid every table line would take a
 * full 28.95 pt body line and T3 would run to three pages.
 */
export const TABLE_LINE_TWIPS = ptToTwips(TABLE_LINE_PT); // 320
/** 1 mm cell margins left and right leave room for two 五号 characters in T3's and T4's narrow columns (see columns.ts). */
export const TABLE_CELL_MARGIN_TWIPS = mmToTwips(TABLE_CELL_PADDING_MM); // 57
/** §10.1 table rules: thin single lines; w:sz is in eighths of a point, 4 = 0.5 pt. */
export const TABLE_BORDER_EIGHTHS = TABLE_BORDER_PT * 8;

/**
 * §7.5 page numbers: 4号 digits between em dashes, 一字线 7 mm below the 版心, odd pages right and even pages
 * left, each one character (one 4号 character, 14 pt = 280 twips) in from the edge of the 版心.
 */
export const PAGE_NUMBER_INDENT_TWIPS = ptToTwips(PAGE_NUMBER_PT); // 280
export const PAGE_NUMBER_LINE_TWIPS = ptToTwips(PAGE_NUMBER_PT); // 280: an exact line as tall as the digits' em box
/** Word's footer distance is measured from the page's bottom edge to the footer's bottom: 35 mm − 7 mm − one line. */
export const FOOTER_DISTANCE_TWIPS = MARGIN_BOTTOM_TWIPS - mmToTwips(PAGE_NUMBER_GAP_MM) - PAGE_NUMBER_LINE_TWIPS; // 1307
/** The 草稿 mark sits in the top margin; not a standard position, just clear of the 版心 (15 mm from the edge). */
export const HEADER_DISTANCE_TWIPS = mmToTwips(15);

/** §7.3.1 a blank line under the title; §7.3.5 落款 right-aligned, 成文日期 four characters in from the right. */
export const CLOSING_RIGHT_INDENT_TWIPS = 4 * ptToTwips(BODY_PT); // 1280
