/**
 * The core's public entry: adapters import from here and nowhere else in `src/core`.
 */
export type * from './types.js';
export { Scheduler } from './schedule/index.js';
export * from './reply/index.js';
export { toPlainText } from './reply/index.js';
export { displayReply, withoutBidiControls } from './reply/index.js';
export { speakerLine, speakerNote } from './reply/index.js';
export type { Corpus } from './library/index.js';
export { loadCorpus } from './library/index.js';
export { prepareCacheDir } from './library/index.js';
export { describeFsError, type CorpusFs } from './corpus/index.js';
export { parsePartialDate, labelPartialDate } from './corpus/index.js';
export {
  defineCommand,
  type AnyCommand,
  type CommandContext,
  type CommandEvent,
  type OptionDef,
} from './commands/index.js';
export { COMMANDS } from './commands/index.js';
export {
  dispatch,
  dispatchText,
  dispatchAction,
  findCommand,
  usageLine,
  type RawOptions,
} from './commands/index.js';
export { parseOptionText, formatOptionText } from './commands/index.js';
export { suggest, type Suggestion } from './commands/index.js';
