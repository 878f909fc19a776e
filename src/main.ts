/**
 * `npm start`: load the configuration and the corpus, serve the web site on PORT, then run every
 * configured platform (Discord, Slack), or the console when none is. SIGINT/SIGTERM stop taking work, let in-flight
 * work finish and exit within SHUTDOWN_TIMEOUT_MS whatever the platforms are doing; the process
 * also exits (code 1) when no platform is left running. Exit codes: EXIT_CODES in run-platforms.ts.
 */
import path from 'node:path';
import { COMMANDS } from './core/index.js';
import { EXIT_CODES, corpusHolding, runPlatforms } from './run-platforms.js';
import { consoleCorpus, takeCorpusFlag } from './corpora/index.js';
import { describeIssues, startUp } from './startup.js';
import { runConsole } from './adapters/console/console-session.js';
import { createMetrics, metricsRoutes } from './adapters/metrics/index.js';
import { PlatformStatus } from './platform-status.js';
import { ListenError, serveSite, siteAddress, type SiteServer } from './adapters/web/index.js';

async function main(): Promise<number> {
  const started = await startUp({ mode: 'main' });
  if (!started.ok) return started.exitCode;
  const { config, logger, corpora, corpus: defaultCorpus, scheduler } = started;
  const metrics = createMetrics();
  for (const placed of corpora.list()) metrics.setCorpus(placed.corpus, placed.id);
  // /metrics and /readyz on the one HTTP server; the platforms report their state to `status`.
  const status = new PlatformStatus();
  const mount = [
    {
      path: '/',
      app: metricsRoutes({
        registry: metrics.registry,
        status,
        platforms: [...(config.discord ? ['discord'] : []), ...(config.slack ? ['slack'] : [])],
        corpusLoaded: () => true,
      }),
    },
  ];

  process.on('unhandledRejection', (reason) => {
    // A stray rejection (a library reconnecting during shutdown) must not take the bot down.
    logger.error({ err: reason }, 'unhandled rejection');
  });

  if (!config.discord && !config.slack) {
    // `npm start -- --corpus kinsella`: the console on one corpus of corpora.yaml.
    const flag = takeCorpusFlag(process.argv.slice(2));
    const chosen = flag.ok ? consoleCorpus(corpora, flag.corpus) : flag;
    if (!chosen.ok) {
      process.stderr.write(`${chosen.message}\n`);
      return EXIT_CODES.configuration;
    }
    const corpus = chosen.placed.corpus;
    const interactive = Boolean(process.stdin.isTTY);
    if (interactive) {
      const quotes = [...corpus.passages.values()].filter((p) => p.kind !== 'heading').length;
      process.stdout.write(
        `Verbatim: ${corpus.documents.size} sources, ${quotes} quotes from ${path.relative(process.cwd(), corpus.dir) || '.'}/.\n` +
          `Type /quote venezuela gold, /source, /help; "exit" to leave.\n`,
      );
      if (corpus.issues.length > 0)
        process.stdout.write(`Corpus problems:\n${describeIssues(corpus.issues)}\n`);
    }
    // The site runs beside the console and closes when the console ends (piped input included).
    let site: SiteServer;
    try {
      site = await serveSite(
        config.web,
        {
          corpus,
          corpusOf: corpusHolding(corpora),
          commands: COMMANDS,
          scheduler,
          logger: logger.child({ platform: 'web' }),
          now: () => new Date(),
        },
        { health: { ready: () => true, platforms: () => ({}) }, mount },
      );
    } catch (err) {
      if (!(err instanceof ListenError)) throw err;
      process.stderr.write(`${err.message}\n`);
      return EXIT_CODES.configuration;
    }
    if (interactive) process.stdout.write(`The web site: ${siteAddress(config.web, site.port)}\n`);
    await runConsole({
      commands: COMMANDS,
      ctx: {
        corpus,
        ...(chosen.placed.title ? { corpusTitle: chosen.placed.title } : {}),
        logger,
        scheduler,
        now: () => new Date(),
        observe: (event) => metrics.meter.commandAnswered('console', event),
      },
      input: process.stdin,
      output: process.stdout,
      interactive,
      publicUrl: config.web.publicUrl ?? undefined,
    });
    await site.close(Date.now() + config.shutdownTimeoutMs);
    return EXIT_CODES.stopped;
  }

  // Platforms run until a signal, or until none is left: the process ending any other way (its
  // event loop running dry) is a failure, so a supervisor restarts it.
  process.exitCode = EXIT_CODES.failed;
  return runPlatforms({
    config,
    corpus: defaultCorpus,
    corpora,
    commands: COMMANDS,
    logger,
    scheduler,
    meter: metrics.meter,
    status,
    mount,
    onCooldownRefused: (refusal) => metrics.countCooldownRefusal(refusal.platform),
    untilStopRequested: () =>
      new Promise<string>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      }),
  });
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
