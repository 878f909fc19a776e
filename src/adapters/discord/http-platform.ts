/**
 * The Discord platform in HTTP mode (DISCORD_MODE=http): no gateway connection; interactions
 * arrive at `POST /discord/interactions` on the process's one HTTP server, which mounts `routes`.
 * Stopping lets the answers in progress finish (their edits go through webhooks) within the budget.
 * @see https://discord.com/developers/docs/interactions/overview#configuring-an-interactions-endpoint-url
 */
import type { Hono } from 'hono';
import type { DiscordConfig } from '../../config.js';
import type { PlatformDeps, RunningPlatform } from '../../platform.js';
import { PlatformStatus } from '../../platform-status.js';
import { discordInteractionRoutes, INTERACTIONS_PATH } from './http-interactions.js';
import { untilDeadline } from './until-deadline.js';

export interface DiscordHttpPlatform extends RunningPlatform {
  /** The sub-app serving `POST /discord/interactions`. */
  routes: Hono;
}

export function startDiscordHttp(
  deps: PlatformDeps<DiscordConfig>,
  options: { deferAfterMs?: number } = {},
): DiscordHttpPlatform {
  const { logger } = deps;
  const status = deps.status ?? new PlatformStatus();
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const routes = discordInteractionRoutes({
    ...deps,
    ...options,
    inFlight,
    stopping: () => stopping,
  });
  status.report('discord', 'running');
  logger.info(
    { path: INTERACTIONS_PATH, applicationId: deps.config.applicationId },
    'discord ready (HTTP interactions)',
  );
  let stopped: Promise<void> | null = null;
  return {
    name: 'discord',
    routes,
    stop(timeoutMs: number): Promise<void> {
      stopped ??= (async () => {
        stopping = true;
        status.report('discord', 'stopping');
        const drained = await untilDeadline(
          Promise.allSettled([...inFlight]).then(() => true),
          Math.max(0, timeoutMs),
          false,
        );
        if (!drained)
          logger.warn({ abandoned: inFlight.size }, 'stopping with replies still in flight');
        logger.info('discord stopped');
      })();
      return stopped;
    },
  };
}
