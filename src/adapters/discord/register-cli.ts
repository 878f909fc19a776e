/**
 * `npm run discord:register`: validates the settings, registers the commands, and prints one clear
 * line. Exit codes: 0 registered, 1 Discord refused or was unreachable, 2 bad or missing settings.
 */
import type { ConfigResult } from '../../config.js';
import type { AnyCommand } from '../../core/index.js';
import { registerCommands } from './register-commands.js';

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function runRegister(
  config: ConfigResult,
  commands: readonly AnyCommand[],
  io: CliOutput,
): Promise<number> {
  if (!config.ok) {
    io.err('Cannot register Discord commands; fix these settings first:');
    for (const e of config.errors) io.err(`  - ${e}`);
    return 2;
  }
  const discord = config.config.discord;
  if (!discord) {
    io.err(
      'Cannot register Discord commands: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).',
    );
    return 2;
  }
  const result = await registerCommands(discord, commands);
  if (!result.ok) {
    io.err(`Registration failed. ${result.message}`);
    return 1;
  }
  const list = result.names.map((n) => (/^[a-z0-9_-]+$/.test(n) ? `/${n}` : `"${n}"`)).join(', ');
  io.out(
    result.scope === 'guild'
      ? `Registered ${result.names.length} commands in server ${discord.guildId}: ${list}. They can be used there now.`
      : `Registered ${result.names.length} commands globally: ${list}. Discord may take a few minutes to show them in every server.`,
  );
  return 0;
}
