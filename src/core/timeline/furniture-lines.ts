/**
 * Lines that carry a date but tell no event: copyright lines (`© 2023 X Corp.`), a profile's
 * "Joined March 2014", post headers, bylines and datelines ("By A. Writer | Published 15 March
 * 2023, 21:14 | Updated 3 hours ago", "Thursday 16 July 2020 07:30 BST", "14 October 2023 · 7 min
 * read", "FOR IMMEDIATE RELEASE – Monday 10 July 2023") and link or tag rows ("Related: …",
 * "Posted in … | Tagged …"). The layout code marks most of them as furniture; the timeline checks
 * again, so that none that reaches it as a passage becomes an event.
 */
import { MONTH, WEEKDAYS, YEAR } from './date-patterns.js';

const COPYRIGHT = /©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|\ball rights reserved\b/i;
const JOINED = new RegExp(`\\bJoined\\s+${MONTH}\\s+${YEAR}\\b`);
const POST_HEADER = /@[A-Za-z0-9_]{1,30}\s*[·•]\s*\S/;
/** Rows of links, tags and categories under or beside an article. */
const LINK_ROW =
  /^\s*(?:Related(?:\s+(?:stories|articles|posts|links))?|Read more|See also|More on this(?:\s+story)?|Most read|Recommended|Tags|Categories)\s*(?::|\||$)/i;
/** "Posted in History, Lectures | Tagged 1911 | 4 Comments": a post's category and tag row. */
const CATEGORY_ROW = new RegExp(
  `^\\s*(?:(?:Posted in|Filed under)\\s+(?!${MONTH}\\b)\\p{Lu}|Tagged\\s*:)|^\\s*(?:Posted in|Filed under|Tagged)\\b.*\\s\\|\\s`,
  'u',
);

const WEEKDAY_WORD = `(?:${WEEKDAYS.join('|')}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?`;
/** The pieces a dateline or byline is made of; what is left after removing them must be nothing. */
const DATELINE_PIECES: RegExp[] = [
  /\bFOR IMMEDIATE RELEASE\b|\bEMBARGOED?\b(?:\s+UNTIL\b)?/gi,
  /\b(?:Last\s+|First\s+)?(?:Published|Updated|Posted|Modified|Filed|Issued|Released)(?:\s+(?:on|at))?\b/gi,
  /\b\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/gi,
  /\b\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?)\s+read\b/gi,
  /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?\b/gi,
  /\b(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|IST)(?:\s*[+-]\s*\d{1,2})?\b/g,
  new RegExp(`\\b${WEEKDAY_WORD}(?=[\\s,.]|$)`, 'g'),
  new RegExp(`\\b${MONTH}(?=[\\s,.]|$)`, 'g'),
  /\b\d{1,4}(?:st|nd|rd|th)?\b/g,
  /\b(?:issue|edition)\b/gi,
  /\b(?:on|at|of|the)\b/gi,
];
/** "By Sinéad Walsh": a byline's name, up to four capitalised words. */
const BYLINE = /\bBy\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}/gu;
/** "Posted 4 August 2023 in Speeches": the category after a dateline's "in". */
const IN_CATEGORY = /^\s*(?:Published|Posted|Filed)\b.*\bin\s+(?<rest>[\p{Lu}][\p{L}\s,&]*)$/u;

/** True when a line (or sentence) with a date is page furniture, not something that happened. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (COPYRIGHT.test(text) || JOINED.test(text) || POST_HEADER.test(text)) return true;
  if (LINK_ROW.test(text) || CATEGORY_ROW.test(text)) return true;
  return isDateline(text);
}

/** A line made only of dates, times, "Published"/"Updated", a byline and reading times. */
function isDateline(text: string): boolean {
  let rest = text;
  const category = IN_CATEGORY.exec(rest);
  if (category?.groups?.rest) rest = rest.slice(0, rest.length - category.groups.rest.length - 0);
  rest = rest.replace(BYLINE, ' ');
  for (const piece of DATELINE_PIECES) rest = rest.replace(piece, ' ');
  if (category) rest = rest.replace(/\bin\b/g, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}
