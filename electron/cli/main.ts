/**
 * `nianbao` — check, import and export reports from the command line (Chinese output).
 * Runs under tsx and as an esbuild CJS bundle: no top-level await, no import.meta.
 */
import { ApiError, internalMessage } from '../../shared/api';
import { closePdfPrinters } from '../services/export/pdf';
import { storageError } from '../services/store/storage-errors';
import { UsageError } from './args';
import { EXIT_UNREADABLE, runCheck } from './check';
import type { CliIo } from './io';
import { USAGE } from './usage';

type Subcommand = (argv: string[]) => Promise<number>;

/**
 * export and import live in files other engineers write; loading them lazily keeps `check` working
 * on its own and keeps a failure there out of the other commands.
 */
const SUBCOMMAND_MODULES: Record<string, () => Promise<Subcommand>> = {
  export: async () => {
    const { runExport } = await import('./export');
    return (argv) => runExport(argv);
  },
  aggregate: async () => {
    const { runAggregate } = await import('./aggregate/run');
    return (argv) => runAggregate(argv, { io: processIo });
  },
  import: async () => {
    const { runImport } = await import('./import');
    return (argv) => runImport(argv);
  },
};

async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('请指定命令');
    if (command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (command === 'check') {
      if (rest.includes('--help')) {
        io.out(USAGE);
        return 0;
      }
      return await runCheck(rest, io);
    }
    const load = SUBCOMMAND_MODULES[command];
    if (!load) throw new UsageError(`不认识的命令：${command}`);
    let run: Subcommand;
    try {
      run = await load();
    } catch (error) {
      throw new ApiError(
        'UNSUPPORTED',
        `“${command}”命令在此版本中不可用（${error instanceof Error ? error.message : String(error)}）`,
      );
    }
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    // a full disk, a read-only or unreadable file: said as the app says it
    const known = storageError(error);
    if (known) {
      io.err(`${known.message}\n`);
      return EXIT_UNREADABLE;
    }
    io.err(`${internalMessage(error)}\n`);
    return EXIT_UNREADABLE;
  }
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

main(process.argv.slice(2), processIo)
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`出现意外错误：${String(error)}\n`);
      process.exitCode = EXIT_UNREADABLE;
    },
  )
  // the browser kept warm for the command's PDFs would keep the process alive
  .finally(() => closePdfPrinters());
