/**
 * What may be logged about an error. A raw DiscordAPIError carries the interaction token in its
 * `url`, so only `{ code, status, method }` is kept for Discord errors (docs/discord.md).
 * @see https://discord.js.org/docs/packages/rest/main/DiscordAPIError:Class
 */
import { DiscordAPIError, HTTPError } from 'discord.js';

export function safeErrorFields(err: unknown): Record<string, unknown> {
  if (err instanceof DiscordAPIError) {
    return { error: 'DiscordAPIError', code: err.code, status: err.status, method: err.method };
  }
  if (err instanceof HTTPError)
    return { error: 'HTTPError', status: err.status, method: err.method };
  if (err instanceof Error) {
    // Other REST errors (rate limits, timeouts) may carry the URL too: name only.
    if ('url' in err) return { error: err.name };
    return { error: err.name, message: err.message, stack: err.stack };
  }
  return { error: typeof err };
}
