/**
 * Short labels drawn from a sentence (the clause around a date expression) and the key words
 * that decide whether two tellings are the same event.
 */
import { stemmer } from 'stemmer';

const MAX_LABEL_LENGTH = 110;

interface Span {
  start: number;
  end: number;
}

/** Clause breaks: a comma, semicolon or colon, a spaced dash, or a sentence end inside the text. */
const CLAUSE_BREAK = /\s*[,;:]\s+|\s+[–—-]\s+|(?<=[.?!])\s+/g;
/** A first clause opening like this is an adverbial ("In July,", "Following his resignation … in 2019,"): the event is in the next clause. */
const ADVERBIAL_START =
  /^(?:in|on|at|during|following|after|before|since|by|for|over|from|until|last|earlier|later|this|just|and just|when|while|\w+ing)\b/i;
const LEADING_CONJUNCTION = /^(?:and|but|or|so|then|yet)\s+/i;
const TRAILING_PREPOSITION = /\s+(?:from|in|on|at|since|until|between|during|by)\s*$/i;
/** Words too thin to make a label on their own. */
const THIN_WORDS = new Set([
  'and',
  'but',
  'or',
  'then',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'of',
  'to',
  'from',
  'with',
  'under',
  'by',
]);

/** A date expression within the sentence. */
export interface LabelMention {
  index: number;
  text: string;
}

/**
 * The clause of `sentence` that holds `mention`, shortened to `max`: with the main clause when the
 * date opens the sentence as an adverbial ("In July, membership dipped…"), and with the subject of
 * the clause before when its own clause says nothing else ("… Derby North … from 2017 to 2019").
 * `others` are the sentence's other date expressions: a clause break never cuts a date.
 */
export function labelOf(
  sentence: string,
  mention: LabelMention,
  others: readonly Span[] = [],
  max = MAX_LABEL_LENGTH,
): string {
  const own: Span = { start: mention.index, end: mention.index + mention.text.length };
  const guarded = [own, ...others];
  const clauses: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    if (guarded.some((g) => at < g.end && g.start < at + m[0].length)) continue;
    if (at > start) clauses.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < sentence.length) clauses.push({ start, end: sentence.length });

  const i = Math.max(
    0,
    clauses.findIndex((c) => own.start >= c.start && own.start < c.end),
  );
  const clause = (k: number) => sentence.slice(clauses[k]!.start, clauses[k]!.end);
  const content = (text: string) => wordsOf(text).filter((w) => !THIN_WORDS.has(w.toLowerCase()));
  let label: string;
  if (i === 0 && clauses.length > 1 && ADVERBIAL_START.test(clause(0))) {
    label = sentence.slice(clauses[0]!.start, clauses[1]!.end);
  } else if (content(clause(i).replace(mention.text, ' ')).length >= 3) {
    label = clause(i);
  } else if (i > 0) {
    // "…, and from 2017 to 2019": the clause before, up to its own date, says what happened
    const prev = clauses[i - 1]!;
    const cut = Math.min(
      prev.end,
      ...others.filter((o) => o.start >= prev.start && o.start < prev.end).map((o) => o.start),
    );
    const subject = sentence.slice(prev.start, cut).replace(TRAILING_PREPOSITION, '');
    label =
      content(subject).length >= 3
        ? `${subject} … ${clause(i).replace(LEADING_CONJUNCTION, '')}`
        : sentence.slice(prev.start, clauses[i]!.end);
  } else {
    label = sentence.slice(clauses[0]!.start, clauses[Math.min(1, clauses.length - 1)]!.end);
  }
  label = label.replace(LEADING_CONJUNCTION, '').replace(/[\s.,;:!?]+$/, '');
  // a clause cut out of a quotation keeps one quote mark: drop it rather than show it unmatched
  if (!balanced(label)) label = label.replace(/^[“”"]\s*/, '').replace(/\s*[“”"]$/, '');
  const dateAt = Math.max(0, label.indexOf(mention.text));
  return shorten(label, max, dateAt, dateAt + mention.text.length);
}

/** Cuts a label to `max` characters at word boundaries, keeping [keepStart, keepEnd) in view. */
export function shorten(label: string, max: number, keepStart = 0, keepEnd = keepStart): string {
  if (label.length <= max) return label;
  let start = 0;
  if (keepEnd > max - 1) {
    // the date is late in the clause: show the end of it
    start = Math.min(keepStart, label.length - (max - 1));
    const space = label.indexOf(' ', start);
    if (space !== -1 && space < keepStart) start = space + 1;
  }
  let end = Math.min(label.length, start + max - (start > 0 ? 1 : 0) - 1);
  if (end < label.length) {
    const space = label.lastIndexOf(' ', end);
    if (space > Math.max(start, keepEnd - 1)) end = space;
    else end = Math.max(end, keepEnd);
  }
  const body = label
    .slice(start, end)
    .trim()
    .replace(/[\s,;:–—-]+$/, '');
  return `${start > 0 ? '…' : ''}${body}${end < label.length ? '…' : ''}`;
}

const STOP_WORDS = new Set(
  `a about after again against all also am an and any are as at be been before being but by can could did do does doing
   for from had has have having he her here him his how i if in into is it its just me more most my no not now of on once
   only or other our out over own same she should so some such than that the their them then there these they this those
   through to too under until up very was we were what when where which while who whom why will with would you your
   s t yet still even first last next earlier later early late today yesterday tomorrow week weekend month year years
   ago past since during january february march april may june july august september october november december
   monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec`.split(
    /\s+/,
  ),
);

/** Stems of the content words of a text (no stop words, no date words, no numbers). */
export function keywordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of wordsOf(text)) {
    const word = raw
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '');
    if (word.length < 3 || /\d/.test(word) || STOP_WORDS.has(word)) continue;
    out.add(stemmer(word));
  }
  return out;
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
}

/** True when the text's curly double quotes pair up. */
function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) === count(/”/g);
}
