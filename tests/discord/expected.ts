/**
 * What the fake should receive for a reply: the core's Reply rendered by the adapter's renderer,
 * wrapped the way discord.js sends an interaction callback or a webhook edit.
 */
import { CustomIdCodec } from '../../src/adapters/discord/custom-id.js';
import {
  forEdit,
  renderDiscord,
  type DiscordMessage,
} from '../../src/adapters/discord/render-discord.js';
import type { Reply } from '../../src/core/index.js';

/** Renders as the handler does: page buttons owned by `owner`, other buttons by nobody. */
export function rendered(reply: Reply, owner: string, forcePrivate = false): DiscordMessage {
  const codec = new CustomIdCodec({ session: 'expected' });
  return renderDiscord(reply, {
    forcePrivate,
    customIdFor: (action) =>
      codec.toCustomId({ action, owner: action.id.endsWith('.page') ? owner : null }),
  });
}

/** The JSON `data` discord.js builds from a message. */
export function messageData(m: DiscordMessage): Record<string, unknown> {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    tts: false,
    enforce_nonce: false,
    embeds: m.embeds,
    components: m.components,
    allowed_mentions: { parse: [], replied_user: false },
    flags: m.flags,
  };
}

/** Body of `POST /interactions/{id}/{token}/callback`: 4 reply, 7 update. */
export function callbackBody(type: 4 | 7, m: DiscordMessage): Record<string, unknown> {
  return { type, data: messageData(type === 7 ? forEdit(m) : m) };
}

/** What the operator is told when Discord refuses the gateway session (log, stderr). */
export const REFUSED_4004 =
  'Discord rejected DISCORD_TOKEN (close 4004: authentication failed) — check the token in the developer portal (Bot → Reset Token) and set DISCORD_TOKEN to it.';
export const REFUSED_4014 =
  'Discord refused the gateway intents (close 4014: disallowed intents): the session asked for a privileged intent this application may not use. Verbatim asks only for Guilds; check that DISCORD_TOKEN is this application’s bot token and the Privileged Gateway Intents settings under Developer Portal → Bot.';
