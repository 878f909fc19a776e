/**
 * Each instance says which corpus version it serves, in the shared registry (Redis' `instances`
 * hash with REDIS_URL): at start-up and then every `intervalMs`, so `lastSeen` tells a live
 * instance from one that went away, and the log shows when instances serve different corpora.
 */
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Corpus } from '../core/index.js';
import type { InstanceRegistry } from './types.js';

/** This process: host name and process id. */
export function instanceId(): string {
  return `${hostname()}:${process.pid}`;
}

/** A short hash of what the corpus holds (its quote ids), equal on instances serving the same. */
export function corpusVersion(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const id of corpus.passages.keys()) hash.update(`${id}\n`);
  return hash.digest('hex').slice(0, 12);
}

/** Reports now and every `intervalMs`; returns the function that stops reporting. */
export function reportInstance(options: {
  registry: InstanceRegistry;
  id: string;
  corpusVersion: string;
  logger: Logger;
  intervalMs?: number;
  now?: () => number;
}): () => void {
  const { registry, id, logger } = options;
  const now = options.now ?? Date.now;
  const report = () =>
    registry.report({ id, corpusVersion: options.corpusVersion, lastSeen: now() });
  void report()
    .then(() => registry.list())
    .then((instances) => {
      const versions = new Set(instances.map((i) => i.corpusVersion));
      const fields = { instance: id, corpusVersion: options.corpusVersion, instances };
      if (versions.size > 1) logger.warn(fields, 'instances serve different corpus versions');
      else logger.info(fields, 'instance registered');
    })
    .catch((err: unknown) => logger.warn({ err }, 'could not register the instance'));
  const timer = setInterval(
    () => void report().catch(() => undefined),
    options.intervalMs ?? 30_000,
  );
  timer.unref();
  return () => clearInterval(timer);
}
