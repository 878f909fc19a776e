/**
 * Button custom ids: the core's action (id + small flat state) and the user who may page the
 * message, encoded in the custom id itself so buttons keep working after a restart.
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 *
 * Self-contained form: `v1|quote.page|<owner in base 36>|args=gold%26silver&page#2`
 * (`key=text`, `key#number`, entries joined by `&`; only `%` and `&` are escaped in values).
 * When that passes 100 characters, the payload is kept in a bounded in-memory map under
 * `v1~<session>.<n>`; after a restart (new session) such a button reports itself expired.
 */
import { randomBytes } from 'node:crypto';
import { actionFromWire, type Action } from '../../core/index.js';
import { DISCORD_LIMITS, OVERFLOW_BUTTONS_MAX } from './limits.js';

/** What a button carries. */
export interface ButtonPayload {
  action: Action;
  /** User id of the person who may change the message in place; null when anyone may. */
  owner: string | null;
}

export type DecodedCustomId =
  | { ok: true; payload: ButtonPayload }
  /** A stored button from an earlier run, or one pushed out of the bounded map. */
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

/**
 * Turns payloads into custom ids and back: self-contained when it fits, otherwise through a
 * bounded map that forgets the oldest entries (and everything on restart).
 */
export class CustomIdCodec {
  readonly #session: string;
  readonly #stored = new Map<string, ButtonPayload>();
  readonly #max: number;
  #next = 0;

  constructor(options: { session?: string; maxStored?: number } = {}) {
    this.#session = options.session ?? randomBytes(4).toString('hex');
    this.#max = options.maxStored ?? OVERFLOW_BUTTONS_MAX;
  }

  toCustomId(payload: ButtonPayload): string {
    const encoded = encodeCustomId(payload);
    if (encoded !== null) return encoded;
    const id = `${VERSION}~${this.#session}.${(this.#next++).toString(36)}`;
    this.#stored.set(id, payload);
    while (this.#stored.size > this.#max) {
      const oldest = this.#stored.keys().next().value;
      if (oldest === undefined) break;
      this.#stored.delete(oldest);
    }
    return id;
  }

  fromCustomId(customId: string): DecodedCustomId {
    if (customId.startsWith(`${VERSION}~`)) {
      const payload = this.#stored.get(customId);
      return payload ? { ok: true, payload } : { ok: false, reason: 'expired' };
    }
    const payload = decodeCustomId(customId);
    return payload ? { ok: true, payload } : { ok: false, reason: 'unknown' };
  }

  /** How many payloads are held in memory (for tests and diagnostics). */
  get storedCount(): number {
    return this.#stored.size;
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
