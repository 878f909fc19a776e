/**
 * Incoming Slack text (slash command text, message and mention text) back to what the user saw:
 * Slack sends `&`, `<`, `>` escaped and mentions and links as `<…>` tokens.
 * @see https://api.slack.com/reference/surfaces/formatting#retrieving-messages
 */

/** Turns Slack's wire format into the text a person saw: `<@U1|ann>` → `@ann`, `<url|label>` → `label`. */
export function slackTextToPlain(text: string): string {
  const withoutTokens = text.replace(/<([^<>]*)>/g, (_match, inner: string) => tokenToPlain(inner));
  return decodeEntities(withoutTokens);
}

/** Removes the first mention of the bot (`<@U123>` or `<@U123|name>`) from message text. */
export function stripBotMention(text: string, botUserId: string): string {
  const pattern = new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`);
  return text.replace(pattern, ' ').replace(/\s+/g, ' ').trim();
}

function tokenToPlain(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? null : inner.slice(bar + 1);
  if (target.startsWith('@')) return label !== null ? `@${label.replace(/^@/, '')}` : target;
  if (target.startsWith('#')) return label !== null ? `#${label.replace(/^#/, '')}` : target;
  if (target.startsWith('!')) {
    // <!here>, <!channel>, <!everyone>, <!subteam^S1|@team>, <!date^…|fallback>
    if (label !== null) return label;
    return `@${target.slice(1).split('^')[0]}`;
  }
  if (label !== null) return label;
  return target.startsWith('mailto:') ? target.slice('mailto:'.length) : target;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_m, name: string) =>
    name === 'amp' ? '&' : name === 'lt' ? '<' : '>',
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
