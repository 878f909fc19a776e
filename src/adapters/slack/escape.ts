/**
 * Text for Slack shown as typed. Where the layout allows, text goes in `plain_text` objects, which
 * Slack never formats or parses for mentions. Where it must sit in mrkdwn (beside bold
 * labels, in a citation with its link), `literalMrkdwn` escapes `&`, `<` and `>` (so `<!channel>`,
 * `<!here>` and `<@U123>` notify nobody; every mrkdwn object also has `verbatim: true`) and
 * neutralises the formatting marks, for which Slack has no escape.
 * @see https://api.slack.com/reference/surfaces/formatting#escaping
 */

/**
 * U+2060 WORD JOINER: invisible. Inside `https://` or `:name:` it keeps Slack from seeing a link
 * or an emoji code. It cannot stop `*bold*`: Slack takes a zero-width space beside a mark as a word
 * break (jsx-slack's "exact mode" inserts one to force formatting), so invisible characters there
 * make formatting more likely, not less.
 */
const JOINER = '\u2060';

/** The scheme of a URL (`https` in `https://…`): the joiner goes after it. */
const URL_SCHEME = /\b[a-z][a-z0-9+.-]*(?=:\/\/)/gi;

/**
 * mrkdwn's formatting marks and the look-alikes shown instead (the replacements jsx-slack uses):
 * nothing else keeps `*bold*`, `_italic_`, `~strike~` or `` `code` `` from formatting.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02CD', // ˍ modifier letter low macron
  '~': '\u223C', // ∼ tilde operator
  '`': '\u02CB', // ˋ modifier letter grave accent
};

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

/**
 * mrkdwn for text Slack must show as typed (speakers, titles, list and field text): `&<>` escaped,
 * the formatting marks replaced by look-alikes, a `>` that starts a line not a block quote (an
 * invisible soft hyphen before it), no link from a typed URL, no emoji from a `:name:`.
 */
export function literalMrkdwn(text: string): string {
  return unlinkUrls(escapeMrkdwn(text))
    .replace(/[*_~`]/g, (c) => LOOK_ALIKES[c] ?? c)
    .replace(/^([ \t]*)&gt;/gm, '$1\u00AD&gt;')
    .replace(/:(?=[a-z0-9+'-]+:)/gi, `:${JOINER}`);
}

/** `https://x` → `https\u2060://x`: shown the same, never a link. */
export function unlinkUrls(text: string): string {
  return text.replace(URL_SCHEME, (scheme) => `${scheme}${JOINER}`);
}

/** A mrkdwn text object from already-escaped mrkdwn. Always `verbatim: true`. */
export function mrkdwn(escaped: string): MrkdwnText {
  return { type: 'mrkdwn', text: escaped, verbatim: true };
}

/**
 * A plain_text object, cut to `max` characters with a visible marker: shown as typed, with a typed
 * URL kept from becoming a link and `:name:` left as text (`emoji: false`).
 */
export function plainText(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncatePlain(unlinkUrls(text), max), emoji: false };
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
