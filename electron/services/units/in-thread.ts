/**
 * Checking files one after the other in this thread: the default, and what the app's store process uses
 * (it must not bundle tinypool, whose worker entry lives beside its own module file).
 */
import { checkOneFile, type CheckedFile, type CheckTask } from './check-file';

export type TaskRunner = (tasks: readonly CheckTask[], progress: () => void) => Promise<CheckedFile[]>;

export const checkInThread: TaskRunner = async (tasks, progress) => {
  const results: CheckedFile[] = [];
  for (const task of tasks) {
    results.push(await checkOneFile(task));
    progress();
  }
  return results;
};
