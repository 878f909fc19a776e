/**
 * Discord markdown that shows text literally: every character with a markdown meaning is
 * backslash-escaped (discord.js's escapeMarkdown misses backslashes and long `_` runs), so that
 * what a user typed, or a document's title, shows as typed. Two flavours: `literalMarkdown` for
 * everything around the quotes, where a URL someone typed must not become a link, and
 * `markdownWithHighlights` for a quote's own words, whose URLs stay whole and clickable.
 * @see https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
 */
import type { Highlight } from '../../core/index.js';

/** Escaped anywhere: emphasis, code, spoilers, strikethrough, masked links, mentions, timestamps. */
const ALWAYS = new Set(['\\', '*', '_', '~', '`', '|', '<', '>', '[', ']']);

/** Line-start syntax: headings, subtext, lists, numbered lists (the `.` after the digits). */
const LINE_START = /^[ \t]*(?:([#+-])|\d+(\.))/gm;

const URL = /https?:\/\/[^\s<>]+[^\s<>.,:;!?'")\]]/g;

/**
 * The colon of `scheme://`: Discord links a bare URL only when `https://` stands in one piece, so
 * escaping the colon (`https\://`, shown as `https://`) leaves the URL as text.
 */
const SCHEME_COLON = /\b[a-z][a-z0-9+.-]*:(?=\/\/)/gi;

/**
 * Markdown for text Discord must show exactly as typed (titles, prose, list and field text,
 * citations): nothing formats, no URL links, no mention pings (mentions are also switched off on
 * every message). Used for all text that is not a quote's words.
 */
export function literalMarkdown(text: string): string {
  const escapeAt = lineStartPositions(text);
  for (const m of text.matchAll(SCHEME_COLON)) escapeAt.add(m.index + m[0].length - 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += ALWAYS.has(ch) || escapeAt.has(i) ? `\\${ch}` : ch;
  }
  return out;
}

/**
 * Escapes `text` and wraps each highlight (UTF-16 spans of `text`) in `**`. Highlights are merged,
 * trimmed to non-space characters, and dropped where they touch a URL (bold would break the link).
 */
export function markdownWithHighlights(text: string, highlights: readonly Highlight[]): string {
  const urls = spans(text, URL);
  const escapeAt = lineStartPositions(text);
  const marks = normaliseHighlights(text, highlights).filter(
    (h) => !urls.some((u) => h.start < u.end && u.start < h.end),
  );
  const opens = new Set(marks.map((m) => m.start));
  const closes = new Set(marks.map((m) => m.end));

  let out = '';
  let url = 0;
  for (let i = 0; i < text.length; i++) {
    if (closes.has(i)) out += '**';
    if (opens.has(i)) out += '**';
    while (url < urls.length && urls[url]!.end <= i) url++;
    const inUrl = url < urls.length && urls[url]!.start <= i;
    const ch = text[i]!;
    out += !inUrl && (ALWAYS.has(ch) || escapeAt.has(i)) ? `\\${ch}` : ch;
  }
  if (closes.has(text.length)) out += '**';
  return out;
}

function spans(text: string, re: RegExp): Highlight[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function lineStartPositions(text: string): Set<number> {
  const at = new Set<number>();
  for (const m of text.matchAll(LINE_START)) {
    const mark = m[1] ?? m[2];
    if (mark !== undefined) at.add(m.index + m[0].length - 1);
  }
  return at;
}

/** Sorted, non-overlapping, in range, without leading/trailing whitespace, non-empty. */
function normaliseHighlights(text: string, highlights: readonly Highlight[]): Highlight[] {
  const sorted = highlights
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.start < h.end)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const h of sorted) {
    const last = merged[merged.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else merged.push({ ...h });
  }
  return merged
    .map((h) => {
      let { start, end } = h;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((h) => h.start < h.end);
}
