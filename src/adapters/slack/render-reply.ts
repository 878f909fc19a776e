/**
 * Renders a reply for Slack after storing the button actions too large for a button value (in
 * the shared state: a Redis round trip with REDIS_URL), so that rendering itself stays pure.
 */
import type { Reply } from '../../core/index.js';
import { storeLongActions, type ActionStore } from './action-codec.js';
import { renderSlack, type SlackMessage } from './render-slack.js';

export async function renderReply(
  reply: Reply,
  rt: { actions: ActionStore; publicUrl?: string | undefined },
): Promise<SlackMessage> {
  return renderSlack(reply, {
    refs: await storeLongActions(reply, rt.actions),
    publicUrl: rt.publicUrl,
  });
}
