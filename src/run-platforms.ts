/**
 * Runs every configured platform (Discord, Slack) until the process is asked to stop or no
 * platform is left running, and says which exit code that makes. The adapters report into one
 * PlatformStatus, which Slack's /healthz reads. main.ts wires this to the process; tests call it.
 */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { Scheduler, type AnyCommand, type Corpus } from './core/index.js';
import type { RunningPlatform } from './platform.js';
import { PlatformStatus } from './platform-status.js';
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
  commands: readonly AnyCommand[];
  logger: Logger;
  /** The process's scheduler, shared by every platform so that commands take turns across them. */
  scheduler?: Scheduler;
  /** Called once every platform runs; resolves (with the signal's name) when asked to stop. */
  untilStopRequested: () => Promise<string>;
  /** Called once every platform runs (tests read Slack's port and the status from it). */
  onReady?: (platforms: readonly RunningPlatform[], status: PlatformStatus) => void;
  /** A plain sentence for the person at the terminal (stderr by default). */
  tell?: (line: string) => void;
  /** Called for every command refused by the cooldown (metrics count them). */
  onCooldownRefused?: (refusal: CooldownRefusal) => void;
}

/** Starts the configured platforms and runs them; resolves with the process's exit code. */
export async function runPlatforms(options: RunPlatformsOptions): Promise<number> {
  const { config, corpus, commands, logger } = options;
  const tell = options.tell ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const status = new PlatformStatus();
  const scheduler = options.scheduler ?? new Scheduler();
  // An unreachable Redis is a warning (logged by the link), never a reason not to start.
  const shared = config.redisUrl
    ? await redisState(config.redisUrl, logger.child({ component: 'redis' }))
    : memoryState();
  const cooldown = new CooldownGate(
    shared.counters,
    { commands: config.cooldown.commands, windowMs: config.cooldown.seconds * 1000 },
    options.onCooldownRefused ? { onRefused: options.onCooldownRefused } : {},
  );
  const stopReporting = reportInstance({
    registry: shared.instances,
    id: instanceId(),
    corpusVersion: corpusVersion(corpus),
    logger,
  });
  const common = { corpus, commands, status, scheduler, shared, cooldown };
  const platforms: RunningPlatform[] = [];
  const stopEverything = async () => {
    await stopAll(platforms, config.shutdownTimeoutMs);
    stopReporting();
    await shared.close();
  };
  try {
    if (config.discord) {
      const { startDiscord } = await import('./adapters/discord/index.js');
      const deps = { ...common, config: config.discord };
      platforms.push(
        await startDiscord({ ...deps, logger: logger.child({ platform: 'discord' }) }),
      );
    }
    if (config.slack) {
      const { startSlack } = await import('./adapters/slack/index.js');
      const deps = { ...common, config: config.slack };
      platforms.push(await startSlack({ ...deps, logger: logger.child({ platform: 'slack' }) }));
    }
  } catch (err) {
    logger.fatal({ err }, 'a platform failed to start');
    tell(`Could not start: ${err instanceof Error ? err.message : String(err)}`);
    await stopEverything();
    return EXIT_CODES.failed;
  }
  logger.info({ platforms: platforms.map((p) => p.name) }, 'ready');
  options.onReady?.(platforms, status);

  const noneLeft = whenNoneLeft(status);
  const signal = await Promise.race([options.untilStopRequested(), noneLeft.promise]);
  noneLeft.cancel();
  if (signal === null) {
    const down = status.down();
    logger.fatal({ down }, 'no platform left running; exiting');
    tell(
      `Stopped: no platform left running (${down.map((d) => `${d.name}: ${d.reason}`).join(' ')})`,
    );
    await stopEverything();
    return EXIT_CODES.failed;
  }
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

/** Stops every platform; never waits past the deadline. */
async function stopAll(platforms: RunningPlatform[], timeoutMs: number): Promise<void> {
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs).unref());
  await Promise.race([Promise.allSettled(platforms.map((p) => p.stop(timeoutMs))), deadline]);
}
