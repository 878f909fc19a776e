/**
 * INTERACTION_CREATE payloads as Discord sends them (API v10), for the fake gateway to deliver.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import { FAKE_APP_ID } from './fake-discord.js';

export const GUILD_ID = '1500000000000000001';
export const CHANNEL_ID = '1400000000000000001';
export const ALICE = '1600000000000000001';
export const BOB = '1600000000000000002';
/** Everything except Administrator and ManageGuild. */
export const MEMBER_PERMISSIONS = '2248473465835073';
/** ManageGuild (1 << 5) plus the member set. */
export const ADMIN_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | 32n).toString();

let counter = 0n;
function nextId(): string {
  counter += 1n;
  return String(1700000000000000000n + counter);
}

/** The secret-like token of an interaction; tests check it never reaches the logs. */
export function tokenFor(id: string): string {
  return `itoken-${id}-do-not-log`;
}

function base(
  type: number,
  data: unknown,
  user: string,
  permissions: string,
): Record<string, unknown> {
  const id = nextId();
  return {
    id,
    application_id: FAKE_APP_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: {
      id: CHANNEL_ID,
      type: 0,
      guild_id: GUILD_ID,
      name: 'general',
      flags: 0,
      permissions,
    },
    member: {
      user: {
        id: user,
        username: user === ALICE ? 'alice' : 'bob',
        discriminator: '0',
        avatar: null,
        global_name: null,
      },
      roles: [],
      permissions,
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
    },
    token: tokenFor(id),
    version: 1,
    app_permissions: permissions,
    locale: 'en-GB',
    guild_locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export type OptionValue = string | number | boolean;

/** A slash command (type 2, data type 1); `focused` names the option being typed (autocomplete). */
export function chatInput(
  name: string,
  options: Record<string, OptionValue>,
  { user = ALICE, permissions = MEMBER_PERMISSIONS }: { user?: string; permissions?: string } = {},
): Record<string, unknown> {
  return base(2, { id: nextId(), name, type: 1, options: toOptions(options) }, user, permissions);
}

/** Autocomplete (type 4) while `focused` is being typed. */
export function autocomplete(
  name: string,
  options: Record<string, OptionValue>,
  focused: string,
): Record<string, unknown> {
  const opts = toOptions(options).map((o) => (o.name === focused ? { ...o, focused: true } : o));
  return base(4, { id: nextId(), name, type: 1, options: opts }, ALICE, MEMBER_PERMISSIONS);
}

/** A button click (type 3) on a message the bot sent earlier. */
export function buttonClick(
  customId: string,
  message: Record<string, unknown>,
  user = ALICE,
): Record<string, unknown> {
  return {
    ...base(3, { custom_id: customId, component_type: 2 }, user, MEMBER_PERMISSIONS),
    message: botMessage(message),
  };
}

/** The message context-menu command (type 2, data type 3) on a user's message. */
export function messageCommand(name: string, content: string): Record<string, unknown> {
  const targetId = nextId();
  const target = {
    ...botMessage({ content }),
    id: targetId,
    author: { id: BOB, username: 'bob', discriminator: '0', avatar: null, global_name: null },
  };
  return base(
    2,
    {
      id: nextId(),
      name,
      type: 3,
      target_id: targetId,
      resolved: { messages: { [targetId]: target } },
    },
    ALICE,
    MEMBER_PERMISSIONS,
  );
}

function botMessage(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: nextId(),
    type: 0,
    channel_id: CHANNEL_ID,
    author: {
      id: '1100000000000000002',
      username: 'verbatim',
      discriminator: '0',
      avatar: null,
      bot: true,
      global_name: null,
    },
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...fields,
  };
}

function toOptions(
  options: Record<string, OptionValue>,
): { name: string; type: number; value: OptionValue }[] {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3,
    value,
  }));
}
