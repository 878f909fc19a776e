/**
 * Notes a page prints about itself rather than anyone's words: a transcript's disclaimer, a
 * print-issue note, comment-thread controls, newsletter sign-ups, photo captions and credits, a
 * disclosure, a labelled advertisement, "Next: …" links. Part of furniture.ts's line rules.
 */
import type { LineRule } from './furniture.js';

export const PAGE_NOTE_RULES: readonly LineRule[] = [
  [
    'transcript disclaimer',
    /^\(?(?:this |the )?(?:transcript|captions?|subtitles?)(?:\s*\([^)]{0,40}\))?\s+(?:(?:is|was|has been|have been|are) )?(?:auto(?:matically)?[- ]generated|generated|provided|produced|machine-generated|created) (?:by|from|for|automatically)\b|^\(?(?:this |the )?(?:transcript|captions?|subtitles?)\b.{0,120}\b(?:may contain (?:errors|inaccuracies|mistakes)|timestamps? (?:are )?approximate|for information(?:al purposes)? only|edited for (?:readability|clarity|length))/i,
    300,
  ],
  [
    'print issue note',
    /^(?:this|a version of this) (?:story|article|piece|interview|essay|profile|review|column) (?:appears|appeared|was published|ran|will appear) in (?:the )?[^.!?]{0,60}\b(?:print )?(?:issue|edition)\b/i,
    300,
  ],
  [
    'comment controls',
    /^(?:(?:load|show|view|see) (?:more|all|\d+ more|previous|older|newer) (?:comments|replies|responses)\b[^.!?]{0,20}$|comments (?:are|will be) (?:moderated|reviewed|closed)\b)/i,
    300,
  ],
  [
    'newsletter appeal',
    /^\p{Extended_Pictographic}?\s*(?:get [^.!?]{1,50} in your inbox|(?:sign up|subscribe) (?:to|for) [^.!?]{1,60}\b(?:newsletter|premium|digest|daily|weekly|inbox|ad-free|print|digital)\b)/iu,
    300,
  ],
  ['photo caption', /^\[(?:photo|picture|image|photograph)s?:[^\]]{2,300}\]$/i, 320],
  ['photo credit', /^(?:photo|picture|image)s?\s*(?:\/|:|by)\s*\p{Lu}[^.!?]{1,60}$/iu],
  ['disclosure', /^disclosure:\s+\S/i, 400],
  ['advertisement', /^advertisement\s*[:\-–—]\s+\S/i, 300],
  [
    'links and separators',
    /^(?:next|previous|prev|older|newer)(?: (?:story|article|post|episode))?\s*:\s*[^.!?]{1,120}[›»]?$/i,
    200,
  ],
];
