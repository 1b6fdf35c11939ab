/** A one-line progress bar on a terminal's stderr; nothing at all when stderr is piped or a file. */
const BAR_WIDTH = 30;
/** Redrawing more often than this costs more than the checks it reports. */
const REDRAW_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, now = () => Date.now()): Progress {
  if (!stream.isTTY) return { update: () => {}, finish: () => {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (done < total && t - last < REDRAW_MS) return;
      last = t;
      const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
      stream.write(`\r核对中 [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
