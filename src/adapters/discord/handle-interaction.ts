/**
 * One incoming interaction → the core → one answer: slash commands, autocomplete, buttons and the
 * "Verify quote" message command. One catch per interaction; users never see exception text.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 */
import type { Logger } from 'pino';
import type { PlatformMeter } from '../../platform-meter.js';
import { contextForPlace, type Corpora, type SharedContext } from '../../corpora/index.js';
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
import { PRIVATE_OPTION, VERIFY_MESSAGE_COMMAND, addsPrivateOption } from './command-data.js';
import type { CooldownGate } from '../../shared-state/index.js';
import { toChoices } from './autocomplete-choices.js';
import { FirstResponseMissed, firstResponder, firstResponseDeadline } from './first-response.js';
import { answerWithoutCorpus, placeOf, refusedByCooldown, timed } from './interaction-gates.js';
import type { Incoming, Responder } from './incoming.js';
import { DISCORD_LIMITS } from './limits.js';
import { renderNotice } from './render-discord.js';
import { answer, updateInPlace, type RespondDeps } from './respond.js';
import { safeErrorFields } from './safe-error.js';

/** What every interaction of a client shares. */
export interface InteractionDeps extends Omit<RespondDeps, 'first'> {
  commands: readonly AnyCommand[];
  /** Each interaction answers from the corpus of its server or channel. */
  corpora: Corpora;
  /** The context of every interaction but its corpus. */
  ctx: SharedContext;
  logger: Logger;
  /** Times each first response (acknowledgement or autocomplete choices) for the metrics. */
  meter?: PlatformMeter;
  /** Per-user cooldown for commands and buttons (autocomplete is exempt); null when off. */
  cooldown: CooldownGate | null;
}

/**
 * The same, with the context of this interaction's place and the way to send its first response
 * in its window.
 */
type Deps = BaseDeps & { ctx: CommandContext };

/** What answering needs before the place's corpus is known. */
type BaseDeps = Omit<InteractionDeps, 'ctx'> & RespondDeps;

type Of<K extends Incoming['kind']> = Extract<Incoming, { kind: K }>;

const MESSAGES = {
  failed: 'Sorry, something went wrong while answering. It has been logged; please try again.',
  expiredButton: 'This button has expired. Run the command again to get fresh buttons.',
  staleButton: 'This button no longer works (the bot was updated). Run the command again.',
  noText: 'That message has no text to verify. Use it on a message that quotes someone.',
} as const;

/**
 * Handles one interaction, from the gateway or over HTTP; never throws (the one catch logs and
 * tells the user briefly). `receivedAt` (epoch ms) starts its 3 s window.
 */
export async function handleInteraction(
  interaction: Incoming,
  responder: Responder,
  shared: InteractionDeps,
  receivedAt: number,
): Promise<void> {
  const first = firstResponder({
    deadline: firstResponseDeadline(receivedAt),
    logger: shared.logger,
    interactionId: interaction.id,
  });
  const base: BaseDeps = {
    ...shared,
    first: shared.meter ? timed(first, interaction, shared.meter, receivedAt) : first,
  };
  try {
    const place = contextForPlace(shared.corpora, shared.ctx, placeOf(interaction));
    if (!place.ok) return await answerWithoutCorpus(interaction, responder, base, place.reply);
    const deps: Deps = { ...base, ctx: place.ctx };
    if (interaction.kind === 'autocomplete') await answerAutocomplete(interaction, responder, deps);
    else if (await refusedByCooldown(interaction, responder, deps)) return;
    else if (interaction.kind === 'slash') await runSlashCommand(interaction, responder, deps);
    else if (interaction.kind === 'message-command')
      await runMessageCommand(interaction, responder, deps);
    else if (interaction.kind === 'button') await runButton(interaction, responder, deps);
    else
      deps.logger.debug(
        { interactionId: interaction.id, type: interaction.type },
        'interaction type not handled',
      );
  } catch (err) {
    if (err instanceof FirstResponseMissed) {
      // The token is dead: telling the user would only add a request Discord refuses.
      base.logger.error(
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
    base.logger.error(
      { interactionId: interaction.id, ...safeErrorFields(err) },
      'interaction failed',
    );
    await tellUserItFailed(interaction, responder, base);
  }
}

async function answerAutocomplete(
  interaction: Of<'autocomplete'>,
  responder: Responder,
  deps: Deps,
): Promise<void> {
  const focused = interaction.focused;
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
  await deps.first(() => responder.choices(toChoices(suggestions)));
}

async function runSlashCommand(
  interaction: Of<'slash'>,
  responder: Responder,
  deps: Deps,
): Promise<void> {
  const command = findCommand(deps.commands, interaction.commandName);
  if (!command) {
    await answer(
      responder,
      Promise.resolve(unknownCommand(interaction.commandName, deps.commands)),
      deps,
      {},
    );
    return;
  }
  if (command.adminOnly && !interaction.isAdmin) {
    const reply = errorReply(
      ErrorCode.Forbidden,
      `/${command.name} is for server managers (Manage Server permission).`,
    );
    await answer(responder, Promise.resolve(reply), deps, {});
    return;
  }
  const raw: RawOptions = {};
  for (const option of command.options) {
    const given = interaction.options[option.name];
    if (given !== undefined) raw[option.name] = given;
  }
  const forcePrivate = addsPrivateOption(command) && interaction.options[PRIVATE_OPTION] === true;
  const work = dispatch(deps.commands, command.name, raw, deps.ctx);
  await answer(responder, work, deps, { forcePrivate, owner: interaction.userId });
}

async function runMessageCommand(
  interaction: Of<'message-command'>,
  responder: Responder,
  deps: Deps,
): Promise<void> {
  if (interaction.commandName !== VERIFY_MESSAGE_COMMAND || !findCommand(deps.commands, 'verify')) {
    await answer(
      responder,
      Promise.resolve(unknownCommand(interaction.commandName, deps.commands)),
      deps,
      {},
    );
    return;
  }
  const text = interaction.targetText.trim();
  if (text === '') {
    await deps.first(() => responder.reply(renderNotice(MESSAGES.noText)));
    return;
  }
  // Private: checking someone's message is not announced to the channel.
  const work = dispatch(deps.commands, 'verify', { text }, deps.ctx);
  await answer(responder, work, deps, { forcePrivate: true, owner: interaction.userId });
}

async function runButton(
  interaction: Of<'button'>,
  responder: Responder,
  deps: Deps,
): Promise<void> {
  const decoded = await deps.codec.fromCustomId(interaction.customId);
  if (!decoded.ok) {
    const notice = renderNotice(
      decoded.reason === 'expired' ? MESSAGES.expiredButton : MESSAGES.staleButton,
    );
    await deps.first(() => responder.reply(notice));
    return;
  }
  const { action, owner } = decoded.payload;
  const user = interaction.userId;
  const work = dispatchAction(deps.commands, action, deps.ctx);
  const turnsPage = action.kind === 'page';
  if (!turnsPage || (owner !== null && owner !== user)) {
    // Context, or someone else's pages: a private answer for the person who clicked.
    await answer(responder, work, deps, { forcePrivate: true, owner: user });
    return;
  }
  await updateInPlace(responder, work, deps, user);
}

function unknownCommand(name: string, commands: readonly AnyCommand[]): Reply {
  return errorReply(
    ErrorCode.UnknownCommand,
    `This server still lists "${name}", which this bot no longer has.`,
    `Try ${commands.map((c) => `/${c.name}`).join(', ')}. A server manager can refresh the list with npm run discord:register.`,
  );
}

async function tellUserItFailed(
  interaction: Incoming,
  responder: Responder,
  deps: BaseDeps,
): Promise<void> {
  if (interaction.kind === 'other') return;
  if (interaction.kind === 'autocomplete') {
    if (!responder.replied) await deps.first(() => responder.choices([])).catch(() => undefined);
    return;
  }
  try {
    const notice = renderNotice(MESSAGES.failed);
    // A command's "thinking…" placeholder would stay for everyone: remove it (never the message
    // a button sits on, which deferUpdate also marks as deferred).
    const isCommand = interaction.kind === 'slash' || interaction.kind === 'message-command';
    if (isCommand && responder.deferred && !responder.replied) {
      await responder.deleteReply().catch(() => undefined);
    }
    if (responder.deferred || responder.replied) await responder.followUp(notice);
    else await deps.first(() => responder.reply(notice));
  } catch (err) {
    deps.logger.warn(
      { interactionId: interaction.id, ...safeErrorFields(err) },
      'could not tell the user about the failure',
    );
  }
}
