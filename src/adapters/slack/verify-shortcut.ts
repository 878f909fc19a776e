/**
 * The "Verify quote" message shortcut: runs the core's /verify on the text of the message it was
 * used on, and answers in that message's thread (errors only to the person who asked). Registered
 * only when the core has a `verify` command.
 * @see https://api.slack.com/interactivity/shortcuts/using#message_shortcuts
 */
import type { App, MessageShortcut } from '@slack/bolt';
import { dispatch, ErrorCode, errorReply, findCommand, type AnyCommand } from '../../core/index.js';
import { answer, responsePayload } from './answer.js';
import { deliveryKey } from './deliveries.js';
import { acknowledge, admitDelivery, answerDeps, runGuarded } from './guard.js';
import { renderReply } from './render-reply.js';
import { contextIn, type SlackRuntime } from './runtime.js';
import { slackTextToPlain } from './user-text.js';

/** The shortcut's callback_id, shared with the manifest. */
export const VERIFY_CALLBACK_ID = 'verify_quote';
export const VERIFY_SHORTCUT_NAME = 'Verify quote';

/** The verify command when the core has one (the shortcut exists only then). */
export function verifyCommand(commands: readonly AnyCommand[]): AnyCommand | undefined {
  return findCommand(commands, 'verify');
}

/** Registers the shortcut when verify exists; returns whether it did. */
export function registerVerifyShortcut(app: App, rt: SlackRuntime): boolean {
  const verify = verifyCommand(rt.commands);
  if (!verify) return false;
  const textOption = verify.options.find((o) => o.positional)?.name ?? 'text';

  app.shortcut<MessageShortcut>(
    { callback_id: VERIFY_CALLBACK_ID, type: 'message_action' },
    async ({ ack, shortcut, client }) => {
      await acknowledge(rt, ack);
      const fallback = { channel: shortcut.channel.id, user: shortcut.user.id };
      const target = { responseUrl: shortcut.response_url, fallback };
      const key = deliveryKey(shortcut as unknown as Record<string, unknown>);
      const deps = answerDeps(rt, client);
      const bindings = { shortcut: VERIFY_CALLBACK_ID };
      if (!(await admitDelivery(rt, client, key, bindings, target, shortcut.user.id))) return;
      await runGuarded(rt, client, { shortcut: VERIFY_CALLBACK_ID }, target, async () => {
        const text = slackTextToPlain(shortcut.message.text ?? '').trim();
        const place = contextIn(rt, {
          teamId: shortcut.team?.id,
          channelId: shortcut.channel.id,
          enterpriseId: shortcut.enterprise?.id,
        });
        const reply = !text
          ? errorReply(ErrorCode.InvalidInput, 'That message has no text to verify.')
          : place.ok
            ? await dispatch(rt.commands, verify.name, { [textOption]: text }, place.ctx)
            : place.reply;
        const message = await renderReply(reply, rt);
        if (reply.type === 'error' || reply.visibility === 'private') {
          await answer(
            deps,
            shortcut.response_url,
            responsePayload(message, 'ephemeral'),
            fallback,
          );
          return;
        }
        const thread_ts =
          typeof shortcut.message['thread_ts'] === 'string'
            ? shortcut.message['thread_ts']
            : shortcut.message.ts;
        try {
          await client.chat.postMessage({
            channel: shortcut.channel.id,
            thread_ts,
            ...message,
            unfurl_links: false,
            unfurl_media: false,
          });
        } catch (err) {
          // Not a member of the channel, most often: answer in the channel through the response_url.
          rt.logger.warn(
            { shortcut: VERIFY_CALLBACK_ID, code: (err as { code?: string }).code },
            'thread reply failed; using response_url',
          );
          await answer(
            deps,
            shortcut.response_url,
            responsePayload(message, 'in_channel'),
            fallback,
          );
        }
      });
    },
  );
  return true;
}
