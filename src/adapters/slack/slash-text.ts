/**
 * Slack sends a slash command's arguments as one string: this turns it into option values with the
 * core's text grammar (`"abusive relationship" speaker:"Chris Williamson" from:2019`), adds the
 * Slack-only `private:true` option, and builds usage help from a command's declaration.
 * @see https://api.slack.com/interactivity/slash-commands#app_command_handling
 */
import {
  errorReply,
  ErrorCode,
  parseOptionText,
  type AnyCommand,
  type OptionDef,
  type Reply,
} from '../../core/index.js';
import { SLASH_TEXT_MAX } from './limits.js';
import { slackTextToPlain } from './user-text.js';

/**
 * Slack-only option: answer only to the person who asked. Added to commands that take options and
 * do not declare their own `private` (a command without options, like /help, has nothing to hide).
 */
const PRIVATE_OPTION: OptionDef = {
  name: 'private',
  description: 'Answer only to you (private:true)',
  type: 'boolean',
  required: false,
};

export type ParsedSlashText =
  | { ok: true; values: Record<string, string>; askedPrivate: boolean; unknownKeys: string[] }
  | { ok: false; message: string };

/** `/quote`, or `/vb-quote` with the prefix `vb-`. */
export function slashName(command: AnyCommand, prefix: string): string {
  return `/${prefix}${command.name}`;
}

/** Options as Slack sees them: the command's own, plus `private` (see {@link PRIVATE_OPTION}). */
function slackOptions(command: AnyCommand): readonly OptionDef[] {
  if (command.options.length === 0 || command.options.some((o) => o.name === PRIVATE_OPTION.name)) {
    return command.options;
  }
  return [...command.options, PRIVATE_OPTION];
}

/** Parses slash command text as Slack sent it (escaped, with `<…>` tokens). */
export function parseSlashText(command: AnyCommand, slackText: string): ParsedSlashText {
  return parseCommandText(command, slackTextToPlain(slackText));
}

/** Parses command text that is already plain (what the user saw). */
export function parseCommandText(command: AnyCommand, text: string): ParsedSlashText {
  if (text.length > SLASH_TEXT_MAX) {
    return {
      ok: false,
      message: `That is too long (${text.length} characters; the limit is ${SLASH_TEXT_MAX}).`,
    };
  }
  const ownPrivate = command.options.some((o) => o.name === PRIVATE_OPTION.name);
  const parsed = parseOptionText(text, slackOptions(command));
  if (!parsed.ok) return parsed;
  const values = { ...parsed.values };
  let askedPrivate = false;
  if (!ownPrivate && values[PRIVATE_OPTION.name] !== undefined) {
    const flag = parseFlag(values[PRIVATE_OPTION.name]!);
    if (flag === null)
      return { ok: false, message: 'Option private: takes true or false, e.g. private:true' };
    askedPrivate = flag;
    delete values[PRIVATE_OPTION.name];
  }
  return { ok: true, values, askedPrivate, unknownKeys: parsed.unknownKeys };
}

/** The argument part of the usage line: `<query> [speaker:text] [from:date] [private:true]`. */
export function usageHint(command: AnyCommand): string {
  return slackOptions(command)
    .map((o) => {
      if (o.positional) return o.required ? `<${o.name}>` : `[${o.name}]`;
      const shape = `${o.name}:${valueShape(o)}`;
      return o.required ? shape : `[${shape}]`;
    })
    .join(' ');
}

/** An ephemeral help reply for text that did not parse or validate, generated from the declaration. */
export function usageReply(command: AnyCommand, prefix: string, message: string): Reply {
  const name = slashName(command, prefix);
  const hint = usageHint(command);
  const blocks: Reply['blocks'] = [
    { type: 'text', text: message },
    { type: 'context', text: `Usage: ${hint ? `${name} ${hint}` : name}` },
  ];
  const options = slackOptions(command);
  if (options.length > 0) {
    blocks.push({
      type: 'list',
      items: options.map((o) => ({
        title: o.positional ? o.name : `${o.name}:`,
        detail: `${o.description}${o.required ? ' (required)' : ''}`,
      })),
    });
  }
  if (command.examples && command.examples.length > 0) {
    blocks.push({
      type: 'context',
      text: `Examples: ${command.examples.map((e: string) => `${name} ${e}`.trim()).join('   ')}`,
    });
  }
  return { ...errorReply(ErrorCode.InvalidInput, message), title: `${name} usage`, blocks };
}

/** A note for `word:` tokens that are not options of the command (they were kept as text). */
export function unknownKeysNote(
  command: AnyCommand,
  prefix: string,
  keys: readonly string[],
): string | null {
  if (keys.length === 0) return null;
  const list = keys.map((k) => `${k}:`).join(', ');
  return `${list} ${keys.length === 1 ? 'is not an option' : 'are not options'} of ${slashName(command, prefix)}; searched as text.`;
}

function valueShape(o: OptionDef): string {
  if (o.choices && o.choices.length > 0) return o.choices.map((c) => c.value).join('|');
  if (o === PRIVATE_OPTION) return 'true';
  switch (o.type) {
    case 'date':
      return 'YYYY[-MM[-DD]]';
    case 'integer':
      return 'number';
    case 'boolean':
      return 'true|false';
    default:
      return 'text';
  }
}

function parseFlag(value: string): boolean | null {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  return null;
}
