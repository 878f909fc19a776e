/**
 * `@Verbatim quote venezuela`: slash commands do not work inside threads, so a mention runs the
 * command written after it and answers in the thread it came from (errors only to the asker).
 * @see https://api.slack.com/events/app_mention
 */
import type { App } from '@slack/bolt';
import {
  ErrorCode,
  errorReply,
  findCommand,
  outcomeOf,
  type AnyCommand,
  type Reply,
} from '../../core/index.js';
import type { PlaceContext } from '../../corpora/index.js';
import { DELIVERY_TTL_MS, deliveryKey } from './deliveries.js';
import { refusedByCooldown, runGuarded } from './guard.js';
import { renderReply } from './render-reply.js';
import { contextIn, type SlackRuntime } from './runtime.js';
import { runCommandText } from './slash-commands.js';
import { parseCommandText } from './slash-text.js';
import { slackTextToPlain, stripBotMention } from './user-text.js';

/** The command a mention asks for and the rest of its text; `help` when there is no command word. */
export function parseMention(
  plainText: string,
  commands: readonly AnyCommand[],
  prefix: string,
): { command: AnyCommand; rest: string } | { unknown: string } {
  const match = /^\/?([A-Za-z][\w-]*)\s*([\s\S]*)$/.exec(plainText.trim());
  if (!match) {
    const help = findCommand(commands, 'help');
    return help ? { command: help, rest: '' } : { unknown: plainText.trim() };
  }
  let word = match[1]!.toLowerCase();
  if (prefix && word.startsWith(prefix) && findCommand(commands, word.slice(prefix.length))) {
    word = word.slice(prefix.length);
  }
  const command = findCommand(commands, word);
  return command ? { command, rest: match[2] ?? '' } : { unknown: match[1]! };
}

export function registerMention(app: App, rt: SlackRuntime): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    const key = deliveryKey(body as unknown as Record<string, unknown>);
    if (key && !(await rt.deliveries.claim(key, DELIVERY_TTL_MS))) {
      rt.logger.info(
        { event: 'app_mention', retryNum: context.retryNum ?? 0 },
        'repeated delivery skipped',
      );
      return;
    }
    if (event.bot_id || !event.user || !rt.accepting()) return;
    const channel = event.channel;
    const user = event.user;
    const thread_ts = event.thread_ts ?? event.ts;
    const fallback = { channel, user, thread_ts };
    const bindings = { event: 'app_mention' };
    if (await refusedByCooldown(rt, client, user, bindings, { fallback })) return;
    await runGuarded(rt, client, { event: 'app_mention' }, { fallback }, async () => {
      const botUserId = typeof context.botUserId === 'string' ? context.botUserId : '';
      const text = slackTextToPlain(
        botUserId ? stripBotMention(event.text, botUserId) : event.text,
      );
      const envelope = body as { team_id?: string; enterprise_id?: string };
      const place = contextIn(rt, {
        teamId: envelope.team_id,
        channelId: channel,
        enterpriseId: envelope.enterprise_id,
      });
      const { reply, askedPrivate } = await runMention(rt, text, place);
      const message = await renderReply(reply, rt);
      if (reply.type === 'error' || reply.visibility === 'private' || askedPrivate) {
        await client.chat.postEphemeral({ channel, user, thread_ts, ...message });
      } else {
        await client.chat.postMessage({
          channel,
          thread_ts,
          ...message,
          unfurl_links: false,
          unfurl_media: false,
        });
      }
      rt.logger.info({ event: 'app_mention', outcome: outcomeOf(reply) }, 'mention answered');
    });
  });
}

async function runMention(
  rt: SlackRuntime,
  text: string,
  place: PlaceContext,
): Promise<{ reply: Reply; askedPrivate: boolean }> {
  const parsed = parseMention(text, rt.commands, rt.prefix);
  if ('unknown' in parsed) {
    const names = rt.commands.map((c) => c.name).join(', ');
    return {
      reply: errorReply(
        ErrorCode.UnknownCommand,
        `I don't know the command "${parsed.unknown}".`,
        `Mention me with a command and its text, e.g. @Verbatim quote venezuela. Commands: ${names}.`,
      ),
      askedPrivate: true,
    };
  }
  return runCommandText(rt, parsed.command, parseCommandText(parsed.command, parsed.rest), place);
}
