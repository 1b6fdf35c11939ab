/** Which deadline the organ kind sets (条例第四十九条), said where the kind is chosen. */
import { ORGAN_KINDS, publicationDeadline, type OrganKind } from '../shared/format/sections';

export function deadlineHint(kind: OrganKind, year: number | null): string {
  const others = ORGAN_KINDS.filter(
    (k) => publicationDeadline(k, 2000).label !== publicationDeadline(kind, 2000).label,
  );
  const d = publicationDeadline(kind, year ?? 2000);
  const when = year === null ? `次年${d.label}前` : `${d.year}年${d.label}前`;
  const contrast =
    others.length > 0 ? `（${others.join('、')}为次年${publicationDeadline(others[0]!, 2000).label}前）` : '';
  return `机关类型决定公开期限：${kind}的年度报告应于${when}公开${contrast}。`;
}
