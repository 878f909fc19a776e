/**
 * Getting a core Reply to Discord in time: answered directly when the core is quick, deferred
 * first otherwise (Discord drops an interaction with no response within 3 s), as a new message or
 * as an in-place update of the message whose button was clicked.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
import { MessageFlags } from 'discord.js';
import type { Reply } from '../../core/index.js';
import type { CustomIdCodec } from './custom-id.js';
import type { FirstResponse } from './first-response.js';
import type { Responder } from './incoming.js';
import { DEFER_AFTER_MS } from './limits.js';
import { forEdit, renderDiscord, type DiscordMessage } from './render-discord.js';

export interface RespondDeps {
  codec: CustomIdCodec;
  /** Defer when the core has not answered after this long (tests shorten it). */
  deferAfterMs?: number;
  /** Sends this interaction's first response within its 3 s window (first-response.ts). */
  first: FirstResponse;
  /** The web site's address (PUBLIC_URL): quote embeds link to their pages. */
  publicUrl?: string | undefined;
}

export interface AnswerOptions {
  /** Ephemeral whatever the reply's visibility (the `private` option, private answers to clicks). */
  forcePrivate?: boolean;
  /** Who may turn the pages of the answer in place. */
  owner?: string;
}

/**
 * Sends the reply as a new message. When deferred publicly but the reply turns out private (an
 * error), the public placeholder is deleted and the reply sent privately.
 */
export async function answer(
  interaction: Responder,
  work: Promise<Reply>,
  deps: RespondDeps,
  options: AnswerOptions,
): Promise<void> {
  const settled = await settleWithin(work, deps.deferAfterMs ?? DEFER_AFTER_MS);
  if (settled.done) {
    const message = await renderFor(settled.value, deps, options);
    await deps.first(() => interaction.reply(message));
    return;
  }
  const deferredPrivately = options.forcePrivate === true;
  await deps.first(() => interaction.deferReply(deferredPrivately));
  const message = await renderFor(await work, deps, options);
  const wantsPrivate = (message.flags & MessageFlags.Ephemeral) !== 0;
  if (wantsPrivate && !deferredPrivately) {
    await interaction.deleteReply();
    await interaction.followUp(message);
  } else {
    await interaction.editReply(forEdit(message));
  }
}

/**
 * Replaces the clicked message with the reply (a page turn). An error leaves the message alone and
 * is shown privately instead.
 */
export async function updateInPlace(
  interaction: Responder,
  work: Promise<Reply>,
  deps: RespondDeps,
  owner: string,
): Promise<void> {
  const settled = await settleWithin(work, deps.deferAfterMs ?? DEFER_AFTER_MS);
  if (settled.done) {
    const message = await renderFor(settled.value, deps, { owner });
    if (settled.value.type === 'error') await deps.first(() => interaction.reply(message));
    else await deps.first(() => interaction.update(forEdit(message)));
    return;
  }
  await deps.first(() => interaction.deferUpdate());
  const reply = await work;
  if (reply.type === 'error') await interaction.followUp(await renderFor(reply, deps, { owner }));
  else await interaction.editReply(forEdit(await renderFor(reply, deps, { owner })));
}

/** Page buttons carry their owner; other buttons (context) work for anyone. */
async function renderFor(
  reply: Reply,
  deps: RespondDeps,
  options: AnswerOptions,
): Promise<DiscordMessage> {
  const customIdFor = await deps.codec.customIdsFor(reply, options.owner ?? null);
  return renderDiscord(reply, {
    forcePrivate: options.forcePrivate === true,
    publicUrl: deps.publicUrl,
    customIdFor,
  });
}

/** Waits for `work` at most `ms`; the timer never outlives the wait. */
async function settleWithin<T>(
  work: Promise<T>,
  ms: number,
): Promise<{ done: true; value: T } | { done: false }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ done: false }>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  const settled = work.then((value) => ({ done: true as const, value }));
  // A rejection after the timeout is the caller's to handle (it awaits `work`), not an unhandled one.
  settled.catch(() => undefined);
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
