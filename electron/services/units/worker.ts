/** The pool worker of a many-units check: one file per task (bundled to dist/cli/check-worker.cjs). */
import { checkOneFile, type CheckTask, type CheckedFile } from './check-file';

export default function checkInWorker(task: CheckTask): Promise<CheckedFile> {
  return checkOneFile(task);
}
