/**
 * Carries a core button action (`{ id: 'quote.page', state }`) through a Block Kit button and back.
 * The action travels in the button's `value` as JSON; when that would pass Slack's limit it is kept
 * in a bounded in-memory map instead, and after a restart such a button answers "expired".
 * @see https://api.slack.com/reference/block-kit/block-elements#button
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { actionFromWire, type Action } from '../../core/index.js';
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

/** A bounded map of actions too large for a button value; the oldest entries go first. */
export class ActionStore {
  private readonly entries = new Map<string, Action>();

  constructor(private readonly maxEntries = 1000) {}

  put(action: Action): string {
    const key = randomUUID();
    this.entries.set(key, action);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  get(key: string): Action | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The action_id and value of the `index`th button of a message. */
export function encodeAction(
  action: Action,
  index: number,
  store: ActionStore,
): { action_id: string; value: string } {
  const action_id = `${ACTION_ID_PREFIX}${index}:${action.id}`.slice(0, SLACK_LIMITS.actionId);
  const json = JSON.stringify({ id: action.id, state: action.state });
  const value =
    json.length <= SLACK_LIMITS.buttonValue ? json : `${REF_PREFIX}${store.put(action)}`;
  return { action_id, value };
}

/** The action a clicked button carried, or null when it cannot be read or has expired. */
export function decodeAction(value: string | undefined, store: ActionStore): Action | null {
  if (value === undefined) return null;
  if (value.startsWith(REF_PREFIX)) return store.get(value.slice(REF_PREFIX.length)) ?? null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  const result = actionSchema.safeParse(parsed);
  return result.success ? actionFromWire(result.data.id, result.data.state) : null;
}
