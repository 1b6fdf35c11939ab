/** Unit conversions for OOXML. docx's own convertMillimetersToTwip floors (A4 would be 11905 × 16837): these round. */
const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;

export const mmToTwips = (mm: number): number => Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
/** a twip is 1/20 pt */
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
/** w:sz is in half-points */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
