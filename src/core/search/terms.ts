/**
 * Turning text into index terms: words with their offsets, folded (case, accents, curly
 * apostrophes), British spellings mapped to one form ("privatisation" and "privatization" meet),
 * prefix compounds joined ("anti-Semitism" and "antisemitism" meet, compounds.ts), common words
 * left out (`UNINDEXED_WORDS`), then Porter-stemmed ("homeless" and "homelessness" meet).
 */
import { stemmer } from 'stemmer';
import { COMPOUND_HEAD, compoundParts, isCompound } from './compounds.js';

/**
 * Words the index leaves out: common words that carry no meaning for search (a query made of them
 * only matches through its phrases). Negations stay: "never elected" is a different claim.
 * /verify has its own list of function words, for another purpose (verify/stop-words.ts).
 */
export const UNINDEXED_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves s t`.split(
    /\s+/,
  ),
);

/**
 * Memos of word → folded word and word → index term. Folding (NFKD) and stemming cost microseconds
 * per word, and excerpts, highlights, phrases and nested quotations re-read the same words on
 * every query: a bounded map makes that a lookup. Cleared when full rather than evicted one by one
 * (a corpus's vocabulary fits).
 */
const TERM_MEMO_MAX = 200_000;

/** A word: letters and digits, apostrophes inside kept ("party’s", "don't"); hyphens split. */
const PLAIN = `[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*`;
const PLAIN_WORD = new RegExp(PLAIN, 'gu');
/** A word, or a prefix compound as one word ("anti-Semitism", "co-operation"). */
const WORD = new RegExp(`${COMPOUND_HEAD}${PLAIN}|${PLAIN}`, 'giu');

/** A word of a text and where it is (to mark matched words, to find phrases). */
export interface LocatedWord {
  /** The word as written. */
  word: string;
  /** Offsets of the word in the text read. */
  start: number;
  end: number;
  /** A prefix compound's parts ("anti", "Semitism" of "anti-Semitism"), with their offsets. */
  parts?: LocatedWord[];
}

/** The words of a text with their offsets; a prefix compound is one word, with its parts. */
export function locateWords(text: string): LocatedWord[] {
  const out: LocatedWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const token: LocatedWord = { word: m[0], start: m.index, end: m.index + m[0].length };
    if (isCompound(m[0])) {
      token.parts = [];
      for (const p of m[0].matchAll(PLAIN_WORD)) {
        const start = m.index + p.index;
        token.parts.push({ word: p[0], start, end: start + p[0].length });
      }
    }
    out.push(token);
  }
  return out;
}

/** The words of a query: a prefix compound is one word ("anti-Semitism" asks for the compound). */
export function queryWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The words the index holds: each word, and for a prefix compound the compound (its joined form
 * is a term) followed by its parts (so "Palestinian" finds "pro-Palestinian").
 */
export function indexWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.match(WORD) ?? []) {
    out.push(w);
    if (isCompound(w)) out.push(...compoundParts(w));
  }
  return out;
}

/**
 * The words with every hyphen splitting ("anti", "Semitism"), compounds or not: for counting
 * words, and for the MiniSearch reference index in bench/ (which reads compounds by their parts).
 */
export function tokenizeWords(text: string): string[] {
  return text.match(PLAIN_WORD) ?? [];
}

const foldMemo = new Map<string, string>();

/**
 * Lower case, no accents, straight apostrophes, no possessive `'s`, no apostrophes at all; what
 * joins a compound's parts as `-` ("anti-semitism" for "anti‑Semitism" and "anti Semitism").
 */
export function foldWord(word: string): string {
  const memo = foldMemo.get(word);
  if (memo !== undefined) return memo;
  const folded = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[’']/g, '')
    .replace(/[\u2010\u2011 \u00a0]/g, '-');
  if (foldMemo.size >= TERM_MEMO_MAX) foldMemo.clear();
  foldMemo.set(word, folded);
  return folded;
}

const BRITISH_WORDS: Record<string, string> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  programmes: 'programs',
  judgement: 'judgment',
  ageing: 'aging',
  grey: 'gray',
  cheque: 'check',
  tyre: 'tire',
  kerb: 'curb',
  mum: 'mom',
};

/** British spellings → one form (the American one, as the stemmer expects). */
export function unifySpelling(word: string): string {
  const mapped = BRITISH_WORDS[word];
  if (mapped) return mapped;
  if (word.length < 5) return word;
  return word
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/ising$/, 'izing')
    .replace(/is(e|es|ed|er|ers)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/([^aeiou])our(s|ed|ing|ite|ites|able)?$/, (m, c: string, s: string | undefined) =>
      word.length >= 6 ? `${c}or${s ?? ''}` : m,
    )
    .replace(/([^aeiou])tre(s?)$/, '$1ter$2')
    .replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
}

/** A folded word with a compound's hyphens removed: "anti-semitism" → "antisemitism". */
export function joinFolded(folded: string): string {
  return folded.includes('-') ? folded.replaceAll('-', '') : folded;
}

const termMemo = new Map<string, string | null>();

/** The index term for a word, or null for a word the index leaves out (`UNINDEXED_WORDS`). */
export function processTerm(word: string): string | null {
  const memo = termMemo.get(word);
  if (memo !== undefined) return memo;
  const folded = joinFolded(foldWord(word));
  const term = folded === '' || UNINDEXED_WORDS.has(folded) ? null : stemmer(unifySpelling(folded));
  if (termMemo.size >= TERM_MEMO_MAX) termMemo.clear();
  termMemo.set(word, term);
  return term;
}
