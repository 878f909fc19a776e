/**
 * The one entry point adapters call: validates raw options against a command's zod schema, runs
 * it, and turns any failure into an error Reply. Adapters never see an exception from here.
 */
import { z } from 'zod';
import { ErrorCode, errorReply, outcomeOf, type Action, type Reply } from '../reply/index.js';
import type { AnyCommand, CommandContext } from './define-command.js';
import { parseOptionText } from './option-text.js';

export type RawOptions = Record<string, unknown>;

/** Finds a command by name (case-insensitive, leading slash allowed). */
export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
  const wanted = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === wanted);
}

/** Runs a command with raw option values (typed values from a platform, or strings from text). */
export async function dispatch(
  commands: readonly AnyCommand[],
  name: string,
  raw: RawOptions,
  ctx: CommandContext,
): Promise<Reply> {
  const label = findCommand(commands, name)?.name ?? 'unknown';
  return observed(ctx, label, () => runCommand(commands, name, raw, ctx));
}

async function runCommand(
  commands: readonly AnyCommand[],
  name: string,
  raw: RawOptions,
  ctx: CommandContext,
): Promise<Reply> {
  const command = findCommand(commands, name);
  if (!command) {
    return errorReply(
      ErrorCode.UnknownCommand,
      `There is no command called "${name}".`,
      `Commands: ${commands.map((c) => `/${ctx.commandPrefix ?? ''}${c.name}`).join(', ')}`,
    );
  }
  const cleaned = dropEmpty(raw);
  const parsed = command.input.safeParse(cleaned);
  if (!parsed.success) {
    return errorReply(
      ErrorCode.InvalidInput,
      describeZodError(parsed.error),
      usageLine(command, ctx.commandPrefix),
    );
  }
  return runSafely(ctx, { command: command.name }, () => command.run(parsed.data, ctx));
}

/** Parses a text line in the option grammar (`/quote gold venezuela from:2019`) and runs it. */
export async function dispatchText(
  commands: readonly AnyCommand[],
  line: string,
  ctx: CommandContext,
): Promise<Reply> {
  const name = /^\/?([A-Za-z][\w-]*)/.exec(line.trim())?.[1];
  const label = (name && findCommand(commands, name)?.name) || 'unknown';
  return observed(ctx, label, () => runText(commands, line, ctx));
}

async function runText(
  commands: readonly AnyCommand[],
  line: string,
  ctx: CommandContext,
): Promise<Reply> {
  const trimmed = line.trim();
  const match = /^\/?([A-Za-z][\w-]*)\s*([\s\S]*)$/.exec(trimmed);
  if (!match) {
    return errorReply(
      ErrorCode.UnknownCommand,
      'Type a command such as /quote venezuela, or /help.',
    );
  }
  const command = findCommand(commands, match[1]!);
  if (!command) return runCommand(commands, match[1]!, {}, ctx);
  const parsed = parseOptionText(match[2] ?? '', command.options);
  if (!parsed.ok)
    return errorReply(
      ErrorCode.InvalidInput,
      parsed.message,
      usageLine(command, ctx.commandPrefix),
    );
  return runCommand(commands, command.name, parsed.values, ctx);
}

/** Runs a button's action (`quote.page`, `source.context`) with the state it carried. */
export async function dispatchAction(
  commands: readonly AnyCommand[],
  action: Action,
  ctx: CommandContext,
): Promise<Reply> {
  const [commandName, handlerName] = action.id.split('.', 2);
  const command = commandName ? findCommand(commands, commandName) : undefined;
  const handler = handlerName ? command?.actions?.[handlerName] : undefined;
  const label = command && handler ? `${command.name}.${handlerName}` : 'unknown';
  return observed(ctx, label, async () => {
    if (!command || !handler) {
      return errorReply(
        ErrorCode.StaleAction,
        'This button no longer works. Run the command again.',
      );
    }
    return runSafely(ctx, { action: action.id }, () => handler(action.state, ctx));
  });
}

/**
 * Runs `answer` and tells `ctx.observe` how it went. The label is a known command or action name
 * or `unknown`, never text a user typed, so metrics built on it stay bounded.
 */
async function observed(
  ctx: CommandContext,
  command: string,
  answer: () => Promise<Reply>,
): Promise<Reply> {
  const started = performance.now();
  const reply = await answer();
  if (ctx.observe) {
    const event = { command, outcome: outcomeOf(reply), ms: performance.now() - started };
    try {
      ctx.observe(event);
    } catch (err) {
      ctx.logger.warn({ err, command }, 'command observer failed');
    }
  }
  return reply;
}

/** One usage line generated from the declaration: `/quote <query> [speaker:…] [from:…]`. */
export function usageLine(command: AnyCommand, prefix = ''): string {
  const parts = [`/${prefix}${command.name}`];
  for (const o of command.options) {
    if (o.positional) parts.push(o.required ? `<${o.name}>` : `[${o.name}]`);
    else parts.push(o.required ? `${o.name}:<${o.type}>` : `[${o.name}:${o.type}]`);
  }
  return `Usage: ${parts.join(' ')}`;
}

/** Runs in its turn (see schedule/scheduler.ts), turning any failure into an error Reply. */
async function runSafely(
  ctx: CommandContext,
  bindings: Record<string, string>,
  run: () => Reply | Promise<Reply>,
): Promise<Reply> {
  try {
    return await ctx.scheduler.run(run);
  } catch (err) {
    ctx.logger.error({ ...bindings, err }, 'command failed');
    return errorReply(
      ErrorCode.Internal,
      'Something went wrong while answering. It has been logged.',
    );
  }
}

function dropEmpty(raw: RawOptions): RawOptions {
  const out: RawOptions = {};
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = v;
  }
  return out;
}

/** The first issue, phrased for a person: "query: must be at most 500 characters". */
function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The input is not valid.';
  const field = issue.path.join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}
