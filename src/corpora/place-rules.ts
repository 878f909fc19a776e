/**
 * Where a command was asked, and which corpus name corpora.yaml gives that place: a channel rule
 * beats the server (workspace) rule, which beats the default.
 */

/** Where a command, autocomplete or button came from; ids as the platform sends them. */
export interface Place {
  platform: 'discord' | 'slack' | 'console';
  /** Discord server id; absent in a direct message. */
  guildId?: string | null;
  /** Slack workspace id (`T…`). */
  teamId?: string | null;
  /** Slack Enterprise Grid organisation id (`E…`), tried after the workspace. */
  enterpriseId?: string | null;
  /** The channel (a Discord thread's own id for a thread). */
  channelId?: string | null;
  /** A Discord thread's parent channel: the thread follows its channel's rule. */
  parentChannelId?: string | null;
}

/** Corpus names by place id, one table per kind of place. */
export interface PlaceRules {
  discordGuilds: ReadonlyMap<string, string>;
  discordChannels: ReadonlyMap<string, string>;
  slackTeams: ReadonlyMap<string, string>;
  slackChannels: ReadonlyMap<string, string>;
}

export const NO_RULES: PlaceRules = {
  discordGuilds: new Map(),
  discordChannels: new Map(),
  slackTeams: new Map(),
  slackChannels: new Map(),
};

/** The corpus name a rule gives this place, or null when no rule names it. */
export function ruleFor(rules: PlaceRules, place: Place): string | null {
  const pick = (table: ReadonlyMap<string, string>, id: string | null | undefined) =>
    id ? (table.get(id) ?? null) : null;
  if (place.platform === 'discord')
    return (
      pick(rules.discordChannels, place.channelId) ??
      pick(rules.discordChannels, place.parentChannelId) ??
      pick(rules.discordGuilds, place.guildId)
    );
  if (place.platform === 'slack')
    return (
      pick(rules.slackChannels, place.channelId) ??
      pick(rules.slackTeams, place.teamId) ??
      pick(rules.slackTeams, place.enterpriseId)
    );
  return null;
}
