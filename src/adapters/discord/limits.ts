/**
 * Discord's payload limits and deadlines as named constants: the renderer, the registration builder
 * and the interaction handler keep every payload inside them.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 */
export const DISCORD_LIMITS = {
  /** Characters in a message's `content`. */
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Title, description, field names and values, footer and author of all embeds together. */
  embedsTotal: 6000,
  embedsPerMessage: 10,
  buttonsPerRow: 5,
  actionRows: 5,
  buttonLabel: 80,
  customId: 100,
  linkButtonUrl: 512,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  optionName: 32,
  optionDescription: 100,
  optionChoices: 25,
  /** Upper bound of a string option's `max_length`. */
  stringOptionLength: 6000,
} as const;

/** Discord drops an interaction that gets no first response within 3 s. */
export const FIRST_RESPONSE_DEADLINE_MS = 3000;

/**
 * A handler still running after this long is deferred (answered later by an edit), leaving a
 * margin for the network before Discord's 3 s deadline.
 */
export const DEFER_AFTER_MS = 1500;

/**
 * Kept back from the 3 s window for the network: a first response is only retried when the retry
 * can start this long before the window closes.
 */
export const FIRST_RESPONSE_MARGIN_MS = 250;

/** REST requests (replies, edits) give up after this long instead of @discordjs/rest's 15 s. */
export const REST_TIMEOUT_MS = 10_000;

/**
 * A rate limit asking for a longer wait than this fails the request instead (@discordjs/rest would
 * wait without limit). First responses never wait past their 3 s window whatever this says.
 */
export const RATE_LIMIT_MAX_WAIT_MS = 60_000;

/** Retries after a 5xx or a dropped connection, each after an exponential, jittered pause. */
export const SERVER_ERROR_RETRIES = 3;

/** The first pause after a 5xx (then doubled each time, with jitter), for edits and follow-ups. */
export const SERVER_ERROR_BACKOFF_MS = 500;

/** The same for a first response, shorter because its whole budget is 3 s. */
export const FIRST_RESPONSE_BACKOFF_MS = 200;

/** Part of `stop()`'s budget kept back for closing the gateway after in-flight work. */
export const DESTROY_RESERVE_MS = 500;

/** The private answer to an interaction that arrives while the bot is stopping. */
export const STOPPING_MESSAGE = 'Verbatim is restarting. Try again in a minute.';
