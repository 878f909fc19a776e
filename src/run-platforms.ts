/**
 * Runs every configured platform (Discord, Slack) until the process is asked to stop or no
 * platform is left running, and says which exit code that makes. The adapters report into one
 * PlatformStatus, which the site's /healthz reads; the one HTTP server (the site, Slack's HTTP
 * mode) runs from before the platforms start until after they stop. main.ts wires this to the
 * process; tests call it.
 */
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { Scheduler, type AnyCommand, type Corpus } from './core/index.js';
import type { Corpora } from './corpora/index.js';
import type { RunningPlatform } from './platform.js';
import type { PlatformMeter } from './platform-meter.js';
import { PlatformStatus } from './platform-status.js';
import { ListenError, serveSite, type SiteServer } from './adapters/web/index.js';
import {
  CooldownGate,
  corpusVersion,
  instanceId,
  memoryState,
  redisState,
  reportInstance,
  type CooldownRefusal,
} from './shared-state/index.js';

/** Exit codes of `npm start` (README "Running it"). */
export const EXIT_CODES = {
  /** Stopped on SIGINT/SIGTERM, or the console reached the end of its input. */
  stopped: 0,
  /** A platform could not start, or every platform stopped working (e.g. a token revoked). */
  failed: 1,
  /** A setting is invalid or the corpus folder is missing: fix the configuration first. */
  configuration: 2,
} as const;

export interface RunPlatformsOptions {
  config: Config;
  corpus: Corpus;
  /** Several corpora (corpora.yaml): each place answers from its own; `corpus` everywhere otherwise. */
  corpora?: Corpora;
  commands: readonly AnyCommand[];
  logger: Logger;
  /** The process's scheduler, shared by every platform so that commands take turns across them. */
  scheduler?: Scheduler;
  /** Called once every platform runs; resolves (with the signal's name) when asked to stop. */
  untilStopRequested: () => Promise<string>;
  /** Called once every platform runs (tests read the site's port and the status from it). */
  onReady?: (
    platforms: readonly RunningPlatform[],
    status: PlatformStatus,
    site: { port: number },
  ) => void;
  /** A plain sentence for the person at the terminal (stderr by default). */
  tell?: (line: string) => void;
  /**
   * Where the platforms report their state; made here when absent. Given by a caller that serves
   * `/readyz` before the platforms are up.
   */
  status?: PlatformStatus;
  /** Counts what the metrics show; nothing is counted when absent. */
  meter?: PlatformMeter;
  /** Other HTTP features served on the one server beside the site (`/metrics`, `/readyz`). */
  mount?: readonly { path: string; app: Hono }[];
  /** Called for every command refused by the cooldown (metrics count them). */
  onCooldownRefused?: (refusal: CooldownRefusal) => void;
}

/** Starts the configured platforms and runs them; resolves with the process's exit code. */
export async function runPlatforms(options: RunPlatformsOptions): Promise<number> {
  const { config, corpus, commands, logger } = options;
  const corpora = options.corpora ? { corpora: options.corpora } : {};
  const tell = options.tell ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const status = options.status ?? new PlatformStatus();
  const scheduler = options.scheduler ?? new Scheduler();
  // An unreachable Redis is a warning (logged by the link), never a reason not to start.
  const state = config.redisUrl
    ? await redisState(config.redisUrl, logger.child({ component: 'redis' }))
    : memoryState();
  const cooldown = new CooldownGate(
    state.counters,
    { commands: config.cooldown.commands, windowMs: config.cooldown.seconds * 1000 },
    options.onCooldownRefused ? { onRefused: options.onCooldownRefused } : {},
  );
  const stopReporting = reportInstance({
    registry: state.instances,
    id: instanceId(),
    corpusVersion: corpusVersion(corpus),
    logger,
  });
  const shared = {
    corpus,
    commands,
    status,
    scheduler,
    ...corpora,
    publicUrl: config.web.publicUrl ?? undefined,
    ...(options.meter ? { meter: options.meter } : {}),
    shared: state,
    cooldown,
  };
  const platforms: RunningPlatform[] = [];
  // The site and /healthz answer from the start; "ready" only once every platform runs.
  let phase: 'starting' | 'running' | 'stopping' = 'starting';
  const site = await startSite(options, scheduler, {
    ready: () => phase === 'running' && status.allRunning(),
    platforms: () => status.states(),
  });
  if (!site) {
    stopReporting();
    await state.close();
    return EXIT_CODES.configuration;
  }
  const stopEverything = async () => {
    await stopAll(platforms, site, config.shutdownTimeoutMs);
    stopReporting();
    await state.close();
  };
  try {
    if (config.discord) {
      const { startDiscord, startDiscordHttp, INTERACTIONS_PATH } =
        await import('./adapters/discord/index.js');
      const deps = { ...shared, config: config.discord };
      const discordLogger = logger.child({ platform: 'discord' });
      // HTTP mode opens no gateway connection: Discord POSTs to the routes the server mounts.
      if (config.discord.mode === 'http') {
        const discord = startDiscordHttp({ ...deps, logger: discordLogger });
        site.route(INTERACTIONS_PATH, getRequestListener(discord.routes.fetch));
        platforms.push(discord);
      } else platforms.push(await startDiscord({ ...deps, logger: discordLogger }));
    }
    if (config.slack) {
      const { startSlack } = await import('./adapters/slack/index.js');
      const deps = { ...shared, config: config.slack, http: site };
      platforms.push(await startSlack({ ...deps, logger: logger.child({ platform: 'slack' }) }));
    }
  } catch (err) {
    logger.fatal({ err }, 'a platform failed to start');
    tell(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
    await stopEverything();
    return EXIT_CODES.failed;
  }
  phase = 'running';
  logger.info({ platforms: platforms.map((p) => p.name) }, 'ready');
  options.onReady?.(platforms, status, { port: site.port });

  const noneLeft = whenNoneLeft(status);
  const signal = await Promise.race([options.untilStopRequested(), noneLeft.promise]);
  noneLeft.cancel();
  if (signal === null) {
    const down = status.down();
    logger.fatal({ down }, 'no platform left running; exiting');
    tell(
      `Stopped: no platform left running (${down.map((d) => `${d.name}: ${d.reason}`).join(' ')})`,
    );
    phase = 'stopping';
    await stopEverything();
    return EXIT_CODES.failed;
  }
  phase = 'stopping';
  logger.info({ signal, down: status.down() }, 'shutting down');
  await stopEverything();
  return EXIT_CODES.stopped;
}

/** Resolves with null once every platform is down; `cancel` stops listening. */
function whenNoneLeft(status: PlatformStatus): { promise: Promise<null>; cancel: () => void } {
  let cancel = () => {};
  const promise = new Promise<null>((resolve) => {
    const check = () => {
      if (status.noneLeft()) resolve(null);
    };
    cancel = status.onChange(check);
    check();
  });
  return { promise, cancel };
}

/**
 * Stops every platform, then the site (it answers /healthz "not ready" while they drain); never
 * waits past the deadline.
 */
async function stopAll(
  platforms: RunningPlatform[],
  site: SiteServer,
  timeoutMs: number,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
  await Promise.race([Promise.allSettled(platforms.map((p) => p.stop(timeoutMs))), deadline]);
  await site.close(end);
}

/** The site's lookup of the corpus holding a quote id. */
export function corpusHolding(corpora: Corpora): (quoteId: string) => Corpus | undefined {
  return (id) => corpora.holding(id)?.corpus;
}

/** Starts the web site on PORT; null (after telling why) when it cannot listen. */
async function startSite(
  options: RunPlatformsOptions,
  scheduler: Scheduler,
  health: { ready: () => boolean; platforms: () => Record<string, string> },
): Promise<SiteServer | null> {
  const { config, corpus, commands, logger } = options;
  const tell = options.tell ?? ((line: string) => void process.stderr.write(`${line}\n`));
  try {
    return await serveSite(
      config.web,
      {
        corpus,
        ...(options.corpora ? { corpusOf: corpusHolding(options.corpora) } : {}),
        commands,
        scheduler,
        logger: logger.child({ platform: 'web' }),
        now: () => new Date(),
      },
      { health, ...(options.mount ? { mount: options.mount } : {}) },
    );
  } catch (err) {
    if (!(err instanceof ListenError)) throw err;
    logger.fatal({ reason: err.message }, 'the web site could not start');
    tell(err.message);
    return null;
  }
}
