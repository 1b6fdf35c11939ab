/** Where a long report title breaks over lines. */

/**
 * 版心 156 mm (GB/T 9704-2012 §5.2.2) over one 2号 character (22 pt = 7.76 mm): 20 characters a line.
 */
export const TITLE_LINE_CHARS = 20;

function balancedChunks(text: string, max: number): string[] {
  const chars = [...text];
  const lines = Math.ceil(chars.length / max);
  const size = Math.ceil(chars.length / lines);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}

/**
 * The title over as few lines as fit, breaking after the organ name (before the year) when that gives
 * lines that fit: 孟州市人民政府办公室 / 2025年政府信息公开工作年度报告.
 */
export function splitTitle(title: string, max = TITLE_LINE_CHARS): string[] {
  const t = title.trim();
  if ([...t].length <= max) return [t];
  const m = /^(.+?)(\s*\d{4}\s*年.*)$/.exec(t);
  if (m) {
    const organ = m[1]!.trim();
    const rest = m[2]!.trim();
    if ([...rest].length <= max) {
      return [...([...organ].length <= max ? [organ] : balancedChunks(organ, max)), rest];
    }
  }
  return balancedChunks(t, max);
}
