/**
 * Cutting text to a Discord limit with a visible marker (`…`), without leaving broken markdown:
 * no dangling escape backslash and no unclosed `**`.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */

/** Cuts plain text to `max` characters, ending in `…` when cut. */
export function clipPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${dropLoneSurrogate(text.slice(0, Math.max(0, max - 1))).trimEnd()}…`;
}

/**
 * Cuts markdown made by literalMarkdown/markdownWithHighlights to `max` characters, ending in `…`
 * (inside the bold when the cut falls in a highlight).
 */
export function clipMarkdown(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  const plain = cutMarkdown(markdown, max - 1);
  if (!plain.open) return `${plain.text}…`;
  // Inside bold: make room for the closing "**" too.
  const bold = cutMarkdown(markdown, max - 3);
  return bold.open ? `${bold.text}…**` : `${bold.text}…`;
}

/** The first `length` characters, without a dangling escape or half a `**`, and whether bold is open. */
function cutMarkdown(markdown: string, length: number): { text: string; open: boolean } {
  let cut = dropLoneSurrogate(markdown.slice(0, Math.max(0, length)));
  cut = cut.replace(/(?<!\\)((?:\\\\)*)\\$/, '$1');
  const { markers, danglingStar } = scanBold(cut);
  if (danglingStar) cut = cut.slice(0, -1);
  const open = markers % 2 === 1;
  // A cut right after an opening "**" leaves nothing in bold: drop the marker.
  if (open && cut.endsWith('**')) return { text: cut.slice(0, -2).trimEnd(), open: false };
  return { text: cut.trimEnd(), open };
}

/**
 * Counts `**` markers that are not escaped (escapes come in `\x` pairs); a last unescaped `*`
 * without its partner is half a marker cut in two.
 */
function scanBold(markdown: string): { markers: number; danglingStar: boolean } {
  let markers = 0;
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') {
      i++;
    } else if (markdown[i] === '*') {
      if (markdown[i + 1] === '*') {
        markers++;
        i++;
      } else if (i === markdown.length - 1) {
        return { markers, danglingStar: true };
      }
    }
  }
  return { markers, danglingStar: false };
}

function dropLoneSurrogate(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}
