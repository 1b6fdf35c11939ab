/** What every part of one open report shares: the live store, the undo stack and how to jump to a field. */
import { createContext, useContext } from 'react';
import type { FormatEdition } from '../../shared/format';
import type { Report } from '../../shared/report';
import type { UndoStack, CellChange } from '../grid/undo';
import type { LiveStore } from './live-store';
import type { SentenceKeeper } from './sentence-keeper';
import type { PaneKey } from './section-state';

export interface Editor {
  reportId: number;
  /**
   * opened with 查看, or a report of an import-only edition (the 2019 试行 format): every field is
   * read-only and nothing is saved
   */
  readOnly: boolean;
  /** the report's edition of the format (editionOf(report)): the tables' rows, columns and layout */
  edition: FormatEdition;
  store: LiveStore;
  undo: UndoStack;
  prior: Report | null;
  sentences: SentenceKeeper;
  /** write cell values into the form (undo, redo, paste) */
  applyChanges(changes: readonly CellChange[]): void;
  /**
   * Write one value into the form from code (an acknowledgement, an inserted sentence): what the
   * clerk types is noticed from the input itself; a value set from code must go through here so the
   * live store and autosave hear of it.
   */
  setField(path: string, value: unknown): void;
  /** show a pane and focus the element matching the selector, if any */
  jump(pane: PaneKey, selector?: string): void;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside a report');
  return editor;
}
