/**
 * Questions and the answers after them. In an interview or a transcript the interviewer's question
 * often holds the words people search for ("your thoughts on the exclusion of Ken Loach?") and the
 * answer holds few of them ("It is a disgrace."): a matched question brings its answer.
 */
import type { Passage } from '../types.js';

/**
 * An answer runs over at most this many paragraphs: past that, a long reply is better found by
 * its own words (and a page of results is not one interview).
 */
const MAX_ANSWER_PARAGRAPHS = 5;

/** A question put to someone: an interview question, or an interviewer's or presenter's turn. */
function isQuestion(p: Passage): boolean {
  return p.parentId === null && (p.kind === 'question' || p.role === 'interviewer');
}

/**
 * The paragraphs answering a question, in document order: the top-level passages after it, up to
 * the next turn of the questioner (or of any interviewer), a heading, a reader comment or the end.
 * Quotations inside them are skipped (they belong to their paragraph).
 */
export function answersAfter(question: Passage, documentPassages: readonly Passage[]): Passage[] {
  if (!isQuestion(question)) return [];
  const at =
    documentPassages[question.order] === question
      ? question.order
      : documentPassages.indexOf(question);
  const out: Passage[] = [];
  for (let i = at + 1; at >= 0 && i < documentPassages.length; i++) {
    const p = documentPassages[i]!;
    if (p.parentId !== null) continue;
    if (p.kind === 'heading' || p.kind === 'comment' || isQuestion(p)) break;
    if (p.speaker === question.speaker) break;
    out.push(p);
    if (out.length === MAX_ANSWER_PARAGRAPHS) break;
  }
  return out;
}
