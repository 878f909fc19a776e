/**
 * An interaction POSTed by Discord (API v10 JSON), checked with zod and read into the `Incoming`
 * the handlers take: the same parts discord.js reads from a gateway interaction.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
import {
  ApplicationCommandType,
  ComponentType,
  InteractionType,
  PermissionsBitField,
} from 'discord.js';
import { z } from 'zod';
import { ADMIN_PERMISSION } from './command-data.js';
import type { Incoming, IncomingParts, OptionValue } from './incoming.js';

const snowflake = z.string().regex(/^\d{1,25}$/);

const optionSchema = z.object({
  name: z.string(),
  type: z.number().int(),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});

const userSchema = z.object({ id: snowflake });

/** The fields every interaction carries, plus what the handled kinds need. */
const payloadSchema = z.object({
  id: snowflake,
  application_id: snowflake,
  type: z.number().int(),
  token: z.string().min(1).max(500),
  data: z
    .object({
      name: z.string().optional(),
      type: z.number().int().optional(),
      options: z.array(optionSchema).optional(),
      custom_id: z.string().optional(),
      component_type: z.number().int().optional(),
      target_id: snowflake.optional(),
      resolved: z
        .object({ messages: z.record(z.string(), z.object({ content: z.string() })).optional() })
        .optional(),
    })
    .optional(),
  member: z.object({ user: userSchema, permissions: z.string().regex(/^\d+$/) }).optional(),
  user: userSchema.optional(),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ parent_id: snowflake.nullish() }).optional(),
});

/** A checked interaction: what the handlers read, and what answering it later needs. */
export interface HttpInteraction {
  incoming: Incoming;
  type: number;
  applicationId: string;
  /** Valid for 15 minutes; never logged. */
  token: string;
}

/** Reads a parsed JSON body; an error names what is wrong (safe to log and to answer). */
export function readInteraction(
  body: unknown,
): { ok: true; interaction: HttpInteraction } | { ok: false; error: string } {
  const parsed = payloadSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `not a Discord interaction: ${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    };
  }
  const p = parsed.data;
  const incoming = toIncoming(p);
  if (typeof incoming === 'string')
    return { ok: false, error: `not a Discord interaction: ${incoming}` };
  return {
    ok: true,
    interaction: { incoming, type: p.type, applicationId: p.application_id, token: p.token },
  };
}

type Payload = z.infer<typeof payloadSchema>;

/** The Incoming, or what is missing from the payload. */
function toIncoming(p: Payload): Incoming | string {
  const parts = partsOf(p);
  if (typeof parts === 'string') return parts;
  return {
    ...parts,
    place: {
      guildId: p.guild_id ?? null,
      channelId: p.channel_id ?? null,
      parentChannelId: p.channel?.parent_id ?? null,
    },
  };
}

function partsOf(p: Payload): IncomingParts | string {
  const id = p.id;
  const userId = p.member?.user.id ?? p.user?.id;
  const data = p.data;
  const other: IncomingParts = { kind: 'other', id, type: p.type };
  if (p.type === InteractionType.ApplicationCommandAutocomplete) {
    if (!data?.name) return 'data.name is missing';
    const focused = data.options?.find((o) => o.focused === true);
    if (!focused) return 'no focused option';
    return {
      kind: 'autocomplete',
      id,
      commandName: data.name,
      focused: { name: focused.name, value: String(focused.value ?? '') },
    };
  }
  if (p.type === InteractionType.ApplicationCommand) {
    if (!data?.name) return 'data.name is missing';
    if (!userId) return 'member.user or user is missing';
    if (data.type === ApplicationCommandType.ChatInput) {
      const options: Record<string, OptionValue> = {};
      for (const option of data.options ?? []) {
        if (option.value !== undefined) options[option.name] = option.value;
      }
      const isAdmin = p.member
        ? new PermissionsBitField(BigInt(p.member.permissions)).has(ADMIN_PERMISSION)
        : false;
      return { kind: 'slash', id, commandName: data.name, options, userId, isAdmin };
    }
    if (data.type === ApplicationCommandType.Message) {
      const target = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
      if (!target) return 'data.resolved.messages has no target message';
      return {
        kind: 'message-command',
        id,
        commandName: data.name,
        targetText: target.content,
        userId,
      };
    }
    return other;
  }
  if (p.type === InteractionType.MessageComponent) {
    if (!userId) return 'member.user or user is missing';
    if (data?.component_type === ComponentType.Button && data.custom_id !== undefined) {
      return { kind: 'button', id, customId: data.custom_id, userId };
    }
    return other;
  }
  return other;
}
