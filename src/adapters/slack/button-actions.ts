/**
 * Buttons: previous/next pages replace the message they sit on; other actions (context, details)
 * answer only to the person who clicked. Link buttons open the source in the browser; Slack still
 * sends their click, which is acknowledged and nothing more.
 * @see https://api.slack.com/reference/interaction-payloads/block-actions
 */
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { dispatchAction, ErrorCode, errorReply, outcomeOf } from '../../core/index.js';
import { ACTION_ID_PREFIX, LINK_ACTION_ID_PREFIX, decodeAction } from './action-codec.js';
import { answer, responsePayload } from './answer.js';
import { deliveryKey } from './deliveries.js';
import { acknowledge, admitDelivery, answerDeps, runGuarded } from './guard.js';
import { renderReply } from './render-reply.js';
import { contextIn, type SlackRuntime } from './runtime.js';

/** What a button whose action cannot be read any more answers. */
const EXPIRED_TEXT = 'This button has expired. Run the command again.';

export function registerButtonActions(app: App, rt: SlackRuntime): void {
  app.action(new RegExp(`^${LINK_ACTION_ID_PREFIX}`), async ({ ack }) => {
    await acknowledge(rt, ack);
  });

  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTION_ID_PREFIX}`),
    async ({ ack, body, action, client }) => {
      await acknowledge(rt, ack);
      const fallback = body.channel ? { channel: body.channel.id, user: body.user.id } : null;
      const target = { responseUrl: body.response_url, fallback };
      const key = deliveryKey(body as unknown as Record<string, unknown>);
      const deps = answerDeps(rt, client);
      const bindings = { action: action.action_id };
      if (!(await admitDelivery(rt, client, key, bindings, target, body.user.id))) return;
      const decoded = await decodeAction(action.value, rt.actions);
      await runGuarded(rt, client, { action: decoded?.id ?? 'unknown' }, target, async () => {
        const place = contextIn(rt, {
          teamId: body.team?.id,
          channelId: body.channel?.id,
          enterpriseId: body.enterprise?.id,
        });
        const reply = !decoded
          ? errorReply(ErrorCode.StaleAction, EXPIRED_TEXT)
          : place.ok
            ? await dispatchAction(rt.commands, decoded, place.ctx)
            : place.reply;
        const message = await renderReply(reply, rt);
        const replaces = decoded !== null && decoded.kind === 'page' && reply.type !== 'error';
        const onEphemeral = body.container?.['is_ephemeral'] === true;
        const payload = replaces
          ? responsePayload(message, onEphemeral ? 'ephemeral' : 'in_channel', true)
          : responsePayload(message, 'ephemeral');
        const delivery = await answer(deps, body.response_url, payload, fallback);
        rt.logger.info(
          { action: decoded?.id ?? 'expired', outcome: outcomeOf(reply), delivery },
          'button answered',
        );
      });
    },
  );
}
