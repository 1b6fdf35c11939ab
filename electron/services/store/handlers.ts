/**
 * The store's part of the IPC contract. Arguments arrive validated by dispatch(); the store itself throws
 * ApiError (NOT_FOUND, CONFLICT, INVALID_ARGS) with the Chinese message the clerk sees.
 */
import type { Handlers } from '../../../shared/api';
import type { Store } from './types';

export type StoreHandlers = Pick<
  Handlers,
  | 'organs.list'
  | 'organs.save'
  | 'reports.list'
  | 'reports.create'
  | 'reports.open'
  | 'reports.save'
  | 'reports.newFromPrior'
  | 'reports.history'
  | 'reports.restore'
  | 'reports.import'
  | 'reports.exports'
  | 'backups.list'
  | 'backups.restore'
>;

/** `store` is read on every call, so a shell that reopens the store can pass a getter. */
export function createStoreHandlers(store: Store | (() => Store)): StoreHandlers {
  const s = typeof store === 'function' ? store : () => store;
  return {
    'organs.list': () => s().listOrgans(),
    'organs.save': (args) => s().saveOrgan(args),
    'reports.list': (args) => s().listReports(args.organId === undefined ? {} : { organId: args.organId }),
    'reports.create': (args) => s().createReport(args.organId, args.year),
    'reports.open': (args) => s().openReport(args.reportId),
    'reports.save': (args) => s().saveReport(args.reportId, args.report),
    'reports.newFromPrior': (args) => s().newFromPrior(args.reportId),
    'reports.history': (args) => s().history(args.reportId),
    'reports.restore': (args) => s().restore(args.reportId, args.revisionId),
    'reports.import': (args) => s().importReport(args.report, args.status, args.replace),
    'reports.exports': (args) => s().listExports(args.reportId),
    'backups.list': () => s().listBackups(),
    'backups.restore': async (args) => {
      await s().restoreBackup(args.name);
      return {};
    },
  };
}
