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
