/**
 * One Slack slash command per core command (`/quote`, or `/vb-quote` with a prefix). Each is
 * acknowledged at once, then answered through `response_url`: in the channel by default,
 * privately with `private:true`, errors and usage help always ephemeral.
 * @see https://api.slack.com/interactivity/slash-commands
 */
import type { App, SlashCommand } from '@slack/bolt';
import { dispatch, ErrorCode, outcomeOf, type AnyCommand, type Reply } from '../../core/index.js';
import type { PlaceContext } from '../../corpora/index.js';
import { answer, responsePayload, responseType } from './answer.js';
import { deliveryKey } from './deliveries.js';
import { acknowledge, admitDelivery, answerDeps, runGuarded } from './guard.js';
import { renderReply } from './render-reply.js';
import { contextIn, type SlackRuntime } from './runtime.js';
import {
  parseCommandText,
  parseSlashText,
  unknownKeysNote,
  usageReply,
  slashName,
} from './slash-text.js';

/** Registers a listener for every command; returns the slash names registered. */
export function registerSlashCommands(app: App, rt: SlackRuntime): string[] {
  const names: string[] = [];
  for (const command of rt.commands) {
    const name = slashName(command, rt.prefix);
    names.push(name);
    app.command(name, async ({ ack, command: body, client, context }) => {
      await acknowledge(rt, ack);
      const fallback = { channel: body.channel_id, user: body.user_id };
      const target = { responseUrl: body.response_url, fallback };
      const bindings = { command: command.name, retryNum: context.retryNum ?? 0 };
      const deps = answerDeps(rt, client);
      if (!(await admitDelivery(rt, client, deliveryKey(body), bindings, target, body.user_id)))
        return;
      await runGuarded(rt, client, { command: command.name }, target, async () => {
        const { reply, askedPrivate } = await runSlashCommand(rt, command, body);
        const message = await renderReply(reply, rt);
        const result = await answer(
          deps,
          body.response_url,
          responsePayload(message, responseType(reply, askedPrivate)),
          fallback,
        );
        rt.logger.info(
          { command: command.name, outcome: outcomeOf(reply), delivery: result },
          'slash command answered',
        );
      });
    });
  }
  return names;
}

/** Parses, validates and runs one slash command; usage help replaces invalid-input errors. */
async function runSlashCommand(
  rt: SlackRuntime,
  command: AnyCommand,
  body: Pick<SlashCommand, 'text' | 'team_id' | 'channel_id' | 'enterprise_id'>,
): Promise<{ reply: Reply; askedPrivate: boolean }> {
  const place = contextIn(rt, {
    teamId: body.team_id,
    channelId: body.channel_id,
    enterpriseId: body.enterprise_id,
  });
  return runCommandText(rt, command, parseSlashText(command, body.text ?? ''), place);
}

/** Runs already-parsed command text (shared with mentions). */
export async function runCommandText(
  rt: SlackRuntime,
  command: AnyCommand,
  parsed: ReturnType<typeof parseCommandText>,
  place: PlaceContext,
): Promise<{ reply: Reply; askedPrivate: boolean }> {
  if (!parsed.ok)
    return { reply: usageReply(command, rt.prefix, parsed.message), askedPrivate: true };
  if (!place.ok) return { reply: place.reply, askedPrivate: true };
  let reply = await dispatch(rt.commands, command.name, parsed.values, place.ctx);
  if (reply.type === 'error' && reply.error.code === ErrorCode.InvalidInput)
    reply = usageReply(command, rt.prefix, reply.error.message);
  const note = unknownKeysNote(command, rt.prefix, parsed.unknownKeys);
  if (note && reply.type !== 'error') reply = withNote(reply, note);
  return { reply, askedPrivate: parsed.askedPrivate };
}

/** Adds a context note before a trailing row of buttons (or at the end). */
function withNote(reply: Reply, note: string): Reply {
  const blocks = [...reply.blocks];
  const at = blocks[blocks.length - 1]?.type === 'buttons' ? blocks.length - 1 : blocks.length;
  blocks.splice(at, 0, { type: 'context', text: note });
  return { ...reply, blocks };
}
