/**
 * A core quote block as Slack mrkdwn: every line behind `>`, matched words in bold, an ellipsis
 * where the passage goes on, the speaker and citation in a context line. Text is escaped.
 * @see https://api.slack.com/reference/surfaces/formatting#block-formatting
 */
import { speakerNote, type Block, type Highlight, type SourceRef } from '../../core/index.js';
import { escapeMrkdwn, literalMrkdwn, mrkdwnLink } from './escape.js';
import { longestFitting } from './mrkdwn-fit.js';

type QuoteBlock = Extract<Block, { type: 'quote' }>;

/** The quoted words as a mrkdwn block quote of at most `max` characters (cut with `…` when longer). */
export function quoteMrkdwn(block: QuoteBlock, max: number): string {
  const full = block.text.length;
  let n = longestFitting(full, max, (len) => renderQuote(block, len));
  if (n < full) {
    // End the cut at a word break when one is near.
    const space = block.text.lastIndexOf(' ', n);
    if (space > n * 0.8) n = space;
  }
  return renderQuote(block, n);
}

/** `— *Chris Williamson* (own words) · quote q1a2b3`, with the core's role words and "quoted by". */
export function speakerMrkdwn(block: QuoteBlock): string {
  return `— *${literalMrkdwn(block.speaker)}* (${literalMrkdwn(speakerNote(block.role, block.quotedBy))}) · quote \`${escapeMrkdwn(block.quoteId)}\``;
}

/** The core's citation line with the title linked: `<url|Title> — Publisher, 6 Nov 2019`. */
export function citationMrkdwn(source: SourceRef): string {
  const title = literalMrkdwn(source.title);
  const linked = source.url ? mrkdwnLink(source.url, title) : title;
  const where = [source.publisher, source.publishedLabel]
    .filter(Boolean)
    .map((p) => literalMrkdwn(p!))
    .join(', ');
  return where ? `${linked} — ${where}` : linked;
}

/** Renders the first `length` characters of the quote (all of it when `length` is the full length). */
function renderQuote(block: QuoteBlock, length: number): string {
  const text = block.text.slice(0, length);
  const cut = length < block.text.length;
  const highlights = clipHighlights(block.highlights, text);
  let body = '';
  let at = 0;
  for (const h of highlights) {
    body += escapeMrkdwn(text.slice(at, h.start));
    body += boldLines(text.slice(h.start, h.end));
    at = h.end;
  }
  body += escapeMrkdwn(text.slice(at));
  const before = block.truncatedBefore ? '…' : '';
  const after = block.truncatedAfter || cut ? '…' : '';
  return `${before}${body.trimEnd()}${after}`
    .split('\n')
    .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** Highlights sorted, merged, kept inside `text` and trimmed of surrounding whitespace. */
function clipHighlights(highlights: readonly Highlight[], text: string): Highlight[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const out: Highlight[] = [];
  for (const h of sorted) {
    let start = Math.max(0, h.start);
    let end = Math.min(text.length, h.end);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start >= end) continue;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** Bold per line: mrkdwn bold cannot span a line break. */
function boldLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      if (trimmed === '') return line;
      const lead = line.slice(0, line.indexOf(trimmed));
      const trail = line.slice(lead.length + trimmed.length);
      return `${lead}*${escapeMrkdwn(trimmed)}*${trail}`;
    })
    .join('\n');
}
