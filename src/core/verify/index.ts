/**
 * /verify's decision (is a pasted text in the corpus, and how does it differ) and its evidence.
 */
export type { VerifyCorpus } from './candidate-windows.js';
export type { Evidence } from './evidence.js';
export type { MeaningFlag } from './meaning-flags.js';
export { VERIFY_MAX_TEXT } from './thresholds.js';
export { type Verdict, verifyQuote, type VerifyResult } from './verify-quote.js';
export { type DiffPart, formatDiff } from './word-diff.js';
