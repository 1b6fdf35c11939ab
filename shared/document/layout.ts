/**
 * The layout numbers the print view and the .docx share: GB/T 9704-2012《党政机关公文格式》 as SPEC.md applies
 * it to the yearly report. The .docx turns them into twips and half-points (electron/services/export/docx-layout.ts).
 */

/** GB/T 9704-2012 §5.2.1/§5.2.2: A4, 天头 37 mm, 订口 28 mm; 版心 156 × 225 mm leaves 26 mm right and 35 mm bottom. */
export const PAGE_MARGIN_CSS = '37mm 26mm 35mm 28mm';
/** §5.2.3: 22 lines in the 225 mm 版心 → 637.8 pt / 22 = 28.95 pt a line. */
export const LINE_PITCH_PT = 28.95;
/** §7.1 字号: 2号 title 22 pt, 3号 body 16 pt, 4号 page numbers 14 pt; tables 五号 10.5 pt (SPEC: 10.5–12 pt). */
export const TITLE_PT = 22;
export const BODY_PT = 16;
export const PAGE_NUMBER_PT = 14;
export const TABLE_PT = 10.5;
/** §7.5: the page number sits 7 mm below the 版心, one character in from the edge. */
export const PAGE_NUMBER_GAP_MM = 7;
/** §5.2.2 版心 width. */
export const TEXT_BLOCK_WIDTH_MM = 156;
/** Table lines: 16 pt for 10.5 pt text (about 1.5 lines; 14 pt looked cramped when rendered). */
export const TABLE_LINE_PT = 16;
/** The 草稿 mark: dark red, as drafts are commonly marked; not from the standard. */
export const DRAFT_MARK_COLOR = 'C00000';
