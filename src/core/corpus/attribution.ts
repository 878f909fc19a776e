/**
 * Why a passage has its speaker, in words a user can check: the sieve that decided, the words of
 * the document it read, and where those words stand ("she told the Herald", just after).
 */
import type { Passage, Sieve, Span } from '../types.js';

/** What each sieve reads, for people. */
const SIEVE_DESCRIPTIONS: Readonly<Record<Sieve, string>> = {
  'front-matter': 'the document’s author',
  label: 'the speaker label',
  'interview-layout': 'the interview’s questions and answers',
  'post-header': 'the post’s header',
  'comment-header': 'the comment’s header',
  'first-person': 'the writer the document names (title or signature)',
  narration: 'the narration of the document',
  'speech-verb': 'a speech verb beside the quotation',
  'according-to': '“according to”',
  'attribution-line': 'the attribution line under the quotation',
  continuation: 'a quotation it continues',
  pronoun: 'a pronoun, read as the last person named before it',
  none: 'nothing in the text that names the speaker',
};

export interface AttributionInfo {
  sieve: Sieve;
  /** The sieve in words. */
  rule: string;
  /** The document's words that name the speaker, verbatim, when any. */
  evidence: string | null;
  span: Span | null;
  /** Where the evidence stands relative to the passage: `in the passage`, `just before`, … */
  where: string | null;
}

export function attributionOf(passage: Passage, body: string): AttributionInfo {
  const { sieve, evidence } = passage.attribution;
  return {
    sieve,
    rule: SIEVE_DESCRIPTIONS[sieve],
    evidence: evidence ? body.slice(evidence.start, evidence.end) : null,
    span: evidence,
    where: evidence ? whereIs(evidence, passage, body) : null,
  };
}

/**
 * "Attributed to Maya Okafor: a speech verb beside the quotation, ‘she told the Herald’, just
 * after."; "Unattributed: nothing in the text that names the speaker."
 */
export function describeAttribution(speaker: string, info: AttributionInfo): string {
  if (info.sieve === 'none' && !info.evidence) return `Unattributed: ${info.rule}.`;
  const head = `Attributed to ${speaker}: ${info.rule}`;
  if (!info.evidence) return `${head}.`;
  const words = info.evidence.replace(/\s+/g, ' ');
  const shown = words.length > 80 ? `${words.slice(0, 79)}…` : words;
  return `${head}, ‘${shown}’, ${info.where}.`;
}

function whereIs(evidence: Span, passage: Span, body: string): string {
  if (evidence.start >= passage.start && evidence.end <= passage.end) return 'in the passage';
  if (evidence.end <= passage.start) {
    const between = body.slice(evidence.end, passage.start);
    if (/\n\s*\n/.test(between)) return 'a paragraph before';
    return /\n/.test(between) ? 'the line before' : 'just before';
  }
  if (evidence.start >= passage.end) {
    const between = body.slice(passage.end, evidence.start);
    if (/\n\s*\n/.test(between)) return 'a paragraph after';
    return /\n/.test(between) ? 'the line after' : 'just after';
  }
  return 'around the passage';
}
