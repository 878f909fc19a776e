/**
 * The gateway close codes after which Discord will not take the session back (discord.js does not
 * reconnect), told as what the operator must fix. Any other close is resumed by discord.js itself.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
import { GatewayCloseCodes } from 'discord.js';

export interface GatewayRefusal {
  code: number;
  /** The setting to fix, when one is at fault. */
  variable: 'DISCORD_TOKEN' | null;
  /** One sentence for the log and stderr: the cause and where to fix it. */
  message: string;
}

const REFUSALS: Readonly<Record<number, Omit<GatewayRefusal, 'code'>>> = {
  [GatewayCloseCodes.AuthenticationFailed]: {
    variable: 'DISCORD_TOKEN',
    message:
      'Discord rejected DISCORD_TOKEN (close 4004: authentication failed) — check the token in the developer portal (Bot → Reset Token) and set DISCORD_TOKEN to it.',
  },
  [GatewayCloseCodes.DisallowedIntents]: {
    variable: 'DISCORD_TOKEN',
    message:
      'Discord refused the gateway intents (close 4014: disallowed intents): the session asked for a privileged intent this application may not use. Verbatim asks only for Guilds; check that DISCORD_TOKEN is this application’s bot token and the Privileged Gateway Intents settings under Developer Portal → Bot.',
  },
  [GatewayCloseCodes.InvalidIntents]: {
    variable: null,
    message:
      'Discord refused the gateway intents (close 4013: invalid intents); Verbatim asks only for Guilds, so this is a bug to report.',
  },
  [GatewayCloseCodes.InvalidShard]: {
    variable: null,
    message: 'Discord closed the gateway for good (close 4010: invalid shard).',
  },
  [GatewayCloseCodes.ShardingRequired]: {
    variable: null,
    message:
      'Discord closed the gateway for good (close 4011: sharding required): the bot is in too many servers for one connection.',
  },
  [GatewayCloseCodes.InvalidAPIVersion]: {
    variable: null,
    message:
      'Discord closed the gateway for good (close 4012: invalid API version): upgrade discord.js.',
  },
};

/** The refusal a close code means, or null when discord.js reconnects after it. */
export function gatewayRefusal(code: number): GatewayRefusal | null {
  const refusal = REFUSALS[code];
  return refusal ? { code, ...refusal } : null;
}
