/**
 * Slack's Block Kit and Web API limits, as named constants. The renderer enforces them (split,
 * truncate with a visible marker), so Slack never rejects a payload we build.
 * @see https://api.slack.com/reference/block-kit/blocks
 * @see https://api.slack.com/reference/block-kit/block-elements#button
 */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocks: 50,
  /** Characters in one text object (section text, context element). */
  text: 3000,
  /** Characters in a header block's plain_text. */
  header: 150,
  /** Fields in one section block. */
  sectionFields: 10,
  /** Characters in one section field. */
  fieldText: 2000,
  /** Elements in one context block. */
  contextElements: 10,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** Characters in a button's text. */
  buttonText: 75,
  /** Characters in a button's value. */
  buttonValue: 2000,
  /** Characters in a button's url. */
  buttonUrl: 3000,
  /** Characters in an action_id. */
  actionId: 255,
  /** Characters in the top-level `text` fallback we send (Slack truncates at 40,000; notifications need far less). */
  fallbackText: 3000,
} as const;

/** How long a slash command's text may be before we refuse to parse it (Slack sends one free string). */
export const SLASH_TEXT_MAX = 10_000;

/** Slash command names: lowercase, at most 32 characters including the slash. */
export const COMMAND_NAME_MAX = 32;

/** Timeouts and retry bounds for calls we make to Slack. */
export const SLACK_NETWORK = {
  /** Per-request timeout of the Web API client, in ms. */
  webApiTimeoutMs: 10_000,
  /** Retries of a failed Web API call (Slack's default retries for about 30 minutes). */
  webApiRetries: 2,
  /**
   * How long one POST to a `response_url` may take, in ms. Past it the outcome is unknown and the
   * answer is not sent again (it may still be posted), so a generous wait costs nothing but time.
   */
  responseUrlTimeoutMs: 10_000,
} as const;
