/**
 * What every page of the web site needs: the same things a chat adapter hands the commands
 * (the loaded corpus, the command list, a logger, the process's scheduler, a clock), plus the
 * public address of the site for absolute links.
 */
import type { Logger } from 'pino';
import type { AnyCommand, CommandContext, Corpus, Scheduler } from '../../core/index.js';

export interface SiteDeps {
  /** The loaded corpus the pages read from. */
  corpus: Corpus;
  /**
   * With several corpora (corpora.yaml): the one holding a quote id, so that every chat answer's
   * "Open" link has a page whichever community it was asked in. Absent: `corpus` only.
   */
  corpusOf?: (quoteId: string) => Corpus | undefined;
  /** The core's commands; pages run them through `dispatch` like every platform. */
  commands: readonly AnyCommand[];
  /** Already a child logger for the site (`{ platform: 'web' }`). */
  logger: Logger;
  /** The process's scheduler, shared with the chat platforms so commands take turns. */
  scheduler: Scheduler;
  /** The address users reach the site at (`PUBLIC_URL`, no trailing slash); absent when unset. */
  publicUrl?: string;
  /** Injected clock, for tests. */
  now: () => Date;
}

/** The command context a page runs commands with. */
export function commandContext(deps: SiteDeps): CommandContext {
  return { corpus: deps.corpus, logger: deps.logger, scheduler: deps.scheduler, now: deps.now };
}
