/**
 * /verify: what other layers may use. The command is registered in core/commands/registry.ts.
 */
export { verify } from './verify-command.js';
export { type Verdict } from './verify-quote.js';
export { type VerifyData } from './verify-reply.js';
export type { MeaningFlag } from './meaning-flags.js';
