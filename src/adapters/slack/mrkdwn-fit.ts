/**
 * Fitting escaped mrkdwn into Slack's per-text-object limit: split long text into chunks at
 * whitespace, or cut it with a visible marker, never inside an `&amp;` entity or a surrogate pair.
 * @see https://api.slack.com/reference/block-kit/composition-objects#text
 */

/** The marker that ends text cut to fit. */
const CUT_MARKER = '… (cut)';

/**
 * Splits escaped mrkdwn (or plain text) into chunks of at most `max` characters, preferring line,
 * then word breaks.
 */
export function splitMrkdwn(escaped: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = escaped;
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = Math.max(window.lastIndexOf(' '), cut);
    if (cut <= 0) cut = safeCut(rest, max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  if (rest.length > 0 || chunks.length === 0) chunks.push(rest);
  return chunks;
}

/** Cuts escaped mrkdwn to at most `max` characters, ending with {@link CUT_MARKER} when cut. */
export function cutMrkdwn(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  const room = max - CUT_MARKER.length;
  let cut = safeCut(escaped, room);
  const space = escaped.lastIndexOf(' ', cut);
  if (space > room * 0.8) cut = space;
  return `${escaped.slice(0, cut).trimEnd()}${CUT_MARKER}`;
}

/**
 * The longest prefix length `n ≤ full` for which `render(n)` fits in `max`, by binary search;
 * `render` must grow with `n`. Returns 0 when even `render(0)` does not fit.
 */
export function longestFitting(full: number, max: number, render: (n: number) => string): number {
  if (render(full).length <= max) return full;
  let lo = 0;
  let hi = full;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A cut position ≤ max that splits neither an HTML entity nor a surrogate pair. */
function safeCut(text: string, max: number): number {
  let cut = Math.min(max, text.length);
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp !== -1 && amp > cut - 5) {
    const semi = text.indexOf(';', amp);
    if (semi >= cut) cut = amp;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}
