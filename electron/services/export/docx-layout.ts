/**
 * Every layout number of the .docx, with where it comes from. GB/T 9704-2012《党政机关公文格式》 as
 * SPEC.md applies it to the yearly report.
 */
import {
  BODY_PT,
  PAGE_NUMBER_GAP_MM,
  PAGE_NUMBER_PT,
  TABLE_LINE_PT,
  TABLE_PT,
  TITLE_PT,
} from '../../../shared/document';
import { mmToTwips, ptToHalfPoints, ptToTwips } from './units';

/** §5.2.1 A4 210 × 297 mm, written as the exact twip values Word itself uses. */
export const PAGE_WIDTH_TWIPS = 11906;
export const PAGE_HEIGHT_TWIPS = 16838;

/** §5.2.2 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, which leaves 26 mm right and 35 mm bottom. */
export const MARGIN_TOP_TWIPS = mmToTwips(37); // 2098
export const MARGIN_BOTTOM_TWIPS = mmToTwips(35); // 1984
export const MARGIN_LEFT_TWIPS = mmToTwips(28); // 1587
export const MARGIN_RIGHT_TWIPS = mmToTwips(26); // 1474

/** §5.2.3 22 lines of 28 characters. The 225 mm 版心 (12756 twips) over 22 lines is 579.8; 579 keeps all 22 on the page. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH_TWIPS = Math.floor(
  (PAGE_HEIGHT_TWIPS - MARGIN_TOP_TWIPS - MARGIN_BOTTOM_TWIPS) / LINES_PER_PAGE,
); // 579

/**
 * The character grid: Word's w:charSpace is the pitch's difference from the default font size in 1/4096 pt.
 * The text width in twips (11906 − 1587 − 1474 = 8845, 442.25 pt) over 28 characters is 15.795 pt, 0.205 pt less
 * than 16 pt: −0.205 × 4096 = −841.07, rounded down to −842 so that 28 × pitch never exceeds the line (STYLE.md's −849 is the same sum from 156.0 mm instead of the rounded twips).
 * LibreOffice cannot draw this grid (it gives each 16 pt character two 15.8 pt cells, 14 a line); Word and WPS,
 * which clerks use, condense to 28 a line as in the usual 公文 templates.
 */
const TEXT_WIDTH_PT = (PAGE_WIDTH_TWIPS - MARGIN_LEFT_TWIPS - MARGIN_RIGHT_TWIPS) / 20;
export const CHAR_SPACE = Math.floor((TEXT_WIDTH_PT / CHARS_PER_LINE - BODY_PT) * 4096); // −842

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
export const TABLE_CELL_MARGIN_TWIPS = mmToTwips(1); // 57
/** §10.1 table rules: thin single lines; w:sz is in eighths of a point, 4 = 0.5 pt. */
export const TABLE_BORDER_EIGHTHS = 4;

/**
 * §7.5 page numbers: 4号 digits between em dashes, 一字线 7 mm below the 版心, odd pages right and even pages
 * left, each one character (one 4号 character, 14 pt = 280 twips) in from the edge of the 版心.
 */
export const PAGE_NUMBER_INDENT_TWIPS = ptToTwips(PAGE_NUMBER_PT); // 280
export const PAGE_NUMBER_LINE_TWIPS = ptToTwips(PAGE_NUMBER_PT); // 280: an exact line as tall as the digits
/** Word's footer distance is measured from the page's bottom edge to the footer's bottom: 35 mm − 7 mm − one line. */
export const FOOTER_DISTANCE_TWIPS = MARGIN_BOTTOM_TWIPS - mmToTwips(PAGE_NUMBER_GAP_MM) - PAGE_NUMBER_LINE_TWIPS; // 1307
/** The 草稿 mark sits in the top margin; not a standard position, just clear of the 版心 (15 mm from the edge). */
export const HEADER_DISTANCE_TWIPS = mmToTwips(15);

/** §7.3.1 a blank line under the title; §7.3.5 落款 right-aligned, 成文日期 four characters in from the right. */
export const CLOSING_RIGHT_INDENT_TWIPS = 4 * ptToTwips(BODY_PT); // 1280
