/**
 * Realistic query sets drawn from a loaded corpus with a seeded PRNG (same corpus and seed, same
 * queries): what people type into /quote (1–4 words, some misspelt, some quoted phrases, some
 * filters, the subject's name and party often), what autocomplete sees while they type (prefixes
 * of 2–5 characters after 0–3 words), quote ids for /source, pasted quotes for /verify and topics
 * for /timeline.
 */
import type { Corpus, Passage } from '../src/core/index.js';
import { UNINDEXED_WORDS, tokenizeWords } from '../src/core/search/terms.js';
import { createRng, type Rng } from './prng.js';

interface QuoteQuery {
  /** What a reference engine is given: the query text. */
  text: string;
  /** The options /quote is dispatched with. */
  options: Record<string, string>;
  kind: string;
}

export interface QuerySets {
  quote: QuoteQuery[];
  autocomplete: string[];
  source: string[];
  verify: string[];
  timeline: QuoteQuery[];
}

const COMMON = ['williamson', 'labour', 'chris williamson', 'labour party', 'party', 'derby'];

export function makeQueries(corpus: Corpus, count: number, seed: number): QuerySets {
  const rng = createRng(seed);
  const all = [...corpus.passages.values()].filter((p) => p.kind !== 'heading');
  const subject = all.filter((p) => p.role === 'subject');
  const docIds = [...corpus.documents.keys()];
  // People mostly look up the subject's own words.
  const passage = () => (rng.chance(0.6) && subject.length ? rng.pick(subject) : rng.pick(all));
  const quote = Array.from({ length: count }, () => quoteQuery(rng, passage, docIds));
  const autocomplete = Array.from({ length: count }, () => typing(rng, passage));
  const source = Array.from({ length: count }, () =>
    rng.chance(0.9) ? rng.pick(all).id : rng.pick(docIds),
  );
  const verify = Array.from({ length: count }, () => pasted(rng, passage));
  const timeline = Array.from({ length: count }, () => timelineQuery(rng, passage));
  return { quote, autocomplete, source, verify, timeline };
}

/** Up to n consecutive words of a passage, from a random place. */
function wordsOf(rng: Rng, p: Passage, n: number, contentOnly: boolean): string[] {
  const words = tokenizeWords(p.text).filter(
    (w) => !contentOnly || !UNINDEXED_WORDS.has(w.toLowerCase()),
  );
  if (words.length === 0) return ['labour'];
  const start = rng.int(Math.max(1, words.length - n + 1));
  return words.slice(start, start + n);
}

function misspell(rng: Rng, word: string): string {
  if (word.length < 5) return word;
  const i = 1 + rng.int(word.length - 2);
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 2:
      return word.slice(0, i) + 'e' + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

function quoteQuery(rng: Rng, passage: () => Passage, docIds: string[]): QuoteQuery {
  const r = rng.next();
  const n = 1 + rng.int(4);
  const lower = (ws: string[]) => (rng.chance(0.7) ? ws.map((w) => w.toLowerCase()) : ws);
  const make = (text: string, kind: string, extra: Record<string, string> = {}): QuoteQuery => ({
    text,
    options: { query: text, ...extra },
    kind,
  });
  if (r < 0.4) return make(lower(wordsOf(rng, passage(), n, true)).join(' '), 'words');
  if (r < 0.55) {
    const ws = lower(wordsOf(rng, passage(), n, true));
    const i = rng.int(ws.length);
    ws[i] = misspell(rng, ws[i]!);
    return make(ws.join(' '), 'misspelt');
  }
  if (r < 0.7)
    return make(`"${wordsOf(rng, passage(), 2 + rng.int(3), false).join(' ')}"`, 'phrase');
  if (r < 0.8) {
    const extra = n > 2 ? ` ${lower(wordsOf(rng, passage(), 1, true)).join(' ')}` : '';
    return make(`${rng.pick(COMMON)}${extra}`, 'common words');
  }
  if (r < 0.9) {
    const text = lower(wordsOf(rng, passage(), Math.min(n, 3), true)).join(' ');
    const f = rng.int(3);
    if (f === 0) return make(text, 'filtered', { speaker: 'Chris Williamson' });
    if (f === 1) {
      const y = 2018 + rng.int(4);
      return make(text, 'filtered', { from: String(y), to: String(y + rng.int(2)) });
    }
    return make(text, 'filtered', { source: rng.pick(docIds) });
  }
  if (r < 0.95) return make(`${nonsense(rng)} ${nonsense(rng)}`.trim(), 'no match');
  return make(rng.pick(['labour', 'williamson', 'party', 'socialist', 'derby']), 'one common word');
}

function nonsense(rng: Rng): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let w = '';
  for (let i = 0; i < 6 + rng.int(4); i++)
    w += rng.chance(0.3) ? 'aeiou'[rng.int(5)] : letters[rng.int(20)];
  return w;
}

/** Autocomplete input: 0–3 words, then 2–5 characters of the next; sometimes (almost) nothing. */
function typing(rng: Rng, passage: () => Passage): string {
  if (rng.chance(0.08)) return rng.chance(0.5) ? '' : 'l';
  const ws = wordsOf(rng, passage(), 1 + rng.int(4), false).map((w) => w.toLowerCase());
  const last = ws.pop()!;
  const cut = Math.min(last.length, 2 + rng.int(4));
  return [...ws, last.slice(0, cut)].join(' ');
}

/** A pasted quote: verbatim, edited, spliced, trimmed with attribution, or not in the corpus. */
function pasted(rng: Rng, passage: () => Passage): string {
  const sentence = (p: Passage) => {
    const s = p.sentences.length ? rng.pick(p.sentences) : { start: p.start, end: p.end };
    return p.text.slice(s.start - p.start, s.end - p.start).trim();
  };
  const r = rng.next();
  const p = passage();
  if (r < 0.4) return `“${sentence(p)}”`;
  if (r < 0.65) {
    const ws = sentence(p).split(/\s+/);
    const i = rng.int(ws.length);
    if (rng.chance(0.5)) ws.splice(i, 1);
    else ws[i] = rng.pick(['never', 'always', 'Tory', 'really', 'the']);
    return ws.join(' ');
  }
  if (r < 0.8) return `${sentence(p)} ${sentence(passage())}`;
  if (r < 0.9) return `"${wordsOf(rng, p, 8 + rng.int(10), false).join(' ')}" he said`;
  return Array.from({ length: 8 + rng.int(8) }, () => nonsense(rng)).join(' ');
}

function timelineQuery(rng: Rng, passage: () => Passage): QuoteQuery {
  const options: Record<string, string> = {};
  const r = rng.next();
  if (r < 0.6)
    options.topic = wordsOf(rng, passage(), 1 + rng.int(2), true)
      .join(' ')
      .toLowerCase();
  if (r > 0.4 && rng.chance(0.5)) {
    const y = 2018 + rng.int(4);
    options.from = String(y);
    options.to = String(y + rng.int(2));
  }
  if (rng.chance(0.15)) options.speaker = 'Chris Williamson';
  return { text: options.topic ?? '', options, kind: 'timeline' };
}
