/**
 * An interview without speaker labels: which paragraphs are the interviewer's questions, asked
 * ("Why nursing?"), requested ("Tell me about …") or put to "you" with no "I" ("You grew up on
 * the estate."), when a first-person answer follows.
 */
import { wordCount } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';
import { mentions } from './voices.js';

const QUESTION_TO_YOU = /\b(?:you|your|yourself|yours)\b/i;
/** Questions put as requests: "Tell me about the budget.", "Talk us through the vote." */
const REQUEST =
  /^(?:(?:so|and|finally|lastly|now),?\s+)?(?:tell|talk|walk|take)\s+(?:me|us)\b|^(?:describe|explain|finish|complete)\b|^let['’]s (?:talk|turn|move)\b/i;
export const FIRST_PERSON = /\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|me|my|mine|we|our|us)\b/;

/** The questions among the body paragraphs `bodyIdx` (unit indices), `textOf` giving their text. */
export function interviewQuestions(
  bodyIdx: readonly number[],
  textOf: (i: number) => string,
  subject: string | null,
  speakers: SpeakerDirectory,
): Set<number> {
  const questions = new Set<number>();
  bodyIdx.forEach((i, k) => {
    const t = textOf(i);
    const next = bodyIdx[k + 1];
    const answered = next !== undefined && FIRST_PERSON.test(textOf(next));
    if (isQuestion(t) || (answered && (isShortQuestion(t) || isPutToThem(t)))) questions.add(i);
  });
  // after the first question, a short remark with no "I" before a first-person answer is one too
  // ("The landlords' association says rents went up because of it.")
  const first = Math.min(...questions);
  bodyIdx.forEach((i, k) => {
    const t = textOf(i);
    const next = bodyIdx[k + 1];
    if (i <= first || next === undefined || questions.has(i) || questions.has(next)) return;
    const prevIsAnswer = k > 0 && !questions.has(bodyIdx[k - 1]!);
    if (
      prevIsAnswer &&
      !FIRST_PERSON.test(t) &&
      wordCount(t) <= 20 &&
      FIRST_PERSON.test(textOf(next)) &&
      !mentions(t, subject, speakers)
    )
      questions.add(i);
  });
  return questions;
}

/** "Why nursing?", "And the libel case?": a short question with no "I" in it. */
function isShortQuestion(t: string): boolean {
  return /\?\s*(?:\*\*)?$/.test(t) && wordCount(t) <= 15 && !FIRST_PERSON.test(t);
}

/** "You grew up on the estate.", "Some say you used the case.": a remark put to the interviewee. */
function isPutToThem(t: string): boolean {
  return QUESTION_TO_YOU.test(t) && !FIRST_PERSON.test(t) && wordCount(t) <= 30;
}

function isQuestion(t: string): boolean {
  const plain = t.replace(/^\*\*|\*\*$/g, '');
  if (REQUEST.test(plain) && wordCount(plain) <= 30) return true;
  return /\?\s*(?:\*\*)?$/.test(t) && QUESTION_TO_YOU.test(t) && wordCount(t) >= 5;
}
