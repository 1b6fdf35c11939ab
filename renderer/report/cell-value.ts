/** What a typed cell becomes: a canonical number, blank, or the raw text kept with its message. */
import type { NumberKind } from '../../shared/format';
import { normalizeNumber, type Cell } from '../../shared/report';

export function toCellValue(raw: unknown, kind: NumberKind): Cell {
  if (raw === null || raw === undefined) return null;
  const text = String(raw);
  const r = normalizeNumber(text, kind);
  // a value that is not a number is kept as typed (CELL-DOMAIN flags it) so nothing the clerk typed is lost
  return r.ok ? r.value : text.trim();
}

export function cellMessage(value: Cell | undefined, kind: NumberKind): string | null {
  if (value === null || value === undefined) return null;
  const r = normalizeNumber(value, kind);
  return r.ok ? null : r.message;
}
