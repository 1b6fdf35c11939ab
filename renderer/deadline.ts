/** 条例第四十九条 deadlines, as a line the clerk reads: 公开期限：2026年1月31日（还有 65 天）. */
import { publicationDeadline, type OrganKind } from '../shared/format/sections';

const DAY_MS = 24 * 60 * 60 * 1000;

export function deadlineText(kind: OrganKind, year: number, now = new Date()): { text: string; overdue: boolean } {
  const d = publicationDeadline(kind, year);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((Date.UTC(d.year, d.month - 1, d.day) - today) / DAY_MS);
  const when = `截至${d.year}年${d.label}`;
  if (days > 0) return { text: `${year}年度报告公开期限：${when}（还有 ${days} 天）`, overdue: false };
  if (days === 0) return { text: `${year}年度报告公开期限：${when}（就是今天）`, overdue: false };
  return { text: `${year}年度报告公开期限：${when}（已超过 ${-days} 天）`, overdue: true };
}
