/**
 * What the editor says about the report's edition of the format: a report of an import-only edition (the
 * 2019 试行 format) is shown read-only with why and the way forward (next year's report from it); a report
 * started from last year's report of another edition says what of it was not carried over.
 */
import { useState } from 'react';
import { CURRENT_EDITION, editionOf, importOnlyReason, unmappedNotes, type FormatEdition } from '../../shared/format';
import type { Report } from '../../shared/report';
import { call, messageOf } from '../api';

export function ImportOnlyBanner({
  edition,
  reportId,
  year,
  onOpenReport,
}: {
  edition: FormatEdition;
  reportId: number;
  year: number;
  /** opens a report for editing (next year's, once started) */
  onOpenReport: (reportId: number) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const startNextYear = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await call('reports.newFromPrior', { reportId });
      onOpenReport(created.id);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };
  return (
    <div className="notice info edition-banner" role="status" data-testid="edition-banner">
      <p>
        <strong>此报告为{edition.name}，只能查看、核对和导出，不能修改。</strong>
        {importOnlyReason(edition, CURRENT_EDITION)}导出的 Word、PDF
        和网页按该年度的格式排版，可作为当年已发布报告的副本。
      </p>
      <p>
        如需填写下一年度报告，请以此为基础新建：机关信息、正文和“结转下年度继续办理”会按现行格式带入，表二等无法对应的内容会说明。
        <button type="button" className="small primary" disabled={busy} onClick={() => void startNextYear()}>
          以此为基础新建{year + 1}年报告
        </button>
      </p>
      {error ? (
        <p className="notice error slim" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Last year's report is of another edition: what was not carried over and why, until the report is final. */
export function NotCarriedNotice({ report, prior }: { report: Report; prior: Report | null }) {
  if (!prior || prior.format === report.format) return null;
  const notes = unmappedNotes(editionOf(prior), editionOf(report));
  if (notes.length === 0) return null;
  return (
    <div className="notice info slim not-carried" role="status" data-testid="not-carried">
      <p>从上一年度报告新建时，以下内容未带入：</p>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
