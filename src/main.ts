/**
 * `npm start`: load the configuration and the corpus, then start every configured platform
 * (Discord, Slack), or the console when none is. SIGINT/SIGTERM stop taking work, let in-flight
 * work finish and exit within SHUTDOWN_TIMEOUT_MS whatever the platforms are doing (exit 0). A
 * platform that goes down for good while running is stopped; with none left the exit code is 1.
 */
import { COMMANDS } from './core/index.js';
import type { RunningPlatform } from './platform.js';
import { describeIssues, startUp } from './adapters/console/startup.js';
import { runConsole } from './adapters/console/console-session.js';

async function main(): Promise<number> {
  const started = await startUp({ mode: 'main' });
  if (!started.ok) return started.exitCode;
  const { config, logger, corpus } = started;

  process.on('unhandledRejection', (reason) => {
    // A stray rejection (a library reconnecting during shutdown) must not take the bot down.
    logger.error({ err: reason }, 'unhandled rejection');
  });

  if (!config.discord && !config.slack) {
    const interactive = Boolean(process.stdin.isTTY);
    if (interactive) {
      const quotes = [...corpus.passages.values()].filter((p) => p.kind !== 'heading').length;
      process.stdout.write(
        `Verbatim: ${corpus.documents.size} sources, ${quotes} quotes from ${config.corpusDir}/.\n` +
          `Type /quote venezuela gold, /source, /help; "exit" to leave.\n`,
      );
      if (corpus.issues.length > 0)
        process.stdout.write(`Corpus problems:\n${describeIssues(corpus.issues)}\n`);
    }
    await runConsole({
      commands: COMMANDS,
      ctx: { corpus, logger, now: () => new Date() },
      input: process.stdin,
      output: process.stdout,
      interactive,
    });
    return 0;
  }

  const platforms: RunningPlatform[] = [];
  let finish!: (code: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));
  /** A platform that cannot recover (its adapter already logged why) is stopped; none left: exit 1. */
  const platformDown = (name: string, reason: string): void => {
    const at = platforms.findIndex((p) => p.name === name);
    if (at < 0) return;
    const [down] = platforms.splice(at, 1);
    const left = platforms.map((p) => p.name);
    logger.error({ down: name, left }, left.length ? 'a platform is down' : 'no platform left');
    const afterStop = () => {
      if (platforms.length > 0) return;
      process.stderr.write(`Stopped: ${reason}\n`);
      finish(1);
    };
    void down!.stop(config.shutdownTimeoutMs).then(afterStop, afterStop);
  };
  try {
    if (config.discord) {
      const { startDiscord } = await import('./adapters/discord/index.js');
      platforms.push(
        await startDiscord({
          config: config.discord,
          corpus,
          commands: COMMANDS,
          logger: logger.child({ platform: 'discord' }),
        }),
      );
    }
    if (config.slack) {
      const { startSlack } = await import('./adapters/slack/index.js');
      platforms.push(
        await startSlack(
          {
            config: config.slack,
            corpus,
            commands: COMMANDS,
            logger: logger.child({ platform: 'slack' }),
          },
          { onFatal: (reason) => platformDown('slack', reason) },
        ),
      );
    }
  } catch (err) {
    logger.fatal({ err }, 'a platform failed to start');
    process.stderr.write(`Could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    await stopAll(platforms, config.shutdownTimeoutMs);
    return 1;
  }
  logger.info({ platforms: platforms.map((p) => p.name) }, 'ready');

  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    finish(0);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const code = await finished;
  await stopAll(platforms, config.shutdownTimeoutMs);
  return code;
}

/** Stops every platform; never waits past the deadline. */
async function stopAll(platforms: RunningPlatform[], deadlineMs: number): Promise<void> {
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
  await Promise.race([Promise.allSettled(platforms.map((p) => p.stop(deadlineMs))), deadline]);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(
      `Unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  },
);
