/** Where a subcommand writes; the entry point binds it to the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}
