/** Undo and redo of cell edits across the tables of one report; a paste is one step. */
import type { Cell } from '../../shared/report';

export interface CellChange {
  path: string;
  before: Cell;
  after: Cell;
}

export class UndoStack {
  private past: CellChange[][] = [];
  private future: CellChange[][] = [];

  push(changes: CellChange[]): void {
    const real = changes.filter((c) => c.before !== c.after);
    if (real.length === 0) return;
    this.past.push(real);
    if (this.past.length > 500) this.past.shift();
    this.future = [];
  }

  undo(): CellChange[] | null {
    const step = this.past.pop();
    if (!step) return null;
    this.future.push(step);
    return step.map((c) => ({ path: c.path, before: c.after, after: c.before }));
  }

  redo(): CellChange[] | null {
    const step = this.future.pop();
    if (!step) return null;
    this.past.push(step);
    return step;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
