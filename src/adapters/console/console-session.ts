/**
 * The console: type `/quote venezuela` (or just `venezuela`), get the answer. `next`/`prev` page
 * through the last answer and `context N` opens the Nth result's context, like the buttons on
 * Discord and Slack. With piped input it answers each line and ends with the input.
 */
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import {
  dispatchAction,
  dispatchText,
  ErrorCode,
  errorReply,
  findCommand,
  type Action,
  type AnyCommand,
  type CommandContext,
  type Reply,
} from '../../core/index.js';
import { renderConsole } from './render-console.js';

export interface ConsoleOptions {
  commands: readonly AnyCommand[];
  ctx: CommandContext;
  input: Readable;
  output: Writable;
  /** Show a prompt and colours (an interactive terminal). */
  interactive: boolean;
  /** The web site's address (PUBLIC_URL): each quote gets an `Open: <url>` line. */
  publicUrl?: string | undefined;
}

const EXIT_WORDS = new Set(['exit', 'quit', '/exit', '/quit']);

export async function runConsole({
  commands,
  ctx,
  input,
  output,
  interactive,
  publicUrl,
}: ConsoleOptions): Promise<void> {
  const rl = readline.createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
  });
  const write = (s: string) => output.write(`${s}\n`);
  let last: Reply | null = null;
  if (interactive) {
    rl.setPrompt('verbatim> ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === '') {
      if (interactive) rl.prompt();
      continue;
    }
    if (EXIT_WORDS.has(line.toLowerCase())) break;
    const reply = await answer(line, last, commands, ctx);
    if (reply.type !== 'error') last = reply;
    write(renderConsole(reply, { color: interactive, publicUrl }));
    write(hintFor(reply));
    if (interactive) rl.prompt();
  }
  rl.close();
}

async function answer(
  line: string,
  last: Reply | null,
  commands: readonly AnyCommand[],
  ctx: CommandContext,
): Promise<Reply> {
  const word = line.toLowerCase();
  const actions = last ? actionsOf(last) : [];
  if (word === 'next' || word === 'n' || word === 'prev' || word === 'previous' || word === 'p') {
    const wanted = word.startsWith('n') ? 'Next' : 'Previous';
    const action = last ? pageTurn(last, actions, wanted === 'Next' ? 1 : -1) : undefined;
    if (action) return dispatchAction(commands, action, ctx);
    return noPage(wanted);
  }
  const ctxMatch = /^context\s+(\d+)$/i.exec(line);
  if (ctxMatch) {
    const contexts = actions.filter((a) => a.action.kind === 'context');
    const chosen = contexts[Number(ctxMatch[1]) - 1];
    if (chosen) return dispatchAction(commands, chosen.action, ctx);
    return noPage(`context ${ctxMatch[1]}`);
  }
  // `venezuela gold` without a command is a /quote
  const first = /^\/?([A-Za-z][\w-]*)/.exec(line)?.[1];
  const isCommand =
    line.startsWith('/') || (first !== undefined && findCommand(commands, first) !== undefined);
  return dispatchText(commands, isCommand ? line : `/quote ${line}`, ctx);
}

function actionsOf(reply: Reply): { label: string; action: Action; disabled: boolean }[] {
  const out: { label: string; action: Action; disabled: boolean }[] = [];
  for (const b of reply.blocks) {
    if (b.type !== 'buttons') continue;
    for (const button of b.buttons) {
      if (button.kind === 'action')
        out.push({
          label: button.label,
          action: button.action,
          disabled: button.disabled === true,
        });
    }
  }
  return out;
}

/** The enabled page button that moves `step` pages from the page shown, if any. */
function pageTurn(
  reply: Reply,
  actions: { action: Action; disabled: boolean }[],
  step: 1 | -1,
): Action | undefined {
  if (!reply.paging) return undefined;
  const to = reply.paging.page + step;
  return actions.find((a) => !a.disabled && a.action.kind === 'page' && a.action.state.page === to)
    ?.action;
}

function noPage(what: string): Reply {
  return errorReply(ErrorCode.InvalidInput, `There is no "${what}" for the last answer.`);
}

function hintFor(reply: Reply): string {
  const actions = actionsOf(reply);
  const hints: string[] = [];
  if (pageTurn(reply, actions, 1)) hints.push('next');
  if (pageTurn(reply, actions, -1)) hints.push('prev');
  const contexts = actions.filter((a) => a.action.kind === 'context').length;
  if (contexts > 0) hints.push(contexts === 1 ? 'context 1' : `context 1-${contexts}`);
  return hints.length > 0 ? `  (type ${hints.join(', ')})\n` : '';
}
