/**
 * 标记为定稿 and 撤回为草稿. A report becomes 定稿 only when the clerk says so (never as a side effect of
 * an export), and only when the final rules find no error; going back to a draft keeps every revision.
 */
import { ApiError, type Handlers } from '../../shared/api';
import { runRules } from '../../shared/rules';
import type { Store } from './store/types';

export function finalRefusedMessage(count: number): string {
  return `报告还有${count}项错误（含未填写的部分或空白单元格），不能标记为定稿。请在“检查与导出”中逐项改正；改正前可以导出草稿。`;
}

export function createStatusHandlers(store: Store): Pick<Handlers, 'reports.setStatus'> {
  return {
    'reports.setStatus': async ({ reportId, status }) => {
      // awaited: the store is becoming asynchronous (its own process); a plain value awaits the same
      const record = await store.openReport(reportId);
      if (status === 'final') {
        const errors = runRules(record.report, { prior: record.prior, final: true }).filter(
          (f) => f.severity === 'error',
        );
        if (errors.length > 0) throw new ApiError('HAS_ERRORS', finalRefusedMessage(errors.length));
      }
      if (record.status !== status) await store.setStatus(reportId, status);
      return { status };
    },
  };
}
