/**
 * The core's public entry: adapters import from here and nowhere else in `src/core`.
 */
export type * from './types.js';
export * from './reply/reply.js';
export { toPlainText } from './reply/plain-text.js';
export { displayReply, withoutBidiControls } from './reply/display-text.js';
export { speakerLine, speakerNote } from './reply/labels.js';
export type { Corpus } from './corpus/corpus.js';
export { loadCorpus } from './corpus/load-corpus.js';
export { prepareCacheDir } from './corpus/cache-dir.js';
export { describeFsError, type CorpusFs } from './corpus/corpus-fs.js';
export { parsePartialDate, labelPartialDate } from './corpus/partial-date.js';
export {
  defineCommand,
  type AnyCommand,
  type CommandContext,
  type OptionDef,
} from './commands/define-command.js';
export { COMMANDS } from './commands/registry.js';
export {
  dispatch,
  dispatchText,
  dispatchAction,
  findCommand,
  usageLine,
  type RawOptions,
} from './commands/dispatch.js';
export { parseOptionText, formatOptionText } from './commands/option-text.js';
export { suggest, type Suggestion } from './commands/suggest.js';
