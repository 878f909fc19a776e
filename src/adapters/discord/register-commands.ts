/**
 * Registers the slash and message commands with Discord in one bulk overwrite: to one server with
 * DISCORD_GUILD_ID (instant, for development), globally otherwise.
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands
 */
import { DiscordAPIError, HTTPError, REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { AnyCommand } from '../../core/index.js';
import { buildCommandData } from './command-data.js';
import { REST_TIMEOUT_MS } from './limits.js';

export type RegisterResult =
  | { ok: true; scope: 'guild' | 'global'; names: string[] }
  /** `message` is for people: it says what to fix and never contains the token. */
  | { ok: false; message: string };

export async function registerCommands(
  config: DiscordConfig,
  commands: readonly AnyCommand[],
): Promise<RegisterResult> {
  const rest = new REST({
    timeout: REST_TIMEOUT_MS,
    retries: 1,
    ...(config.apiUrl ? { api: config.apiUrl } : {}),
  }).setToken(config.token);
  const body = buildCommandData(commands);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  try {
    await rest.put(route, { body });
  } catch (err) {
    return { ok: false, message: explain(err, config) };
  }
  return { ok: true, scope: config.guildId ? 'guild' : 'global', names: body.map((c) => c.name) };
}

function explain(err: unknown, config: DiscordConfig): string {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    if (err.status === 401) {
      return 'Discord rejected DISCORD_TOKEN (401). Copy a fresh token from Developer Portal → Bot → Reset Token.';
    }
    if (err.status === 403 || err.status === 404) {
      return config.guildId
        ? `Discord refused (${err.status}): check DISCORD_APPLICATION_ID, and that the bot was invited to server ${config.guildId} with the applications.commands scope (invite URL in docs/discord.md).`
        : `Discord refused (${err.status}): check that DISCORD_APPLICATION_ID belongs to the same application as DISCORD_TOKEN.`;
    }
    if (err instanceof DiscordAPIError && err.status === 400) {
      return `Discord rejected the command definitions (400): ${err.message}`;
    }
    return `Discord answered ${err.status} to the registration; try again later.`;
  }
  const code =
    (err as { code?: unknown; cause?: { code?: unknown } } | null)?.cause?.code ??
    (err as { code?: unknown } | null)?.code;
  return `Could not reach Discord${config.apiUrl ? ` at DISCORD_API_URL` : ''} (${typeof code === 'string' ? code : err instanceof Error ? err.name : 'unknown error'}). Check the network and try again.`;
}
