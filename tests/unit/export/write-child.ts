/** Child process for write-file.test.ts: writes with writeFileAtomic as another user and prints the outcome. */
import { writeFileAtomic } from '../../../electron/services/export/write-file';

try {
  writeFileAtomic(process.argv[2]!, 'new');
  process.stdout.write('written');
} catch (error) {
  process.stdout.write(error instanceof Error ? error.message : String(error));
}
