/**
 * One incoming interaction → the core → one answer: slash commands, autocomplete, buttons and the
 * "Verify quote" message command. One catch per interaction; users never see exception text.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 */
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import {
  dispatch,
  dispatchAction,
  ErrorCode,
  errorReply,
  findCommand,
  suggest,
  type AnyCommand,
  type CommandContext,
  type RawOptions,
  type Reply,
} from '../../core/index.js';
import {
  ADMIN_PERMISSION,
  PRIVATE_OPTION,
  VERIFY_MESSAGE_COMMAND,
  addsPrivateOption,
} from './command-data.js';
import { cooldownMessage, type CooldownGate } from '../../shared-state/index.js';
import { toChoices } from './autocomplete-choices.js';
import { FirstResponseMissed, firstResponder, firstResponseDeadline } from './first-response.js';
import { DISCORD_LIMITS } from './limits.js';
import { renderNotice } from './render-discord.js';
import { answer, updateInPlace, type RespondDeps } from './respond.js';
import { safeErrorFields } from './safe-error.js';

/** What every interaction of a client shares. */
export interface InteractionDeps extends Omit<RespondDeps, 'first'> {
  commands: readonly AnyCommand[];
  ctx: CommandContext;
  logger: Logger;
  /** Per-user cooldown for commands and buttons (autocomplete is exempt); null when off. */
  cooldown: CooldownGate | null;
}

/** The same, with the way to send this interaction's first response in its window. */
type Deps = InteractionDeps & RespondDeps;

const MESSAGES = {
  failed: 'Sorry, something went wrong while answering. It has been logged; please try again.',
  expiredButton: 'This button has expired. Run the command again to get fresh buttons.',
  staleButton: 'This button no longer works (the bot was updated). Run the command again.',
  noText: 'That message has no text to verify. Use it on a message that quotes someone.',
} as const;

/**
 * Handles one interaction; never throws (the one catch logs and tells the user briefly).
 * `receivedAt` (epoch ms) starts its 3 s window.
 */
export async function handleInteraction(
  interaction: Interaction,
  shared: InteractionDeps,
  receivedAt: number,
): Promise<void> {
  const deps: Deps = {
    ...shared,
    first: firstResponder({
      deadline: firstResponseDeadline(receivedAt),
      logger: shared.logger,
      interactionId: interaction.id,
    }),
  };
  try {
    if (interaction.isAutocomplete()) await answerAutocomplete(interaction, deps);
    else if (await refusedByCooldown(interaction, deps)) return;
    else if (interaction.isChatInputCommand()) await runSlashCommand(interaction, deps);
    else if (interaction.isMessageContextMenuCommand()) await runMessageCommand(interaction, deps);
    else if (interaction.isButton()) await runButton(interaction, deps);
    else
      deps.logger.debug(
        { interactionId: interaction.id, type: interaction.type },
        'interaction type not handled',
      );
  } catch (err) {
    if (err instanceof FirstResponseMissed) {
      // The token is dead: telling the user would only add a request Discord refuses.
      deps.logger.error(
        {
          interactionId: interaction.id,
          reason: err.reason,
          status: err.status,
          waitMs: err.waitMs,
          attempts: err.attempts,
        },
        'no answer within the 3 s window: the user sees "The application did not respond"',
      );
      return;
    }
    deps.logger.error(
      { interactionId: interaction.id, ...safeErrorFields(err) },
      'interaction failed',
    );
    await tellUserItFailed(interaction, deps);
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: Deps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const option = findCommand(deps.commands, interaction.commandName)?.options.find(
    (o) => o.name === focused.name,
  );
  const suggestions = option?.autocomplete
    ? suggest(
        deps.ctx.corpus,
        option.autocomplete,
        String(focused.value),
        DISCORD_LIMITS.autocompleteChoices,
      )
    : [];
  await deps.first(() => interaction.respond(toChoices(suggestions)));
}

async function runSlashCommand(
  interaction: ChatInputCommandInteraction,
  deps: Deps,
): Promise<void> {
  const command = findCommand(deps.commands, interaction.commandName);
  if (!command) {
    await answer(
      interaction,
      Promise.resolve(unknownCommand(interaction.commandName, deps.commands)),
      deps,
      {},
    );
    return;
  }
  if (command.adminOnly && !interaction.memberPermissions?.has(ADMIN_PERMISSION)) {
    const reply = errorReply(
      ErrorCode.Forbidden,
      `/${command.name} is for server managers (Manage Server permission).`,
    );
    await answer(interaction, Promise.resolve(reply), deps, {});
    return;
  }
  const raw: RawOptions = {};
  for (const option of command.options) {
    const given = interaction.options.get(option.name);
    if (given?.value !== undefined) raw[option.name] = given.value;
  }
  const forcePrivate =
    addsPrivateOption(command) && interaction.options.getBoolean(PRIVATE_OPTION) === true;
  const work = dispatch(deps.commands, command.name, raw, deps.ctx);
  await answer(interaction, work, deps, { forcePrivate, owner: interaction.user.id });
}

async function runMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  deps: Deps,
): Promise<void> {
  if (interaction.commandName !== VERIFY_MESSAGE_COMMAND || !findCommand(deps.commands, 'verify')) {
    await answer(
      interaction,
      Promise.resolve(unknownCommand(interaction.commandName, deps.commands)),
      deps,
      {},
    );
    return;
  }
  const text = interaction.targetMessage.content.trim();
  if (text === '') {
    await deps.first(() => interaction.reply(renderNotice(MESSAGES.noText)));
    return;
  }
  // Private: checking someone's message is not announced to the channel.
  const work = dispatch(deps.commands, 'verify', { text }, deps.ctx);
  await answer(interaction, work, deps, { forcePrivate: true, owner: interaction.user.id });
}

async function runButton(interaction: ButtonInteraction, deps: Deps): Promise<void> {
  const decoded = await deps.codec.fromCustomId(interaction.customId);
  if (!decoded.ok) {
    const notice = renderNotice(
      decoded.reason === 'expired' ? MESSAGES.expiredButton : MESSAGES.staleButton,
    );
    await deps.first(() => interaction.reply(notice));
    return;
  }
  const { action, owner } = decoded.payload;
  const user = interaction.user.id;
  const work = dispatchAction(deps.commands, action, deps.ctx);
  const turnsPage = action.kind === 'page';
  if (!turnsPage || (owner !== null && owner !== user)) {
    // Context, or someone else's pages: a private answer for the person who clicked.
    await answer(interaction, work, deps, { forcePrivate: true, owner: user });
    return;
  }
  await updateInPlace(interaction, work, deps, user);
}

/** Counts a command or button of the user; when over the cooldown, says so privately, not running it. */
async function refusedByCooldown(interaction: Interaction, deps: Deps): Promise<boolean> {
  if (!deps.cooldown || !interaction.isRepliable()) return false;
  const refusal = await deps.cooldown.check('discord', interaction.user.id);
  if (!refusal) return false;
  deps.logger.info(
    { interactionId: interaction.id, retryInMs: refusal.retryInMs },
    'command refused: cooldown',
  );
  await deps.first(() => interaction.reply(renderNotice(cooldownMessage(refusal.retryInMs))));
  return true;
}

function unknownCommand(name: string, commands: readonly AnyCommand[]): Reply {
  return errorReply(
    ErrorCode.UnknownCommand,
    `This server still lists "${name}", which this bot no longer has.`,
    `Try ${commands.map((c) => `/${c.name}`).join(', ')}. A server manager can refresh the list with npm run discord:register.`,
  );
}

async function tellUserItFailed(interaction: Interaction, deps: Deps): Promise<void> {
  if (!interaction.isRepliable()) {
    if (interaction.isAutocomplete() && !interaction.responded)
      await deps.first(() => interaction.respond([])).catch(() => undefined);
    return;
  }
  try {
    const notice = renderNotice(MESSAGES.failed);
    // A command's "thinking…" placeholder would stay for everyone: remove it (never the message
    // a button sits on, which deferUpdate also marks as deferred).
    if (interaction.isCommand() && interaction.deferred && !interaction.replied) {
      await interaction.deleteReply().catch(() => undefined);
    }
    if (interaction.deferred || interaction.replied) await interaction.followUp(notice);
    else await deps.first(() => interaction.reply(notice));
  } catch (err) {
    deps.logger.warn(
      { interactionId: interaction.id, ...safeErrorFields(err) },
      'could not tell the user about the failure',
    );
  }
}
