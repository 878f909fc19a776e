/**
 * /verify: what other layers may use. The command is registered in core/commands/registry.ts.
 */
export { verify } from './verify-command.js';
export {
  verifyQuote,
  type Verdict,
  type VerifyResult,
  type VerifyOutcome,
} from './verify-quote.js';
export { verifyReply, type VerifyData, type VerifyMatchData } from './verify-reply.js';
export { stripQuoteNoise, type CleanedQuote } from './strip-noise.js';
export type { MeaningFlag } from './meaning-flags.js';
export type { DiffPart } from './word-diff.js';
export { VERIFY_MAX_TEXT } from './thresholds.js';
