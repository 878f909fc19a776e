/**
 * Furniture recognised by its shape rather than its words: a line that is only a date and time,
 * a like/follower count, a byline, a phone number or e-mail address. Each test reads one trimmed
 * line and is written for the way sites print these, not for any one site.
 */

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const WEEKDAYS =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';

/** A month name, a numeric date (14/06/2023, 2023-06-14), a clock time or "N hours ago": what makes a date line. */
const DATE_CORE = new RegExp(
  `\\b(?:${MONTHS})\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s*(?:am|pm)\\b|\\bago\\b|\\b(?:yesterday|today)\\b`,
  'i',
);

/** What a date line may hold besides its date: weekdays, numbers, times, zones, "Updated", separators. */
const DATE_PART = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS})\\b\\.?|\\b\\d{1,4}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b(?:am|pm|a\\.m\\.|p\\.m\\.|noon|bst|gmt|utc|cet|cest|est|edt|pst|pdt|ist)\\b|` +
    '\\b(?:published|updated|last updated|first published|posted|modified|on|at|ago|just now|yesterday|today|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|an?)\\b|' +
    '[/|·•,.:–—\\-()+]',
  'gi',
);

/** A line that is only a date or timestamp: "Thursday 16 July 2020 07:30 BST", "Updated 5 hours ago". */
export function isDateLine(line: string): boolean {
  if (line.length > 80 || !DATE_CORE.test(line)) return false;
  return line.replace(DATE_PART, '').trim() === '';
}

/** Words that counts stand before on social and comment widgets. */
const COUNTED =
  /^(?:repl(?:y|ies)|reposts?|retweets?|quotes?|likes?|views?|comments?|shares?|bookmarks?|followers?|following|posts?|tweets?|reactions?|members?|subscribers?|votes?|points?|responses?)$/i;

/**
 * Counts: "12 Reposts 48 Likes", "1,203 Following  28.4K Followers", "3 replies". One pair counts
 * when its word is a widget's; two or more number-word pairs count whatever the words.
 */
export function isCountsLine(line: string): boolean {
  const pairs = [...line.matchAll(/(\d[\d.,]*[KkMm]?)\s+(\p{L}+)/gu)];
  if (pairs.length === 0) return false;
  const rest = line.replace(/\d[\d.,]*[KkMm]?\s+\p{L}+/gu, '').replace(/[\s·•|,]+/g, '');
  if (rest !== '') return false;
  return pairs.length >= 2 || COUNTED.test(pairs[0]![2]!);
}

const NAME_WORD = `(?:[\\p{Lu}][\\p{L}’'.-]*|(?:de|van|von|der|da|di|le|la|du|bin|al)\\b)`;
const BYLINE = new RegExp(
  `^(?:[Bb]y|BY|(?:[Ww]ords|[Ww]ritten|[Pp]osted|[Ss]tory|[Ii]nterview|[Rr]eporting) by)\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}(?:\\s+(?:and|&)\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})?)\\s*(?:([,|·•–—-])\\s*(.*))?$`,
  'u',
);

/**
 * A byline: "By Jo Bloggs", "By Jo Bloggs, Political Editor", "By Jo Bloggs | Published 15 March
 * 2023, 21:14". What follows the name is a role (capitalised words) or a date, never a clause:
 * "By Monday, everyone knew." is not a byline.
 */
export function isBylineLine(line: string): boolean {
  const m = BYLINE.exec(line);
  if (!m) return false;
  if (!/^\p{Lu}/u.test(m[1]!)) return false;
  const tail = m[3]?.trim() ?? '';
  if (tail === '') return !/[.!?]$/.test(line) || /\.$/.test(m[1]!);
  if (tail.split(/\s+/).length > 14) return false;
  if (DATE_CORE.test(tail)) return true;
  const words = tail.split(/[\s,|·•–—-]+/).filter((w) => /^\p{L}/u.test(w));
  const minor = /^(?:and|of|for|the|at|in|on|to|&)$/i;
  return words.every((w) => /^\p{Lu}/u.test(w) || minor.test(w));
}

const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/;
/** A phone number as printed in contact blocks: "0151 496 0732", "+44 (0)20 7946 0958", "T: 07700 900417". */
const PHONE =
  /(?:^|[\s:(])(?:\+\d{1,3}[\s-]?(?:\(0\)\s?)?\d|0\d)\d{1,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;

/** A contact line: an e-mail address or phone number in a short line that is not a sentence. */
export function isPhoneOrEmailLine(line: string): boolean {
  if (!EMAIL.test(line) && !PHONE.test(line)) return false;
  const words = line.split(/\s+/).length;
  return words <= 8 || (words <= 16 && !/[.!?]$/.test(line));
}

/** Separators between the items of a menu or a row of links. */
const ITEM_SEPARATOR = /\s+[|·•]\s+/;

/**
 * A row of links: three or more short items between "|" or "·" ("Download the agenda pack (PDF) |
 * Watch the webcast | Minutes"), none of them a sentence.
 */
export function isMenuLine(line: string): boolean {
  const items = line.split(ITEM_SEPARATOR);
  if (items.length < 3) return false;
  return items.every((item) => item.split(/\s+/).length <= 6 && !/[.!?]["”’]?$/.test(item));
}
