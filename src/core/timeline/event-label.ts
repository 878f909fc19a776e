/**
 * Short labels drawn from a sentence (the clause around a date expression) and the key words
 * that decide whether two tellings are the same event.
 */
import { stemmer } from 'stemmer';

export const MAX_LABEL_LENGTH = 100;

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

/**
 * The clause of `sentence` that holds `mention` (extended to the main clause when the date opens
 * the sentence as an adverbial, or when its clause says nothing else), shortened to `max`.
 * `protect` lists other spans (date expressions) a clause break must not cut.
 */
export function labelOf(
  sentence: string,
  mention: Span,
  protect: readonly Span[] = [],
  max = MAX_LABEL_LENGTH,
): string {
  const guarded = [mention, ...protect];
  const clauses: Span[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    if (guarded.some((g) => at < g.end && g.start < at + m[0].length)) continue;
    if (at > start) clauses.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < sentence.length) clauses.push({ start, end: sentence.length });

  let i = clauses.findIndex((c) => mention.index >= c.start && mention.index < c.end);
  if (i === -1) i = 0;
  let from = i;
  let to = i;
  const text = (a: number, b: number) => sentence.slice(clauses[a]!.start, clauses[b]!.end);
  const ownWords = (a: number, b: number) =>
    wordsOf(
      text(a, b).replace(sentence.slice(mention.index, mention.index + mention.text.length), ' '),
    ).filter((w) => !THIN_WORDS.has(w.toLowerCase()));
  // a fronted adverbial ("In July,") or a clause with little besides the date: take the neighbour too
  if (from === 0 && to + 1 < clauses.length && ADVERBIAL_START.test(text(0, 0))) to++;
  else if (ownWords(from, to).length < 3) {
    if (from > 0) from--;
    else if (to + 1 < clauses.length) to++;
  }
  let label = text(from, to).replace(LEADING_CONJUNCTION, '');
  label = label.replace(/[\s.,;:!?]+$/, '');
  // a clause cut out of a quotation keeps one quote mark: drop it rather than show it unmatched
  if (!balanced(label)) label = label.replace(/^[“”"]\s*/, '').replace(/\s*[“”"]$/, '');
  const dateAt = label.indexOf(mention.text);
  return shorten(label, max, dateAt === -1 ? 0 : dateAt);
}

/** Cuts a label to `max` characters at word boundaries, keeping the date expression in view. */
export function shorten(label: string, max: number, keepAt = 0): string {
  if (label.length <= max) return label;
  let start = 0;
  if (keepAt > max - 20) {
    start = label.lastIndexOf(' ', Math.max(0, keepAt - 30));
    if (start < 0) start = 0;
  }
  let end = Math.min(label.length, start + max);
  if (end < label.length) {
    const space = label.lastIndexOf(' ', end);
    if (space > start) end = space;
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
