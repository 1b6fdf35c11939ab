/**
 * export.file and export.print. The transport decides where a file goes (choosePath: a save dialog in
 * Electron, a folder in the test host), how HTML becomes PDF and whether printing exists at all.
 */
import { createHash } from 'node:crypto';
import { ApiError, type ExportKind, type Handlers } from '../../../shared/api';
import { buildDocument, propertiesTitle, type DocumentModel } from '../../../shared/document';
import { serializeReportFile } from '../../../shared/report-file';
import type { Report } from '../../../shared/report';
import { runRules, type Finding } from '../../../shared/rules';
import type { Store } from '../store/types';
import { renderDocx } from './docx';
import { suggestedFileName } from './file-name';
import { renderPrintHtml, renderWebHtml } from './html-file';
import { writeFileAtomic } from './write-file';
import { withPdfInfo } from './pdf-info';

export interface ExportDeps {
  store: Store;
  /** null: the clerk cancelled */
  choosePath: (kind: ExportKind, suggestedFileName: string) => Promise<string | null>;
  printPdf: (html: string) => Promise<Uint8Array>;
  /** absent in the browser, where the browser's own print is used */
  print?: (html: string) => Promise<void>;
  /** written into .nianbao.json files */
  appVersion?: string;
  now?: () => Date;
}

export const CANCELLED_MESSAGE = '已取消导出。';
/** the renderer answers this by printing the document from a hidden frame (renderer/checks/print.ts) */
export const PRINT_UNSUPPORTED_MESSAGE = '浏览器模式下请使用浏览器的打印功能（Ctrl+P）';

/** how many reasons the one-line refusal names; the checks page lists them all */
const REASONS_IN_MESSAGE = 3;

/** The refusal of a final export, naming the reasons (the error findings) in Chinese. */
export function hasErrorsMessage(errors: readonly Pick<Finding, 'id' | 'message'>[]): string {
  const named = errors
    .slice(0, REASONS_IN_MESSAGE)
    .map((e, i) => `${i + 1}. ${e.message}（${e.id}）`)
    .join('；');
  const more = errors.length > REASONS_IN_MESSAGE ? `；另有${errors.length - REASONS_IN_MESSAGE}项见“检查与导出”` : '';
  return `报告还有${errors.length}项错误，不能正式导出：${named}${more}。请先改正错误，或导出草稿（草稿会标明“草稿”并附未解决的错误清单）。`;
}

export async function exportBytes(
  kind: ExportKind,
  report: Report,
  model: DocumentModel,
  deps: Pick<ExportDeps, 'printPdf' | 'appVersion' | 'now'>,
): Promise<Uint8Array> {
  switch (kind) {
    case 'docx':
      return renderDocx(model);
    case 'pdf':
      // Chromium calls itself the PDF's creator; the file says what made it, as the .docx does.
      return withPdfInfo(await deps.printPdf(renderPrintHtml(model)), { title: propertiesTitle(model) });
    case 'html':
      return renderWebHtml(model);
    case 'json':
      return new TextEncoder().encode(
        serializeReportFile(report, {
          appVersion: deps.appVersion ?? '0.0.0',
          exportedAt: (deps.now?.() ?? new Date()).toISOString(),
        }),
      );
  }
}

export function createExportHandlers(deps: ExportDeps): Pick<Handlers, 'export.file' | 'export.print'> {
  return {
    'export.file': async ({ reportId, kind, final }) => {
      const record = await deps.store.openReport(reportId);
      const findings = runRules(record.report, { prior: record.prior, final });
      const errors = findings.filter((f) => f.severity === 'error');
      if (final && errors.length > 0) throw new ApiError('HAS_ERRORS', hasErrorsMessage(errors));
      const model = buildDocument(record.report, { findings, final });
      const bytes = await exportBytes(kind, record.report, model, deps);
      const path = await deps.choosePath(kind, suggestedFileName(model.title, kind, model.draft));
      if (path === null) throw new ApiError('CANCELLED', CANCELLED_MESSAGE);
      writeFileAtomic(path, bytes);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const logged = await deps.store.logExport({ reportId, revisionId: record.revisionId, kind, final, path, sha256 });
      // a final export does not make the report 定稿: the clerk marks it (reports.setStatus) once it is published
      return { path, sha256, final, bytes: bytes.length, exportId: logged.id };
    },
    'export.print': async ({ reportId }) => {
      if (!deps.print) throw new ApiError('UNSUPPORTED', PRINT_UNSUPPORTED_MESSAGE);
      const record = await deps.store.openReport(reportId);
      // Printed as final when nothing is wrong; otherwise marked 草稿 with the open errors, as a draft export.
      const findings = runRules(record.report, { prior: record.prior, final: true });
      await deps.print(renderPrintHtml(buildDocument(record.report, { findings, final: true })));
      return {};
    },
  };
}
