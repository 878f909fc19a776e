/**
 * Every command, in the order /help lists them. Explicit: no folder scanning, no decorators.
 */
import type { AnyCommand } from './define-command.js';
import { makeHelpCommand } from './help-command.js';
import { quoteCommand } from './quote-command.js';
import { sourceCommand } from './source-command.js';
import { verify } from '../verify/index.js';
import { timeline } from '../timeline/timeline-command.js';

export const COMMANDS: readonly AnyCommand[] = [
  quoteCommand,
  verify,
  timeline,
  sourceCommand,
  makeHelpCommand(() => COMMANDS),
];
