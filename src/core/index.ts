/**
 * The core's public entry: adapters import from here and nowhere else in `src/core`.
 */
export type * from './types.js';
export { Scheduler } from './schedule/index.js';
export * from './reply/index.js';
export { toPlainText } from './reply/index.js';
export { displayReply, withoutBidiControls } from './reply/index.js';
export { roleLabel, speakerLine, speakerNote, citationLine } from './reply/index.js';
export type { Corpus } from './library/index.js';
export { loadCorpus, type LoadCorpusOptions } from './library/index.js';
export { prepareCacheDir, type CacheDirCheck } from './library/index.js';
export { describeFsError, type CorpusFs } from './corpus/index.js';
export { parsePartialDate, labelPartialDate, formatPartialDate } from './corpus/index.js';
export {
  defineCommand,
  type AnyCommand,
  type CommandDef,
  type CommandContext,
  type OptionDef,
  type SuggestionSource,
  type ActionHandler,
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
export { parseOptionText, formatOptionText, type ParsedOptionText } from './commands/index.js';
export { suggest, type Suggestion } from './commands/index.js';
export { timelineOf } from './library/index.js';
