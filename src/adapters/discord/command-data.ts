/**
 * Registration JSON built from the core's command declarations: typed options with descriptions
 * and limits, choices, autocomplete, admin permissions, and the "Verify quote" message command.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import { findCommand, type AnyCommand, type OptionDef } from '../../core/index.js';
import { clipPlain } from './clip-text.js';
import { DISCORD_LIMITS } from './limits.js';

/** The message context-menu command; registered only when the core has a `verify` command. */
export const VERIFY_MESSAGE_COMMAND = 'Verify quote';

/**
 * The Discord-side `private` option, added to commands that do not declare one themselves.
 * Help is always private, so it gets none.
 */
export const PRIVATE_OPTION = 'private';
const ALWAYS_PRIVATE = new Set(['help']);

/** Permission required for admin-only commands (checked again at run time). */
export const ADMIN_PERMISSION = PermissionFlagsBits.ManageGuild;

/** True when the Discord side adds the `private` option to this command (the core lacks it). */
export function addsPrivateOption(command: AnyCommand): boolean {
  return (
    !ALWAYS_PRIVATE.has(command.name) && !command.options.some((o) => o.name === PRIVATE_OPTION)
  );
}

/** The body of `PUT /applications/{id}/commands`: every command, in declaration order. */
export function buildCommandData(
  commands: readonly AnyCommand[],
): RESTPostAPIApplicationCommandsJSONBody[] {
  const data: RESTPostAPIApplicationCommandsJSONBody[] = commands.map((command) => {
    const options = command.options.map(toOption);
    if (addsPrivateOption(command)) {
      options.push({
        type: ApplicationCommandOptionType.Boolean,
        name: PRIVATE_OPTION,
        description: 'Show the answer only to you (default: everyone in the channel sees it)',
        required: false,
      });
    }
    return {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      description: clipPlain(command.description, DISCORD_LIMITS.commandDescription),
      // Discord rejects an optional option listed before a required one.
      options: [...options.filter((o) => o.required), ...options.filter((o) => !o.required)],
      ...(command.adminOnly
        ? {
            default_member_permissions: String(ADMIN_PERMISSION),
            contexts: [InteractionContextType.Guild],
          }
        : {}),
    };
  });
  if (findCommand(commands, 'verify')) {
    data.push({ type: ApplicationCommandType.Message, name: VERIFY_MESSAGE_COMMAND });
  }
  return data;
}

function toOption(option: OptionDef): APIApplicationCommandBasicOption {
  const common = {
    name: option.name,
    description: clipPlain(option.description, DISCORD_LIMITS.optionDescription),
    required: option.required,
  };
  switch (option.type) {
    case 'boolean':
      return { ...common, type: ApplicationCommandOptionType.Boolean };
    case 'integer': {
      const choices = option.choices?.slice(0, DISCORD_LIMITS.optionChoices).map((c) => ({
        name: clipPlain(c.name, DISCORD_LIMITS.choiceName),
        value: Number(c.value),
      }));
      return {
        ...common,
        type: ApplicationCommandOptionType.Integer,
        ...(option.min !== undefined ? { min_value: option.min } : {}),
        ...(option.max !== undefined ? { max_value: option.max } : {}),
        ...(choices ? { choices } : {}),
      };
    }
    case 'string':
    case 'date': {
      const choices = option.choices?.slice(0, DISCORD_LIMITS.optionChoices).map((c) => ({
        name: clipPlain(c.name, DISCORD_LIMITS.choiceName),
        value: clipPlain(c.value, DISCORD_LIMITS.choiceValue),
      }));
      const max = DISCORD_LIMITS.stringOptionLength;
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        ...(option.minLength !== undefined ? { min_length: Math.min(option.minLength, max) } : {}),
        ...(option.maxLength !== undefined ? { max_length: Math.min(option.maxLength, max) } : {}),
        ...(choices ? { choices } : option.autocomplete ? { autocomplete: true } : {}),
      };
    }
  }
}
