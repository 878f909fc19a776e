/**
 * The stable codes an error reply carries (`--json` prints them, logs record them as `outcome`),
 * one const object as Bolt's `ErrorCode`: a typo in a code is a type error, not a new code.
 */
export const ErrorCode = {
  /** The input does not parse or breaks a rule (an empty query, `from` after `to`). */
  InvalidInput: 'invalid-input',
  UnknownCommand: 'unknown-command',
  UnknownSpeaker: 'unknown-speaker',
  UnknownSource: 'unknown-source',
  UnknownQuote: 'unknown-quote',
  /** A button whose command, state or quote no longer exists. */
  StaleAction: 'stale-action',
  /** The place asked in (a server, workspace or channel) has no corpus configured. */
  NoCorpus: 'no-corpus',
  /** The user may not run this command (Discord: Manage Server). */
  Forbidden: 'forbidden',
  /** A bug: the handler threw; the log has the stack. */
  Internal: 'internal',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes that mean the user's input was at fault (the CLI exits 2 for these). */
export const INPUT_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.InvalidInput,
  ErrorCode.UnknownCommand,
  ErrorCode.UnknownSpeaker,
  ErrorCode.UnknownSource,
  ErrorCode.UnknownQuote,
]);
