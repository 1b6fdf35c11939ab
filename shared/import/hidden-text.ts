/**
 * Text the author hid (Word's 隐藏文字 w:vanish; a page's display:none, visibility:hidden, hidden) is not
 * in the report as printed or read, and a hidden "9" in front of "129" must not turn it into 9129: it is
 * dropped, and the import report says how much was dropped from the report part, so the clerk can look
 * if it mattered (a page's hidden share buttons and menus around the report are not worth a note).
 */
import type { ImportIssue } from './outcome';

interface HiddenPiece {
  chars: number;
  /** the index of the block being built when the piece was met (its line, or its table) */
  block: number;
}

export class HiddenTextTally {
  private readonly pieces: HiddenPiece[] = [];

  /** One hidden run or element met while block `block` was being built; empty ones are not worth a note. */
  add(text: string, block: number): void {
    const chars = text.replace(/\s+/g, '').length;
    if (chars > 0) this.pieces.push({ chars, block });
  }

  /**
   * The note for the import report: the pieces met between the first and the last block of `all` that
   * made it into `kept` (what the cut to the report part kept), or none.
   */
  issues<T extends object>(
    source: 'Word 文档' | '网页',
    how: string,
    all: readonly T[],
    kept: readonly T[],
  ): ImportIssue[] {
    const keptSet = new Set<T>(kept);
    let first = -1;
    let last = -1;
    all.forEach((block, i) => {
      if (!keptSet.has(block)) return;
      if (first < 0) first = i;
      last = i;
    });
    const inReport = this.pieces.filter((p) => p.block >= first && p.block <= last);
    if (inReport.length === 0) return [];
    const chars = inReport.reduce((sum, p) => sum + p.chars, 0);
    const undo =
      source === 'Word 文档' ? '在 Word 或 WPS 中取消隐藏' : '在网页中将其显示（或复制页面上显示的文字粘贴）';
    return [
      {
        severity: 'warning',
        message: `已略去${source}中隐藏的文字 ${inReport.length} 处（共 ${chars} 个字）：它们${how}，打印和阅读时看不到，未导入。如其中有报告内容，请${undo}后重新导入。`,
      },
    ];
  }
}
