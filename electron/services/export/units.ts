/** Unit conversions for OOXML; the millimetre and point ones are shared with the print CSS (shared/document/layout.ts). */
export { mmToTwips, ptToTwips } from '../../../shared/document';

/** w:sz is in half-points */
export const ptToHalfPoints = (pt: number): number => Math.round(pt * 2);
