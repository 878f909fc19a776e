/**
 * Answers an HTTP interaction: the first response becomes the body of Discord's own POST (callback
 * types 4, 5, 6, 7, 8); edits, follow-ups and deletions go through the interaction's webhook with
 * discord.js's REST client, once that body has been sent.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#followup-messages
 */
import {
  InteractionResponseType,
  MessageFlags,
  Routes,
  type APIApplicationCommandOptionChoice,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type REST,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Responder } from './incoming.js';
import type { DiscordMessage } from './render-discord.js';

/** A message as Discord's JSON API takes it. */
export function toApiMessage(message: DiscordMessage): APIInteractionResponseCallbackData {
  return {
    ...(message.content !== undefined ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    flags: message.flags,
    allowed_mentions: { parse: [], replied_user: false },
  };
}

export interface HttpResponderOptions {
  rest: REST;
  applicationId: string;
  token: string;
  interactionId: string;
  logger: Logger;
}

export class HttpResponder implements Responder {
  deferred = false;
  replied = false;
  /** Resolves with the body of the HTTP response: the interaction's first response. */
  readonly firstResponse: Promise<APIInteractionResponse>;
  readonly #resolveFirst: (body: APIInteractionResponse) => void;
  /** Set when the HTTP response has gone out: webhook calls wait for it. */
  readonly #sent: Promise<void>;
  readonly #markSent: () => void;
  /** The window passed before the handler's first response: later answers are dropped. */
  #late = false;
  #firstGiven = false;
  #droppedLogged = false;
  readonly #options: HttpResponderOptions;

  constructor(options: HttpResponderOptions) {
    this.#options = options;
    let resolveFirst!: (body: APIInteractionResponse) => void;
    this.firstResponse = new Promise((resolve) => (resolveFirst = resolve));
    this.#resolveFirst = resolveFirst;
    let markSent!: () => void;
    this.#sent = new Promise((resolve) => (markSent = resolve));
    this.#markSent = markSent;
  }

  /** The route calls this once the HTTP response has been written. */
  markSent(): void {
    this.#markSent();
  }

  /**
   * The route answered in the handler's place (the 3 s window was closing): whatever the handler
   * sends afterwards is dropped, with one warn line, rather than sent to a dead or wrong message.
   */
  giveUp(body: APIInteractionResponse): void {
    this.#late = true;
    this.replied = true;
    this.#give(body);
  }

  async reply(message: DiscordMessage): Promise<void> {
    this.#first({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: toApiMessage(message),
    });
    this.replied = true;
  }

  async deferReply(ephemeral: boolean): Promise<void> {
    this.#first({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}),
    });
    this.deferred = true;
  }

  async update(message: DiscordMessage): Promise<void> {
    this.#first({
      type: InteractionResponseType.UpdateMessage,
      data: toApiMessage(message),
    });
    this.replied = true;
  }

  async deferUpdate(): Promise<void> {
    this.#first({ type: InteractionResponseType.DeferredMessageUpdate });
    this.deferred = true;
  }

  async choices(choices: APIApplicationCommandOptionChoice<string>[]): Promise<void> {
    this.#first({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices },
    });
    this.replied = true;
  }

  async editReply(message: DiscordMessage): Promise<void> {
    if (!(await this.#ready('edit'))) return;
    const { rest, applicationId, token } = this.#options;
    await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), {
      body: toApiMessage(message),
      auth: false,
    });
    this.replied = true;
  }

  async followUp(message: DiscordMessage): Promise<void> {
    if (!(await this.#ready('follow-up'))) return;
    const { rest, applicationId, token } = this.#options;
    await rest.post(Routes.webhook(applicationId, token), {
      body: toApiMessage(message),
      auth: false,
    });
    this.replied = true;
  }

  async deleteReply(): Promise<void> {
    if (!(await this.#ready('delete'))) return;
    const { rest, applicationId, token } = this.#options;
    await rest.delete(Routes.webhookMessage(applicationId, token, '@original'), { auth: false });
  }

  #first(body: APIInteractionResponse): void {
    if (this.#late) {
      this.#dropped('first response');
      return;
    }
    if (this.#firstGiven) throw new Error('this interaction already has its first response');
    this.#give(body);
  }

  #give(body: APIInteractionResponse): void {
    this.#firstGiven = true;
    this.#resolveFirst(body);
  }

  /** Waits until the first response is out; false when the answer is to be dropped. */
  async #ready(what: string): Promise<boolean> {
    if (this.#late) {
      this.#dropped(what);
      return false;
    }
    if (!this.#firstGiven) throw new Error(`a ${what} needs the first response first`);
    await this.#sent;
    return true;
  }

  #dropped(what: string): void {
    if (this.#droppedLogged) return;
    this.#droppedLogged = true;
    this.#options.logger.warn(
      { interactionId: this.#options.interactionId, dropped: what },
      'answer ready after the 3 s window: dropped',
    );
  }
}
