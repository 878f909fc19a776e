/**
 * Every command (/quote, /verify, /timeline, /source, /help), how one is declared, and the one
 * entry point that runs them: the top layer of the core.
 */
export {
  defineCommand,
  type AnyCommand,
  type CommandContext,
  type CommandEvent,
  type OptionDef,
} from './define-command.js';
export { COMMANDS } from './registry.js';
export {
  dispatch,
  dispatchText,
  dispatchAction,
  findCommand,
  usageLine,
  type RawOptions,
} from './dispatch.js';
export { parseOptionText, formatOptionText } from './option-text.js';
export { suggest, type Suggestion } from './suggest.js';
