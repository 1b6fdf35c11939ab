/**
 * The page geometry of the exported report, defined once: GB/T 9704-2012《党政机关公文格式》 as SPEC.md applies
 * it to the yearly report. The print CSS (html.ts) reads these numbers in mm and pt; the .docx
 * (electron/services/export/docx-layout.ts) turns the same numbers into twips and half-points.
 */

/** Unit conversions both outputs use, so that the .docx and the CSS round the same way. */
export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;
/** a twip is 1/20 pt; docx's own convertMillimetersToTwip floors (A4 would be 11905 × 16837): this rounds */
export const mmToTwips = (mm: number): number => Math.round(mmToPt(mm) * 20);
export const ptToTwips = (pt: number): number => Math.round(pt * 20);

/** §5.2.1 A4. */
export const PAGE_WIDTH_MM = 210;
export const PAGE_HEIGHT_MM = 297;
/** §5.2.2 天头 37 mm, 订口 28 mm; the 版心 is 156 × 225 mm, which leaves 26 mm right and 35 mm bottom. */
export const PAGE_MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 } as const;

/**
 * The 版心 in twips, from the rounded twips of the page and its margins (as Word stores them): 8845 × 12756.
 * The CSS uses the same values so that both outputs break lines at the same width.
 */
export const TEXT_BLOCK_WIDTH_TWIPS =
  mmToTwips(PAGE_WIDTH_MM) - mmToTwips(PAGE_MARGINS_MM.left) - mmToTwips(PAGE_MARGINS_MM.right);
export const TEXT_BLOCK_HEIGHT_TWIPS =
  mmToTwips(PAGE_HEIGHT_MM) - mmToTwips(PAGE_MARGINS_MM.top) - mmToTwips(PAGE_MARGINS_MM.bottom);
export const TEXT_BLOCK_WIDTH_MM = PAGE_WIDTH_MM - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;

/** §7.1 字号: 2号 title 22 pt, 3号 body 16 pt, 4号 page numbers 14 pt; tables 五号 10.5 pt (SPEC: 10.5–12 pt). */
export const TITLE_PT = 22;
export const BODY_PT = 16;
export const PAGE_NUMBER_PT = 14;
export const TABLE_PT = 10.5;

/** §5.2.3: 22 lines of 28 characters in the 版心. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** The 版心 height over 22 lines, floored to a whole twip so that 22 lines always fit: 12756 / 22 → 579 twips, 28.95 pt. */
export const LINE_PITCH_PT = Math.floor(TEXT_BLOCK_HEIGHT_TWIPS / LINES_PER_PAGE) / 20;

/**
 * 28 characters of 3号 need 28 × 16 pt = 448 pt, the 版心 is 442.25 pt wide: each character is set 0.25 pt
 * closer (character spacing, Word's w:spacing and CSS letter-spacing), the largest whole-twip step that
 * fits 28 and not 29. Word, WPS and LibreOffice all honour run character spacing; LibreOffice does not
 * honour a condensed character grid (a 16 pt character in a 15.8 pt cell takes two cells), so the
 * document grid is a line grid only (checked by rendering: tests/unit/export/render.test.ts).
 */
export const BODY_CHAR_SPACING_PT = Math.floor(TEXT_BLOCK_WIDTH_TWIPS / CHARS_PER_LINE - ptToTwips(BODY_PT)) / 20;

/**
 * The space Word, WPS and LibreOffice put between Chinese and a run of Latin letters or figures in 3号 text
 * (autospace, on by default and not switched off by the .docx: LibreOffice ignores w:autoSpaceDE/DN): 3.2 pt,
 * measured in LibreOffice's rendering. The print adds it too, so that lines with figures break alike.
 */
export const LATIN_AUTOSPACE_PT = 3.2;

/** §7.5: the page number's line sits 7 mm below the 版心, one character in from its edge. */
export const PAGE_NUMBER_GAP_MM = 7;

/** Table lines: 16 pt for 10.5 pt text (about 1.5 lines; 14 pt looked cramped when rendered). */
export const TABLE_LINE_PT = 16;
/** GB/T 9704 §10.1 table rules: thin single lines of 0.5 pt. */
export const TABLE_BORDER_PT = 0.5;
/** 1 mm cell padding left and right. */
export const TABLE_CELL_PADDING_MM = 1;

/** The 草稿 mark: dark red, as drafts are commonly marked; not from the standard. */
export const DRAFT_MARK_COLOR = 'C00000';
