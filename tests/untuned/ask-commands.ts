/**
 * The commands as users get them: each question goes through `dispatch` with the options a
 * platform would send, and the answer is read from the reply's data (what `--json` prints).
 */
import {
  COMMANDS,
  Scheduler,
  dispatch,
  type CommandContext,
  type Corpus,
  type RawOptions,
} from '../../src/core/index.js';
import type { QuoteResult } from '../../src/core/commands/quote-block.js';
import type { eventData } from '../../src/core/commands/timeline-reply.js';
import type { VerifyData } from '../../src/core/commands/verify-reply.js';
import { silentLogger } from '../../src/logger.js';

/** A fixed clock: nothing scored may depend on the day the scorer runs. */
const SCORING_DAY = new Date('2026-01-15T12:00:00Z');

export type EventData = ReturnType<typeof eventData>;

export interface Asker {
  /** `/quote` with these options: the results of its first page, or the error code. */
  quote(options: RawOptions): Promise<{ results: QuoteResult[]; error: string | null }>;
  /** `/timeline` with no filter: every event, oldest first. */
  timeline(): Promise<EventData[]>;
  /** `/verify`: the verdict, or `error:<code>`. */
  verify(options: RawOptions): Promise<string>;
}

export function askerFor(corpus: Corpus): Asker {
  const ctx: CommandContext = {
    corpus,
    logger: silentLogger(),
    scheduler: new Scheduler(),
    now: () => SCORING_DAY,
  };
  return {
    async quote(options) {
      const reply = await dispatch(COMMANDS, 'quote', options, ctx);
      if (reply.type === 'error') return { results: [], error: reply.error.code };
      return { results: (reply.data as { results: QuoteResult[] }).results, error: null };
    },
    async timeline() {
      const reply = await dispatch(COMMANDS, 'timeline', {}, ctx);
      if (reply.type === 'error') return [];
      return (reply.data as { events: EventData[] }).events;
    },
    async verify(options) {
      const reply = await dispatch(COMMANDS, 'verify', options, ctx);
      if (reply.type === 'error') return `error:${reply.error.code}`;
      return (reply.data as VerifyData).verdict;
    },
  };
}
