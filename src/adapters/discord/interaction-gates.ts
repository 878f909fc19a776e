/**
 * What happens to an interaction before its command runs: its first response timed for the
 * metrics, the corpus of its place looked up (none: a private word), and the user's cooldown
 * checked (over it: a private word, the command not run).
 */
import type { Logger } from 'pino';
import type { Reply } from '../../core/index.js';
import type { Place } from '../../corpora/index.js';
import type { PlatformMeter } from '../../platform-meter.js';
import { cooldownMessage, type CooldownGate } from '../../shared-state/index.js';
import type { FirstResponse } from './first-response.js';
import type { Incoming, Responder } from './incoming.js';
import { renderNotice } from './render-discord.js';
import { answer, type RespondDeps } from './respond.js';

/** What the gates need of a handler's dependencies. */
type GateDeps = RespondDeps & { logger: Logger; cooldown: CooldownGate | null };

/** The first response, timed from the interaction's arrival once it has been sent. */
export function timed(
  first: FirstResponse,
  interaction: Incoming,
  meter: PlatformMeter,
  receivedAt: number,
): FirstResponse {
  return async <T>(send: () => Promise<T>): Promise<T> => {
    const result = await first(send);
    const ms = Date.now() - receivedAt;
    if (interaction.kind === 'autocomplete') meter.autocompleted('discord', ms);
    else meter.acknowledged('discord', ms);
    return result;
  };
}

/** Where Discord says the interaction came from; a thread follows its parent channel's rule. */
export function placeOf(interaction: Incoming): Place {
  return { platform: 'discord', ...interaction.place };
}

/** A place with no corpus: a private word to whoever asked (no suggestions for autocomplete). */
export async function answerWithoutCorpus(
  interaction: Incoming,
  responder: Responder,
  deps: GateDeps,
  reply: Reply,
): Promise<void> {
  if (interaction.kind === 'autocomplete') await deps.first(() => responder.choices([]));
  else if (interaction.kind !== 'other')
    await answer(responder, Promise.resolve(reply), deps, { forcePrivate: true });
  deps.logger.info(
    { interactionId: interaction.id, ...interaction.place },
    'no corpus for this place',
  );
}

/** Counts a command or button of the user; when over the cooldown, says so privately, not running it. */
export async function refusedByCooldown(
  interaction: Incoming,
  responder: Responder,
  deps: GateDeps,
): Promise<boolean> {
  if (!deps.cooldown || interaction.kind === 'other' || interaction.kind === 'autocomplete')
    return false;
  const refusal = await deps.cooldown.check('discord', interaction.userId);
  if (!refusal) return false;
  deps.logger.info(
    { interactionId: interaction.id, retryInMs: refusal.retryInMs },
    'command refused: cooldown',
  );
  await deps.first(() => responder.reply(renderNotice(cooldownMessage(refusal.retryInMs))));
  return true;
}
