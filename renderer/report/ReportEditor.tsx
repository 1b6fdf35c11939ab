/** One open report: the form, the live store, autosave, undo, and the layout around the panes. */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { ExportKind, ReportRecord } from '../../shared/api';
import { editionOf } from '../../shared/format';
import { withDerivedTotals, type Report } from '../../shared/report';
import { ApiFailure, call, messageOf, onMenuCommand } from '../api';
import { UndoStack, type CellChange } from '../grid/undo';
import { downloadExport, exportsShell } from '../checks/export-shell';
import type { ExportOutcome } from '../checks/ExportPanel';
import { useAutosave } from './autosave';
import { EditorContext, type Editor } from './editor-context';
import { ImportOnlyBanner, NotCarriedNotice } from './EditionNotices';
import { LiveStore } from './live-store';
import type { ReportPath } from './paths';
import { Pane } from './Pane';
import { PrintedTotalsNotice } from './PrintedTotals';
import { DeadlineLine, HeaderTitle, SaveStateLine } from './ReportHeader';
import type { PaneKey } from './section-state';
import { SentenceKeeper } from './sentence-keeper';
import { StatusBadge, StatusControl } from './ReportStatus';
import { SideList } from './SideList';
import { printReport } from '../checks/print';

/** Frames to wait for a field to appear before giving up focusing it (about a second). */
const FOCUS_TRIES = 60;

export interface PaneProps {
  readOnly: boolean;
  /** from viewing to editing the same report and pane */
  onEdit: () => void;
  /** opens another report for editing (next year's, started from a read-only 2019 试行 report) */
  onOpenReport: (reportId: number) => void;
  pane: PaneKey;
  onPane: (pane: PaneKey) => void;
  onHome: () => void;
}

export function ReportEditor({
  record,
  recovered,
  readOnly: viewing,
  onEdit,
  onOpenReport,
  pane,
  onPane,
  onHome,
  onReplaced,
}: PaneProps & { record: ReportRecord; recovered: Report | null; onReplaced: (r: ReportRecord) => void }) {
  const start = recovered ?? record.report;
  // a report of an import-only edition (the 2019 试行 format) is read, checked and exported, never edited
  const edition = editionOf(record.report);
  const readOnly = viewing || edition.importOnly;
  // no resolver: the form is never submitted; autosave checks the report before each save and the
  // store checks it again on receipt
  const form = useForm<Report>({ defaultValues: start });
  // the form's context is handed out with the form state of the first render: no reader of the
  // context reads the form state (autosave, the live store and the cells keep what the editor shows),
  // and a new one re-renders every reader, every grid cell. react-hook-form sets its state once more
  // right after the first commit (isReady, in a layout effect), which re-rendered the whole table in
  // the task of that commit, with its refs detached and attached again (docs/PERFORMANCE.md)
  const [contextFormState] = useState(() => form.formState);
  const [store] = useState(() => new LiveStore(start, record.prior, record.status));
  const [undo] = useState(() => new UndoStack());
  const [sentences] = useState(() => new SentenceKeeper(record.id));
  const read = useCallback(() => withDerivedTotals(structuredClone(form.getValues())), [form]);
  const readCopy = useCallback(() => store.latestReport(), [store]);
  const saver = useAutosave(
    record.id,
    record.revisionId,
    record.updatedAt,
    read,
    recovered !== null,
    readOnly,
    readCopy,
  );
  const { changed, flush } = saver;
  const focusAfterRender = useRef<string | null>(null);
  const [status, setStatus] = useState(record.status);
  const [exportOutcome, setExportOutcome] = useState<ExportOutcome | null>(null);

  // Every change of a value, without re-rendering the editor and without the form copying all its
  // values per keystroke (which a subscription to the form's values makes it do): what the clerk
  // types is heard from the input (below, on the form), a value set from code through setField and
  // applyChanges. The live store is told the one field that changed, so it copies that path only.
  const { getValues } = form;
  const fieldChanged = useCallback(
    (path: string) => {
      store.change(path, getValues(path as ReportPath));
      changed();
    },
    [store, getValues, changed],
  );
  const onFieldInput = useCallback(
    (e: FormEvent<HTMLFormElement>) => {
      const target = e.target as HTMLInputElement;
      // the report's own fields carry data-cell or data-field; other controls (an explanation being
      // written, the export choice) are not the report until they are saved into it. A registered
      // field's name is its form path.
      if (target.dataset.cell === undefined && target.dataset.field === undefined) return;
      if (target.name) fieldChanged(target.name);
      else {
        // not a registered field (none is today): the store takes all the form's values
        store.schedule(getValues());
        changed();
      }
    },
    [fieldChanged, store, getValues, changed],
  );
  const setField = useCallback(
    (path: string, value: unknown) => {
      form.setValue(path as ReportPath, value as never, { shouldDirty: true });
      fieldChanged(path);
    },
    [form, fieldChanged],
  );

  // a viewed report's sentences stay as stored: nothing in it changes, and nothing may be written back
  useEffect(
    () =>
      readOnly
        ? undefined
        : store.subscribe(() =>
            sentences.refresh(
              store.get().report,
              (path) => String(form.getValues(path as ReportPath) ?? ''),
              (path, text) => setField(path, text),
            ),
          ),
    [store, sentences, form, readOnly, setField],
  );

  const choosePane = useCallback(
    (next: PaneKey, selector?: string) => {
      focusAfterRender.current = selector ?? `#heading-${next}`;
      void flush();
      onPane(next);
    },
    [flush, onPane],
  );

  useEffect(() => {
    const selector = focusAfterRender.current;
    if (!selector) return;
    focusAfterRender.current = null;
    // a table's lower rows arrive in batches after its first screenful (grid/row-batches.ts): a field
    // that is not there yet is looked for again on the next frames
    let tries = 0;
    const find = () => {
      const el = document.querySelector<HTMLElement>(selector);
      if (!el) {
        if (++tries < FOCUS_TRIES) frame = requestAnimationFrame(find);
        return;
      }
      el.scrollIntoView({ block: 'center' });
      el.focus();
      if (el instanceof HTMLInputElement) el.select();
    };
    let frame = requestAnimationFrame(find);
    return () => cancelAnimationFrame(frame);
  });

  const applyChanges = useCallback(
    (changes: readonly CellChange[]) => {
      for (const c of changes) {
        form.setValue(c.path as ReportPath, c.after as never, { shouldDirty: true });
        store.change(c.path, getValues(c.path as ReportPath));
      }
      if (changes.length > 0) changed();
    },
    [form, store, getValues, changed],
  );

  const runExport = useCallback(
    async (kind: ExportKind, final: boolean) => {
      setExportOutcome(null);
      try {
        await flush();
        const r = await call('export.file', { reportId: record.id, kind, final });
        const saved = `已导出${r.final ? '正式版本' : '草稿'}：${r.path}（${Math.max(1, Math.round(r.bytes / 1024))} KB）`;
        const finalHint = r.final && status === 'draft' ? '报告正式发布后，请点击页首的“标记为定稿”。' : '';
        // in a browser tab the file is also downloaded: the host's export folder is out of the clerk's reach
        let downloaded = '';
        if ((await exportsShell()).download) {
          try {
            downloaded = `已交给浏览器下载（${await downloadExport(record.id, r.exportId)}）。`;
          } catch (error) {
            downloaded = `浏览器下载未成功：${messageOf(error)}；文件已保存在上面的位置。`;
          }
        }
        setExportOutcome({
          tone: 'ok',
          text: saved,
          detail: `${downloaded}${finalHint}`,
          exportId: r.exportId,
        });
      } catch (error) {
        // the clerk closed the save dialog: nothing went wrong
        if (error instanceof ApiFailure && error.code === 'CANCELLED')
          setExportOutcome({ tone: 'ok', text: error.message });
        else setExportOutcome({ tone: 'error', text: `导出失败：${messageOf(error)}` });
      }
    },
    [flush, record.id, status],
  );

  const changeStatus = useCallback(
    (next: ReportRecord['status']) => {
      setStatus(next);
      store.setStatus(next);
      setExportOutcome(null);
    },
    [store],
  );

  const print = useCallback(
    () =>
      printReport({
        reportId: record.id,
        flush,
        current: () => ({ report: store.current().report, prior: record.prior }),
      }).catch((e) => setExportOutcome({ tone: 'error', text: `打印失败：${messageOf(e)}` })),
    [flush, record.id, record.prior, store],
  );

  // Ctrl+S is what clerks press by habit: save now instead of the browser's "save page";
  // Ctrl+P prints the report, not the browser's print of the app around it
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (e.key === 's' || e.key === 'S') {
        e.preventDefault();
        void flush();
      } else if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        void print();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flush, print]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'export-docx' || command === 'export-pdf') {
          const final = !store.current().open.some((f) => f.severity === 'error');
          choosePane('checks');
          void runExport(command === 'export-docx' ? 'docx' : 'pdf', final);
        } else if (command === 'print') {
          void print();
        }
      }),
    [choosePane, runExport, print, store],
  );

  const editor = useMemo<Editor>(
    () => ({
      reportId: record.id,
      readOnly,
      edition,
      store,
      undo,
      sentences,
      prior: record.prior,
      applyChanges,
      setField,
      jump: choosePane,
    }),
    [record.id, readOnly, edition, record.prior, store, undo, sentences, applyChanges, setField, choosePane],
  );

  return (
    <EditorContext.Provider value={editor}>
      <FormProvider {...form} formState={contextFormState}>
        <div className="report-view">
          <header className="report-head">
            <button type="button" className="link back" onClick={() => void flush().then(onHome)}>
              ← 返回首页
            </button>
            <HeaderTitle year={record.year} />
            <StatusBadge status={status} />
            <SaveStateLine
              status={saver.status}
              onReload={() => void call('reports.open', { reportId: record.id }).then(onReplaced)}
            />
            {/* a published report has no deadline left to meet */}
            {status === 'draft' ? <DeadlineLine year={record.year} /> : null}
            {readOnly ? null : (
              <StatusControl reportId={record.id} status={status} flush={flush} onChanged={changeStatus} />
            )}
          </header>
          {edition.importOnly ? (
            <ImportOnlyBanner edition={edition} reportId={record.id} year={record.year} onOpenReport={onOpenReport} />
          ) : readOnly ? (
            <p className="notice info slim read-only-banner" role="status" data-testid="read-only-banner">
              <span>只读查看：不会修改此报告。可以核对、预览和导出；如需修改，请转为编辑。</span>
              <button type="button" className="small primary" onClick={onEdit}>
                转为编辑
              </button>
            </p>
          ) : null}
          {recovered ? <p className="notice info slim">已恢复上次未来得及保存的修改。</p> : null}
          <PrintedTotalsNotice report={record.report} />
          {status === 'draft' ? <NotCarriedNotice report={record.report} prior={record.prior} /> : null}
          {status === 'final' && !readOnly ? (
            <p className="notice info slim">
              此报告为定稿（已发布的报告）。如需修改，修改内容会自动保存，原内容可在“检查与导出”的历史版本中找回。
            </p>
          ) : null}
          <div className="report-body">
            <SideList current={pane} onSelect={(p) => choosePane(p)} />
            <main className="pane-host">
              <form
                onSubmit={(e) => e.preventDefault()}
                onChange={onFieldInput}
                noValidate
                className={readOnly ? 'read-only' : undefined}
              >
                <Pane
                  pane={pane}
                  flush={flush}
                  exportOutcome={exportOutcome}
                  runExport={runExport}
                  onRestored={onReplaced}
                />
              </form>
            </main>
          </div>
        </div>
      </FormProvider>
    </EditorContext.Provider>
  );
}
