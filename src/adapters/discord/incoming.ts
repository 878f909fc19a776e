/**
 * What the handlers need to know about an interaction, and how they answer it, whichever way it
 * arrived: the gateway (a discord.js Interaction, gateway-interaction.ts) or an HTTP POST
 * (http-interaction.ts). One set of handlers (handle-interaction.ts, respond.ts) serves both.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 */
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { DiscordMessage } from './render-discord.js';

/** An option's value as Discord sends it (strings, integers and numbers, booleans). */
export type OptionValue = string | number | boolean;

/** Where an interaction was used: it picks the corpus (corpora.yaml's places). */
interface DiscordPlace {
  guildId: string | null;
  channelId: string | null;
  /** A thread's parent channel, whose rule the thread follows. */
  parentChannelId: string | null;
}

/** The parts of an interaction the handlers read, and where it was used. */
export type Incoming = IncomingParts & { place: DiscordPlace };

/** The parts of an interaction the handlers read. */
export type IncomingParts =
  | {
      kind: 'autocomplete';
      id: string;
      commandName: string;
      /** The option being typed and what has been typed so far. */
      focused: { name: string; value: string };
    }
  | {
      kind: 'slash';
      id: string;
      commandName: string;
      /** Every top-level option given, by name. */
      options: Record<string, OptionValue>;
      userId: string;
      /** The member has the permission admin-only commands ask for (never in DMs). */
      isAdmin: boolean;
    }
  | {
      kind: 'message-command';
      id: string;
      commandName: string;
      /** The text of the message the command was used on. */
      targetText: string;
      userId: string;
    }
  | { kind: 'button'; id: string; customId: string; userId: string }
  /** Anything else (a modal, a select menu): logged and left alone. */
  | { kind: 'other'; id: string; type: number };

/**
 * How an interaction is answered. The first four send the first response (within 3 s, through
 * first-response.ts); the rest come after it.
 */
export interface Responder {
  /** A new message (callback type 4). */
  reply(message: DiscordMessage): Promise<void>;
  /** "Thinking…", answered later by `editReply` (type 5). */
  deferReply(ephemeral: boolean): Promise<void>;
  /** Replaces the message whose button was clicked (type 7). */
  update(message: DiscordMessage): Promise<void>;
  /** Acknowledges a click; the message is edited later (type 6). */
  deferUpdate(): Promise<void>;
  /** Autocomplete choices (type 8). */
  choices(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void>;
  /** Edits the original message (the reply, or the clicked message after `deferUpdate`). */
  editReply(message: DiscordMessage): Promise<void>;
  /** Sends another message. */
  followUp(message: DiscordMessage): Promise<void>;
  /** Deletes the original reply (a "thinking…" placeholder). */
  deleteReply(): Promise<void>;
  /** A deferral was sent (`deferReply` or `deferUpdate`). */
  readonly deferred: boolean;
  /** A reply, update or choices were sent. */
  readonly replied: boolean;
}
