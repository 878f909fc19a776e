/**
 * Every command, in the order /help lists them. Explicit: no folder scanning, no decorators.
 */
import type { AnyCommand } from './define-command.js';
import { makeHelpCommand } from './help-command.js';
import { quoteCommand } from './quote-command.js';
import { sourceCommand } from './source-command.js';
import { verifyCommand } from './verify-command.js';
import { timelineCommand } from './timeline-command.js';

export const COMMANDS: readonly AnyCommand[] = [
  quoteCommand,
  verifyCommand,
  timelineCommand,
  sourceCommand,
  makeHelpCommand(() => COMMANDS),
];
