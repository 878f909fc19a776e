/**
 * The process's Prometheus metrics: one prom-client Registry made here per process (never the
 * library's global default registry) and handed down. Adapters see only the `PlatformMeter` part;
 * start-up sets the corpus gauges; the cooldown code calls `countCooldownRefusal`.
 * @see https://github.com/siimon/prom-client
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Corpus } from '../../core/index.js';
import type { PlatformMeter } from '../../platform-meter.js';

/** Seconds: commands take milliseconds on the seeds, seconds at 100,000 passages under load. */
const COMMAND_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds, finer around Discord's 1.5 s deferral and 3 s deadline. */
const ACK_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, 5];
/** Seconds: autocomplete takes no turn and should answer while the person types. */
const AUTOCOMPLETE_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3];

/** The corpus label when there is one corpus. */
const DEFAULT_CORPUS = 'default';

export interface Metrics {
  /** What `GET /metrics` serves. */
  registry: Registry;
  /** What the platform adapters report into. */
  meter: PlatformMeter;
  /** Sets the passages and documents gauges of a corpus (at start-up and after every reload). */
  setCorpus(corpus: Corpus, name?: string): void;
  /** Counts a reload of a corpus (the gauges are set by `setCorpus`). */
  countReload(name?: string): void;
  /** Counts a command refused because its user is cooling down. */
  countCooldownRefusal(platform: string): void;
}

/** Makes the registry and every series, with Node's default metrics (event-loop lag among them). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const commands = new Counter({
    name: 'verbatim_commands_total',
    help: 'Commands and button actions answered, by platform, command and outcome (ok or an error code).',
    labelNames: ['platform', 'command', 'outcome'] as const,
    registers,
  });
  const commandSeconds = new Histogram({
    name: 'verbatim_command_duration_seconds',
    help: 'Time from a command reaching the core to its reply, waiting for its turn included.',
    labelNames: ['platform', 'command'] as const,
    buckets: COMMAND_BUCKETS,
    registers,
  });
  const ackSeconds = new Histogram({
    name: 'verbatim_acknowledge_duration_seconds',
    help: 'Time to the first response the platform requires (Discord reply or deferral, Slack ack).',
    labelNames: ['platform'] as const,
    buckets: ACK_BUCKETS,
    registers,
  });
  const autocompleteSeconds = new Histogram({
    name: 'verbatim_autocomplete_duration_seconds',
    help: 'Time from an autocomplete request to the choices being sent.',
    labelNames: ['platform'] as const,
    buckets: AUTOCOMPLETE_BUCKETS,
    registers,
  });
  const passages = new Gauge({
    name: 'verbatim_corpus_passages',
    help: 'Passages in the corpus served.',
    labelNames: ['corpus'] as const,
    registers,
  });
  const documents = new Gauge({
    name: 'verbatim_corpus_documents',
    help: 'Documents in the corpus served.',
    labelNames: ['corpus'] as const,
    registers,
  });
  const reloads = new Counter({
    name: 'verbatim_corpus_reloads_total',
    help: 'Times a corpus was loaded again while running.',
    labelNames: ['corpus'] as const,
    registers,
  });
  const apiErrors = new Counter({
    name: 'verbatim_platform_api_errors_total',
    help: 'Calls to a platform API that failed (error status other than 429, or no answer).',
    labelNames: ['platform'] as const,
    registers,
  });
  const rateLimits = new Counter({
    name: 'verbatim_platform_rate_limits_total',
    help: 'Rate limits (HTTP 429) a platform imposed.',
    labelNames: ['platform'] as const,
    registers,
  });
  const cooldownRefusals = new Counter({
    name: 'verbatim_cooldown_refusals_total',
    help: 'Commands refused because the user was cooling down.',
    labelNames: ['platform'] as const,
    registers,
  });

  return {
    registry,
    meter: {
      commandAnswered(platform, event) {
        commands.inc({ platform, command: event.command, outcome: event.outcome });
        commandSeconds.observe({ platform, command: event.command }, event.ms / 1000);
      },
      acknowledged: (platform, ms) => ackSeconds.observe({ platform }, ms / 1000),
      autocompleted: (platform, ms) => autocompleteSeconds.observe({ platform }, ms / 1000),
      apiError: (platform) => apiErrors.inc({ platform }),
      rateLimited: (platform) => rateLimits.inc({ platform }),
    },
    setCorpus(corpus, name = DEFAULT_CORPUS) {
      passages.set({ corpus: name }, corpus.passages.size);
      documents.set({ corpus: name }, corpus.documents.size);
    },
    countReload: (name = DEFAULT_CORPUS) => reloads.inc({ corpus: name }),
    countCooldownRefusal: (platform) => cooldownRefusals.inc({ platform }),
  };
}
