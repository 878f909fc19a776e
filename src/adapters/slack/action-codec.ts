/**
 * Carries a core button action (`{ id: 'quote.page', state }`) through a Block Kit button and back.
 * The action travels in the button's `value` as JSON; when that would pass Slack's limit it is kept
 * in the shared state instead (Redis with REDIS_URL, so any instance can read it; memory
 * otherwise, so after a restart such a button answers "expired"), for 24 hours.
 * @see https://api.slack.com/reference/block-kit/block-elements#button
 */
import { z } from 'zod';
import { actionFromWire, type Action, type Reply } from '../../core/index.js';
import type { LongStateMap } from '../../shared-state/index.js';
import { SLACK_LIMITS } from './limits.js';

/** Prefix of every action_id of a button that runs a core action. */
export const ACTION_ID_PREFIX = 'vb:';
/** Prefix of the action_id of link buttons (Slack still sends a click; we only ack it). */
export const LINK_ACTION_ID_PREFIX = 'vb-link:';
const REF_PREFIX = 'ref:';

const actionSchema = z.object({
  id: z.string().min(1),
  state: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** Where actions too large for a button value are kept (the shared state's long-state map). */
export type ActionStore = LongStateMap<Action>;

/** Keys of the actions of one reply kept in the store, by `actionJson`. */
export type ActionRefs = ReadonlyMap<string, string>;

/** The action as it travels in a button value. */
function actionJson(action: Action): string {
  return JSON.stringify({ id: action.id, state: action.state });
}

/** Reads back an action another instance (maybe another version) stored. */
export function parseStoredAction(json: unknown): Action | null {
  const result = actionSchema.safeParse(json);
  return result.success ? actionFromWire(result.data.id, result.data.state) : null;
}

/** Stores the actions of `reply`'s buttons that do not fit a button value; renderSlack reads the refs. */
export async function storeLongActions(reply: Reply, store: ActionStore): Promise<ActionRefs> {
  const refs = new Map<string, string>();
  for (const block of reply.blocks) {
    if (block.type !== 'buttons') continue;
    for (const button of block.buttons) {
      if (button.kind !== 'action' || button.disabled) continue;
      const json = actionJson(button.action);
      if (json.length > SLACK_LIMITS.buttonValue && !refs.has(json))
        refs.set(json, await store.put(button.action));
    }
  }
  return refs;
}

/** The action_id and value of the `index`th button of a message. */
export function encodeAction(
  action: Action,
  index: number,
  refs: ActionRefs,
): { action_id: string; value: string } {
  const action_id = `${ACTION_ID_PREFIX}${index}:${action.id}`.slice(0, SLACK_LIMITS.actionId);
  const json = actionJson(action);
  // A missing ref (never stored) reads back as expired, like one past its TTL.
  const value =
    json.length <= SLACK_LIMITS.buttonValue ? json : `${REF_PREFIX}${refs.get(json) ?? ''}`;
  return { action_id, value };
}

/** The action a clicked button carried, or null when it cannot be read or has expired. */
export async function decodeAction(
  value: string | undefined,
  store: ActionStore,
): Promise<Action | null> {
  if (value === undefined) return null;
  if (value.startsWith(REF_PREFIX)) {
    const key = value.slice(REF_PREFIX.length);
    return key === '' ? null : store.get(key);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  const result = actionSchema.safeParse(parsed);
  return result.success ? actionFromWire(result.data.id, result.data.state) : null;
}
