/**
 * What the fake should receive, written out: the fields discord.js adds to every message it
 * sends, the embed colours, and a reading of long messages as the user sees them. Nothing here
 * calls the code under test, so a change in what the bot sends shows up as a failing test.
 */

/** Embed colours: an answer, an error. */
export const CARD = 0x3b6ea8;
export const ERROR = 0xc0392b;

/** What a message is made of, as the tests write it. */
export interface Sent {
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags: number;
}

/** The JSON `data` discord.js sends for a message: the parts given, and the fields it always adds. */
export function sent(m: Sent): Record<string, unknown> {
  return {
    ...(m.content !== undefined ? { content: m.content } : {}),
    tts: false,
    enforce_nonce: false,
    embeds: m.embeds ?? [],
    components: m.components ?? [],
    allowed_mentions: { parse: [], replied_user: false },
    flags: m.flags,
  };
}

/** A message as the user sees it, for payloads too long to write out whole. */
export interface Seen {
  /** The interaction callback type: 4 reply, 7 update. */
  type: number;
  content?: string;
  embeds: {
    author?: string;
    title?: string;
    description?: string;
    /** `name: value` */
    fields?: string[];
    footer?: string;
  }[];
  /** `label → custom id` (or `→ url` for a link), `(disabled)` when it cannot be clicked. */
  buttons: string[];
  flags: number;
}

interface Received {
  type: number;
  data: {
    content?: string;
    embeds: {
      author?: { name: string };
      title?: string;
      description?: string;
      fields?: { name: string; value: string }[];
      footer?: { text: string };
    }[];
    components: {
      components: { label: string; custom_id?: string; url?: string; disabled?: boolean }[];
    }[];
    flags: number;
  };
}

/** Reads an interaction callback's body as the user sees it (colours and styles left out). */
export function seen(body: unknown): Seen {
  const { type, data } = body as Received;
  return {
    type,
    ...(data.content !== undefined ? { content: data.content } : {}),
    embeds: data.embeds.map((e) => ({
      ...(e.author ? { author: e.author.name } : {}),
      ...(e.title !== undefined ? { title: e.title } : {}),
      ...(e.description !== undefined ? { description: e.description } : {}),
      ...(e.fields ? { fields: e.fields.map((f) => `${f.name}: ${f.value}`) } : {}),
      ...(e.footer ? { footer: e.footer.text } : {}),
    })),
    buttons: data.components.flatMap((row) =>
      row.components.map(
        (b) => `${b.label} → ${b.custom_id ?? b.url}${b.disabled ? ' (disabled)' : ''}`,
      ),
    ),
    flags: data.flags,
  };
}

/** What the operator is told when Discord refuses the gateway session (log, stderr). */
export const REFUSED_4004 =
  'Discord rejected DISCORD_TOKEN (close 4004: authentication failed) — check the token in the developer portal (Bot → Reset Token) and set DISCORD_TOKEN to it.';
export const REFUSED_4014 =
  'Discord refused the gateway intents (close 4014: disallowed intents): the session asked for a privileged intent this application may not use. Verbatim asks only for Guilds; check that DISCORD_TOKEN is this application’s bot token and the Privileged Gateway Intents settings under Developer Portal → Bot.';
