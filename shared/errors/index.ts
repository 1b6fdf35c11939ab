/**
 * The failures every layer may raise and the contract carries: a code and a Chinese message shown as is.
 * Kept apart from the transport contract (shared/api) so that the pure core (import, rules, report files)
 * can refuse an input without depending on how requests travel.
 */

/** Error codes that cross the boundary; the message is always Chinese and shown to the clerk as is. */
export type ErrorCode =
  | 'INVALID_ARGS'
  /** the caller is not our own page (loopback host: token, Origin, Host; Electron: sender frame) */
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'CANCELLED'
  | 'UNSUPPORTED'
  | 'FILE_LOCKED'
  | 'PARSE_FAILED'
  | 'HAS_ERRORS'
  /** the disk is full, the file read-only or unreadable: nothing was written, retrying later works */
  | 'STORAGE'
  /** one stored report cannot be read back (its revision body is damaged); the others are unaffected */
  | 'DAMAGED'
  | 'INTERNAL';

/** Thrown for an expected failure; the message is Chinese and shown as is. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
