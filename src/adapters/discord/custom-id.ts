/**
 * Button custom ids: the core's action (id + small flat state) and the user who may page the
 * message, encoded in the custom id itself so buttons keep working after a restart.
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 *
 * Self-contained form: `v1|quote.page|<owner in base 36>|args=gold%26silver&page#2`
 * (`key=text`, `key#number`, entries joined by `&`; only `%` and `&` are escaped in values).
 * When that passes 100 characters, the payload is kept in the shared state under `v1~<key>` for
 * 24 hours (in Redis with REDIS_URL; in memory otherwise, so a restart expires such a button).
 */
import { actionFromWire, type Action, type Reply } from '../../core/index.js';
import type { LongStateMap } from '../../shared-state/index.js';
import { DISCORD_LIMITS } from './limits.js';

/** What a button carries. */
export interface ButtonPayload {
  action: Action;
  /** User id of the person who may change the message in place; null when anyone may. */
  owner: string | null;
}

export type DecodedCustomId =
  | { ok: true; payload: ButtonPayload }
  /** A stored button past its TTL, from an earlier run (memory), or pushed out of the bound. */
  | { ok: false; reason: 'expired' }
  /** Not a custom id this version of the bot makes. */
  | { ok: false; reason: 'unknown' };

const VERSION = 'v1';
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ACTION_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;
const SNOWFLAKE = /^\d{1,20}$/;
const BASE36 = /^[0-9a-z]{1,13}$/;

/** Encodes a payload in a custom id; null when it would not fit Discord's 100 characters. */
export function encodeCustomId(payload: ButtonPayload): string | null {
  const { action, owner } = payload;
  if (!ACTION_ID.test(action.id)) return null;
  if (owner !== null && !SNOWFLAKE.test(owner)) return null;
  const entries: string[] = [];
  for (const [key, value] of Object.entries(action.state)) {
    if (!KEY.test(key)) return null;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || Number(String(value)) !== value) return null;
      entries.push(`${key}#${String(value)}`);
    } else {
      entries.push(`${key}=${escapeValue(value)}`);
    }
  }
  const ownerPart = owner === null ? '' : BigInt(owner).toString(36);
  const id = [VERSION, action.id, ownerPart, entries.join('&')].join('|');
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

/** Decodes a self-contained custom id; null for anything this codec did not make. */
export function decodeCustomId(customId: string): ButtonPayload | null {
  const parts = splitN(customId, '|', 4);
  if (!parts) return null;
  const [version, actionId, ownerPart, statePart] = parts;
  if (version !== VERSION || !ACTION_ID.test(actionId)) return null;
  if (ownerPart !== '' && !BASE36.test(ownerPart)) return null;
  const state: Record<string, string | number> = {};
  if (statePart !== '') {
    for (const entry of statePart.split('&')) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)([=#])(.*)$/s.exec(entry);
      if (!match) return null;
      const [, key, kind, raw] = match as unknown as [string, string, string, string];
      if (kind === '#') {
        const n = Number(raw);
        if (raw === '' || !Number.isFinite(n) || String(n) !== raw) return null;
        state[key] = n;
      } else {
        const value = unescapeValue(raw);
        if (value === null) return null;
        state[key] = value;
      }
    }
  }
  const owner = ownerPart === '' ? null : parseBase36(ownerPart).toString(10);
  return { action: actionFromWire(actionId, state), owner };
}

/** Where payloads too long for a custom id are kept (the shared state's long-state map). */
export type ButtonStore = LongStateMap<ButtonPayload>;

/** Reads back a payload another instance (maybe another version) stored. */
export function parseStoredPayload(json: unknown): ButtonPayload | null {
  if (typeof json !== 'object' || json === null) return null;
  const { action, owner } = json as { action?: unknown; owner?: unknown };
  if (owner !== null && (typeof owner !== 'string' || !SNOWFLAKE.test(owner))) return null;
  if (typeof action !== 'object' || action === null) return null;
  const { id, state } = action as { id?: unknown; state?: unknown };
  if (typeof id !== 'string' || !ACTION_ID.test(id)) return null;
  if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
  const entries = Object.entries(state as Record<string, unknown>);
  if (!entries.every(([, v]) => typeof v === 'string' || typeof v === 'number')) return null;
  return { action: actionFromWire(id, state as Action['state']), owner };
}

/**
 * Turns payloads into custom ids and back: self-contained when it fits, otherwise through the
 * store (Redis with REDIS_URL, so a button made by one instance works on any; memory otherwise).
 */
export class CustomIdCodec {
  constructor(private readonly store: ButtonStore) {}

  /** The custom id of every action button of `reply`, storing the payloads that do not fit. */
  async customIdsFor(reply: Reply, owner: string | null): Promise<(action: Action) => string> {
    const ids = new Map<Action, string>();
    for (const block of reply.blocks) {
      if (block.type !== 'buttons') continue;
      for (const button of block.buttons) {
        if (button.kind !== 'action' || ids.has(button.action)) continue;
        const { action } = button;
        const payload = { action, owner: action.kind === 'page' ? owner : null };
        ids.set(action, encodeCustomId(payload) ?? `${VERSION}~${await this.store.put(payload)}`);
      }
    }
    // Rendering copies blocks but keeps each action object; an unknown one reads back as expired.
    return (action) => ids.get(action) ?? `${VERSION}~`;
  }

  async fromCustomId(customId: string): Promise<DecodedCustomId> {
    if (customId.startsWith(`${VERSION}~`)) {
      const key = customId.slice(VERSION.length + 1);
      const payload = key === '' ? null : await this.store.get(key);
      return payload ? { ok: true, payload } : { ok: false, reason: 'expired' };
    }
    const payload = decodeCustomId(customId);
    return payload ? { ok: true, payload } : { ok: false, reason: 'unknown' };
  }
}

function escapeValue(value: string): string {
  return value.replace(/%/g, '%25').replace(/&/g, '%26');
}

function unescapeValue(raw: string): string | null {
  if (/%(?!25|26)/.test(raw)) return null;
  return raw.replace(/%2[56]/g, (m) => (m === '%25' ? '%' : '&'));
}

function splitN(s: string, sep: string, n: number): [string, string, string, string] | null {
  const out: string[] = [];
  let rest = s;
  for (let i = 0; i < n - 1; i++) {
    const at = rest.indexOf(sep);
    if (at < 0) return null;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + sep.length);
  }
  out.push(rest);
  return out as [string, string, string, string];
}

function parseBase36(s: string): bigint {
  let n = 0n;
  for (const ch of s) n = n * 36n + BigInt(parseInt(ch, 36));
  return n;
}
