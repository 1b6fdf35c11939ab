/**
 * The home list's filter: which organs and reports a query keeps. Over every stored report, not the
 * few cards the windowed list has rendered (the browser's own find cannot see the others).
 */
import type { Organ, ReportSummary } from '../../shared/api';
import { parseYearInput } from '../../shared/report/year';

/** more rows than about two screens: below that a clerk finds a report faster by looking */
export const FILTER_FROM_REPORTS = 40;

export interface OrganWithReports {
  organ: Organ;
  reports: ReportSummary[];
}

/** Each organ with its reports (newest year first, as the list shows them), in the organs' order. */
export function groupByOrgan(organs: readonly Organ[], reports: readonly ReportSummary[]): OrganWithReports[] {
  const of = new Map<number, ReportSummary[]>(organs.map((o) => [o.id, []]));
  for (const report of reports) of.get(report.organId)?.push(report);
  return organs.map((organ) => ({
    organ,
    reports: of.get(organ.id)!.sort((a, b) => b.year - a.year),
  }));
}

/**
 * A year ("2025", "2025年", full-width digits) keeps that year's reports of every organ that has one;
 * other text keeps the organs whose name, kind or region contains it, with all their reports.
 */
export function filterOrgans(groups: readonly OrganWithReports[], query: string): OrganWithReports[] {
  const text = query.trim();
  if (text === '') return [...groups];
  const year = parseYearInput(text);
  if (year !== null) {
    return groups
      .map((g) => ({ organ: g.organ, reports: g.reports.filter((r) => r.year === year) }))
      .filter((g) => g.reports.length > 0);
  }
  return groups.filter(({ organ }) => [organ.name, organ.kind, organ.region].some((field) => field.includes(text)));
}
