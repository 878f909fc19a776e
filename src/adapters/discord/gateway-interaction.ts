/**
 * A discord.js Interaction (from the gateway) as the handlers see it: its parts read into an
 * `Incoming`, its answers sent through discord.js's own methods (interaction callback, webhooks).
 * @see https://discord.js.org/docs/packages/discord.js/main/BaseInteraction:Class
 */
import { MessageFlags, type Interaction } from 'discord.js';
import { ADMIN_PERMISSION } from './command-data.js';
import type { Incoming, IncomingParts, OptionValue, Responder } from './incoming.js';

/** The interaction's parts and place, read once. */
export function gatewayIncoming(interaction: Interaction): Incoming {
  const channel = interaction.channel;
  return {
    ...partsOf(interaction),
    place: {
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      parentChannelId: channel && 'parentId' in channel ? channel.parentId : null,
    },
  };
}

function partsOf(interaction: Interaction): IncomingParts {
  const id = interaction.id;
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      id,
      commandName: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
    };
  }
  if (interaction.isChatInputCommand()) {
    const options: Record<string, OptionValue> = {};
    for (const option of interaction.options.data) {
      if (option.value !== undefined) options[option.name] = option.value;
    }
    return {
      kind: 'slash',
      id,
      commandName: interaction.commandName,
      options,
      userId: interaction.user.id,
      isAdmin: interaction.memberPermissions?.has(ADMIN_PERMISSION) === true,
    };
  }
  if (interaction.isMessageContextMenuCommand()) {
    return {
      kind: 'message-command',
      id,
      commandName: interaction.commandName,
      targetText: interaction.targetMessage.content,
      userId: interaction.user.id,
    };
  }
  if (interaction.isButton()) {
    return { kind: 'button', id, customId: interaction.customId, userId: interaction.user.id };
  }
  return { kind: 'other', id, type: interaction.type };
}

/** Answers through discord.js; a call the interaction's kind does not allow throws. */
export function gatewayResponder(interaction: Interaction): Responder {
  const repliable = () => {
    if (!interaction.isRepliable())
      throw new Error(`interaction type ${interaction.type} cannot be replied to`);
    return interaction;
  };
  const component = () => {
    if (!interaction.isMessageComponent())
      throw new Error('only a component can update its message');
    return interaction;
  };
  return {
    reply: async (message) => void (await repliable().reply(message)),
    deferReply: async (ephemeral) =>
      void (await repliable().deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})),
    update: async (message) => void (await component().update(message)),
    deferUpdate: async () => void (await component().deferUpdate()),
    choices: async (choices) => {
      if (!interaction.isAutocomplete()) throw new Error('only autocomplete takes choices');
      await interaction.respond(choices);
    },
    editReply: async (message) => void (await repliable().editReply(message)),
    followUp: async (message) => void (await repliable().followUp(message)),
    deleteReply: () => repliable().deleteReply(),
    get deferred() {
      return interaction.isRepliable() && interaction.deferred;
    },
    get replied() {
      return interaction.isAutocomplete()
        ? interaction.responded
        : interaction.isRepliable() && interaction.replied;
    },
  };
}
