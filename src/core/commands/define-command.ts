/**
 * A command is declared once: name, description, typed options with limits, a zod input schema
 * and a handler returning a platform-neutral Reply. Discord registration, Slack usage text, the
 * console parser and /help are all derived from this declaration.
 */
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ErrorCode, Reply } from '../reply/index.js';
import type { Corpus } from '../library/index.js';
import type { Scheduler } from '../schedule/index.js';

/** Where an option's suggestions come from, for platforms with autocomplete. */
export type SuggestionSource = 'quote' | 'speaker' | 'source' | 'quote-id';

export interface OptionDef {
  name: string;
  description: string;
  /** `date` is a partial date string: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  type: 'string' | 'integer' | 'boolean' | 'date';
  required: boolean;
  /** The option a bare text argument fills (`/quote gold venezuela` → query). At most one. */
  positional?: boolean;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  choices?: readonly { name: string; value: string }[];
  autocomplete?: SuggestionSource;
}

export interface CommandContext {
  corpus: Corpus;
  /** What corpora.yaml calls this corpus (`title`), when several are served: /source names it. */
  corpusTitle?: string;
  logger: Logger;
  /**
   * The process's one scheduler: commands take turns on it and long ones pause through it. Every
   * context of a process shares it, whatever platform the command came from.
   */
  scheduler: Scheduler;
  /** Injected clock, for tests. */
  now: () => Date;
  /** How the platform names commands: `vb-` when Slack commands are `/vb-quote`. Shown in help and usage. */
  commandPrefix?: string;
  /**
   * Told once per command or button action that `dispatch` answers, with its outcome and how long
   * it took (waiting for its turn included). Adapters count these in their metrics; the core only
   * reports. Must not throw.
   */
  observe?: (event: CommandEvent) => void;
}

/** One answered command or button action, for `CommandContext.observe`. */
export interface CommandEvent {
  /** The command's name (`quote`), the action's id (`quote.page`), or `unknown`. */
  command: string;
  /** `ok`, or the error reply's code (`outcomeOf`). */
  outcome: ErrorCode | 'ok';
  /** From the call to the reply, in milliseconds. */
  ms: number;
}

/** A button's handler: rebuilds an answer from the state the button carried. */
type ActionHandler = (
  state: Record<string, string | number>,
  ctx: CommandContext,
) => Reply | Promise<Reply>;

export interface CommandDef<Schema extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  options: readonly OptionDef[];
  /** Validates the raw options (strings from a text grammar or typed values from a platform). */
  input: Schema;
  run: (input: z.output<Schema>, ctx: CommandContext) => Reply | Promise<Reply>;
  /** Button handlers keyed by the part after the dot in `Action.id` (`quote.page` → `page`). */
  actions?: Readonly<Record<string, ActionHandler>>;
  /** Restricted to server admins (Discord `default_member_permissions` + a runtime check). */
  adminOnly?: boolean;
  /** Example invocations for /help and usage text, in the text grammar (`venezuela speaker:Williamson`). */
  examples?: readonly string[];
}

/** Identity helper that keeps the schema's literal types for the handler. */
export function defineCommand<Schema extends z.ZodType>(
  def: CommandDef<Schema>,
): CommandDef<Schema> {
  return def;
}

/** The erased form stored in the registry. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDef<any>;
