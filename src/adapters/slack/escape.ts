/**
 * Escaping for Slack mrkdwn: exactly `&`, `<` and `>`, and `verbatim: true` on every mrkdwn text
 * object, so `<!channel>`, `<!here>` and `<@U123>` in corpus or user text notify nobody.
 * @see https://api.slack.com/reference/surfaces/formatting#escaping
 */

/** A Block Kit mrkdwn text object. */
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}

/** A Block Kit plain_text object (never parsed for mentions or links). */
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A mrkdwn text object from already-escaped mrkdwn. Always `verbatim: true`. */
export function mrkdwn(escaped: string): MrkdwnText {
  return { type: 'mrkdwn', text: escaped, verbatim: true };
}

/** A plain_text object, cut to `max` characters with a visible marker. */
export function plainText(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncatePlain(text, max), emoji: false };
}

/** Cuts `text` to at most `max` characters, ending with `…` when cut; never splits a surrogate pair. */
export function truncatePlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/**
 * A link in mrkdwn: `<url|label>`. Only http(s) URLs are linked. A `|` in the URL, which would end
 * it early, is percent-encoded; everything after the first `|` is label, so the label keeps its own.
 */
export function mrkdwnLink(url: string, escapedLabel: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return escapedLabel;
  const safeUrl = escapeMrkdwn(url.replace(/\|/g, '%7C'));
  return `<${safeUrl}|${escapedLabel}>`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
