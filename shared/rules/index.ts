/**
 * The rule engine: every rule of SPEC.md's catalogue, run in catalogue order. Pure and fast — the form
 * runs it on every keystroke.
 */
import { editionOf, type FormatEdition, type RuleId } from '../format';
import type { Report } from '../report';
import { cellDomain, cellRequired } from './domain';
import { carryRule, inForceRule, rectifyRule, repeatRule } from './cross-year';
import { feeRule } from './fee';
import { finalRules } from './final';
import { narrativeRule } from './narrative';
import { readClaims } from './narrative-claims';
import { deadlineRule, rulesPowerRule } from './organ';
import { sectionRequired } from './sections';
import { staleFigureRule, staleYearRule } from './stale';
import { sumRules } from './sums';
import type { Finding, RuleContext } from './types';
import { readCells, readPriorCells } from './values';

export type { Finding, RuleContext } from './types';
export { findingKey } from './finding';
export { isAcknowledged, summarize, findingsBySection, FINDING_GROUPS, type FindingSummary } from './summary';
export { bigramDice } from './similarity';
export { parseProseNumber } from './numerals';
export { suggestValues, type Suggestion } from './suggestions';
export { PLACEHOLDER_PATTERN } from './final';
export { balanceDifferences, difference } from './sums';

/** The rules an edition names, as a set, once per edition. */
const APPLYING = new Map<FormatEdition, ReadonlySet<RuleId>>();
function applying(edition: FormatEdition): ReadonlySet<RuleId> {
  let rules = APPLYING.get(edition);
  if (!rules) {
    rules = new Set(edition.rules);
    APPLYING.set(edition, rules);
  }
  return rules;
}

/** Every rule that applies to the report's edition (editionOf(report)); the prior may be of another edition. */
export function runRules(report: Report, context: RuleContext = {}): Finding[] {
  const edition = editionOf(report);
  const out: Finding[] = [];
  const cells = readCells(report);
  sumRules(edition, cells, out);
  cellDomain(edition, report, cells, out);
  // missing content is a state (未填写) while drafting; it becomes an error when a final is asked for
  if (context.final) {
    cellRequired(edition, cells, out);
    sectionRequired(report, out);
    finalRules(report, out);
  }
  const prior = context.prior ?? null;
  // last year's cells as this year's edition reads them: a cell of another edition that does not mean
  // exactly the same (the 2019 试行 表二, its single （六）) is blank here, never compared
  const priorCells = prior ? readPriorCells(prior, edition) : null;
  if (priorCells) {
    carryRule(cells, priorCells, out);
    inForceRule(cells, priorCells, out);
  }
  rectifyRule(report, prior, out);
  if (prior) repeatRule(report, prior, out);
  feeRule(report, cells, out);
  const claims = readClaims(report);
  narrativeRule(claims, cells, priorCells, out);
  staleYearRule(report, out);
  if (priorCells) staleFigureRule(claims, cells, priorCells, out);
  rulesPowerRule(report, cells, out);
  if (context.today) deadlineRule(report, context.today, out);
  const rules = applying(edition);
  return out.every((f) => rules.has(f.id)) ? out : out.filter((f) => rules.has(f.id));
}
