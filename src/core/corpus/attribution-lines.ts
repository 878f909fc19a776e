/**
 * Attribution lines: "— Maya Okafor, role" under a block quote, or a name line under a paragraph
 * that is one quotation, give the quoted paragraphs above them to that speaker.
 */
import type { FurnitureSpan, Role, Span } from '../types.js';
import type { Draft } from './drafts.js';
import { sure } from './drafts.js';
import type { MentionContext } from './mention-context.js';
import { resolveNP } from './mentions.js';
import type { DocumentNames } from './person-names.js';
import { findQuoteMarks } from './quote-marks.js';
import { trimSpan } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';

/** "— Maya Okafor, Labour candidate" under a block quote. */
export const DASH_ATTRIBUTION =
  /^[—–―~-]\s*((?:[\p{Lu}][\p{L}’'.-]+\.?)(?:\s+[\p{Lu}][\p{L}’'.-]+){0,4})(?:\s*,\s*[^\n]{1,80})?$/u;
/** "Maya Okafor, Labour candidate" on its own line under a paragraph that is one quotation. */
const NAME_ATTRIBUTION =
  /^((?:[\p{Lu}][\p{L}’'.-]+\.?)(?:\s+[\p{Lu}][\p{L}’'.-]+){0,4})(?:\s*,\s*[^.!?\n]{1,60})?$/u;

/** What reading an attribution line needs, and what it changes (the drafts above, the furniture). */
export interface AttributionLines {
  body: string;
  drafts: Draft[];
  furniture: FurnitureSpan[];
  speakers: SpeakerDirectory;
  names: DocumentNames;
  /** The document's narrator, the voice of "I" in the line. */
  narrator: string;
  roleOf: (name: string) => Role;
}

/**
 * "— Maya Okafor, role" under a block quote (with or without quotation marks), or a name line
 * under a paragraph that is one quotation: the paragraphs above it are that person's.
 */
export function attributionLine(
  { body, drafts, furniture, speakers, names, narrator, roleOf }: AttributionLines,
  unit: Span,
  isHeading: boolean,
): boolean {
  const t = body.slice(unit.start, unit.end);
  const dash = DASH_ATTRIBUTION.exec(t);
  const prev = drafts[drafts.length - 1];
  if (!prev || prev.kind === 'heading' || prev.kind === 'comment') return false;
  if (!dash && !(isHeading && NAME_ATTRIBUTION.test(t) && isWholeQuotation(body, prev)))
    return false;
  if (prev.attribution.sieve === 'label' || prev.attribution.sieve === 'post-header') return false;
  const name = (dash ?? NAME_ATTRIBUTION.exec(t))![1]!;
  const ctx: MentionContext = { speakers, names, voice: narrator };
  const who = resolveNP(name, body.slice(0, prev.start), t, ctx);
  if (!who) return false;
  const attribution = sure('attribution-line', { start: unit.start, end: unit.end });
  // the block quote may run over several paragraphs: all the quoted ones right above the line
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k]!;
    if (d.kind === 'heading' || d.kind === 'comment' || d.parent) break;
    if (k < drafts.length - 1 && !isWholeQuotation(body, d)) break;
    Object.assign(d, quotedContent(body, d));
    d.speaker = who.speaker;
    d.role = roleOf(who.speaker);
    d.kind = 'quotation';
    d.attribution = attribution;
  }
  furniture.push({ start: unit.start, end: unit.end, reason: 'attribution line' });
  return true;
}

/** A paragraph that is one quotation from its first character to its last. */
function isWholeQuotation(body: string, span: Span): boolean {
  const t = body.slice(span.start, span.end);
  if (/^>\s/.test(t)) return true;
  const marks = findQuoteMarks(t);
  return marks.length === 1 && marks[0]![0] === 0 && marks[0]![1] >= t.length - 2;
}

/** The words inside a block quote's marks (or after its `>`), as a span of the body. */
function quotedContent(body: string, span: Span): Span {
  const t = body.slice(span.start, span.end);
  const quote = /^>\s*/.exec(t);
  if (quote) return trimSpan(body, span.start + quote[0].length, span.end);
  const marks = findQuoteMarks(t);
  if (marks.length === 1 && marks[0]![0] === 0) {
    let end = span.start + marks[0]![1];
    while (end > span.start && /[\s,]/.test(body[end - 1]!)) end--;
    return trimSpan(body, span.start + 1, end);
  }
  return span;
}
