/**
 * The one-shot CLI: `npm run --silent cli -- <command> [text] [--option value] [--json]`. With
 * --json, stdout holds exactly one JSON object (the reply's data). Exit codes: 0 answered,
 * 2 bad input or configuration, 1 anything else.
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  COMMANDS,
  dispatch,
  findCommand,
  INPUT_ERROR_CODES,
  ErrorCode,
  errorReply,
  usageLine,
  type AnyCommand,
  type Reply,
} from '../../core/index.js';
import { consoleCorpus, takeCorpusFlag } from '../../corpora/index.js';
import { describeIssues, startUp } from '../../startup.js';
import { withQuoteUrls } from '../../quote-url.js';
import { renderConsole } from './render-console.js';

export async function runCli(
  allArgs: string[],
  commands: readonly AnyCommand[] = COMMANDS,
): Promise<number> {
  const json = allArgs.includes('--json');
  // Known once the configuration is read: errors before that have no quotes to link.
  let publicUrl: string | undefined;
  const emit = (reply: Reply): number => {
    if (json) process.stdout.write(`${JSON.stringify(withQuoteUrls(reply.data, publicUrl))}\n`);
    else process.stdout.write(`${renderConsole(reply, { color: false, publicUrl })}\n`);
    if (reply.type === 'error') return INPUT_ERROR_CODES.has(reply.error.code) ? 2 : 1;
    return 0;
  };

  if (allArgs.includes('--help') || allArgs.includes('-h')) {
    process.stdout.write(`${cliHelp(commands)}\n`);
    return 0;
  }
  const corpusFlag = takeCorpusFlag(allArgs);
  if (!corpusFlag.ok) return emit(errorReply(ErrorCode.InvalidInput, corpusFlag.message));
  const argv = corpusFlag.rest;
  const [name, ...rest] = argv.filter((a) => a !== '--json');
  const command = name ? findCommand(commands, name) : undefined;
  if (!command) {
    const known = commands.map((c) => c.name).join(', ');
    return emit(
      errorReply(
        ErrorCode.UnknownCommand,
        name ? `Unknown command "${name}".` : 'Name a command.',
        `Commands: ${known}. e.g. npm run --silent cli -- quote venezuela --json`,
      ),
    );
  }
  const parsedArgs = parseCommandArgs(command, rest);
  if (!parsedArgs.ok)
    return emit(errorReply(ErrorCode.InvalidInput, parsedArgs.message, cliUsage(command)));

  const started = await startUp({ mode: 'cli' });
  if (!started.ok) {
    if (json)
      process.stdout.write(
        `${JSON.stringify({ error: { code: 'invalid-configuration', message: started.message } })}\n`,
      );
    return started.exitCode;
  }
  const { logger, scheduler } = started;
  publicUrl = started.config.web.publicUrl ?? undefined;
  const chosen = consoleCorpus(started.corpora, corpusFlag.corpus);
  if (!chosen.ok) return emit(errorReply(ErrorCode.InvalidInput, chosen.message));
  const corpus = chosen.placed.corpus;
  if (corpus.issues.length > 0)
    process.stderr.write(`Corpus problems:\n${describeIssues(corpus.issues)}\n`);
  const reply = await dispatch(commands, command.name, parsedArgs.values, {
    corpus,
    ...(chosen.placed.title ? { corpusTitle: chosen.placed.title } : {}),
    logger,
    scheduler,
    now: () => new Date(),
  });
  return emit(reply);
}

type ParsedArgs = { ok: true; values: Record<string, unknown> } | { ok: false; message: string };

/** Flags come from the command's declared options: `--speaker NAME`, `--limit 5`, `--private`. */
export function parseCommandArgs(command: AnyCommand, args: string[]): ParsedArgs {
  const flagOptions: Record<string, { type: 'string' | 'boolean' }> = {};
  // Every option is a flag; the positional one may also be given as bare text (`timeline suspended`).
  for (const o of command.options)
    flagOptions[o.name] = { type: o.type === 'boolean' ? 'boolean' : 'string' };
  try {
    const { values, positionals } = parseArgs({
      args,
      options: flagOptions,
      allowPositionals: true,
      strict: true,
    });
    const out: Record<string, unknown> = { ...values };
    const positional = command.options.find((o) => o.positional);
    if (positionals.length > 0) {
      if (!positional)
        return {
          ok: false,
          message: `${command.name} takes no text argument (got "${positionals.join(' ')}").`,
        };
      out[positional.name] = [out[positional.name], positionals.join(' ')]
        .filter(Boolean)
        .join(' ');
    }
    return { ok: true, values: out };
  } catch (err) {
    // parseArgs explains unknown flags and missing values in one sentence
    return {
      ok: false,
      message: err instanceof Error ? err.message.split('\n')[0]! : 'Bad arguments.',
    };
  }
}

function cliUsage(command: AnyCommand): string {
  const flags = command.options
    .filter((o) => !o.positional)
    .map((o) => (o.type === 'boolean' ? `[--${o.name}]` : `[--${o.name} ${o.type.toUpperCase()}]`));
  const positional = command.options.find((o) => o.positional);
  return `Usage: npm run --silent cli -- ${command.name}${positional ? ` "<${positional.name}>"` : ''} ${flags.join(' ')} [--json]  (${usageLine(command)})`;
}

// Run when executed directly (not when imported by tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(
        `Unexpected failure: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

/** `--help`: every command with its usage line; `help` (the command) explains the options. */
function cliHelp(commands: readonly AnyCommand[]): string {
  return [
    'Usage: npm run --silent cli -- <command> [text] [--option value] [--corpus NAME] [--json]',
    '',
    ...commands.map(
      (c) =>
        `  ${cliUsage(c)
          .replace(/^Usage: npm run --silent cli -- /, '')
          .replace(/\s+\(Usage: .*\)$/, '')}`,
    ),
    '',
    '--corpus names a corpus of corpora.yaml (default: its default, else the first listed).',
    'Exit codes: 0 answered, 2 bad input or configuration, 1 anything else. `help` explains every option.',
  ].join('\n');
}
