/** A small argument reader: positional arguments and --flags, with Chinese usage errors. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** `valued` lists the options that take a value (--prior <file>). Unknown options are refused. */
export function parseArgs(argv: readonly string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      out.positional.push(a);
      continue;
    }
    const [name, inline] = a.split(/=(.*)/s, 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`选项 ${name} 后面需要一个值`);
      out.options.set(name, value);
    } else if (booleans.includes(name)) {
      out.flags.add(name);
    } else {
      throw new UsageError(`不认识的选项：${a}`);
    }
  }
  return out;
}
