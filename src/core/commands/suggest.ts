/**
 * Suggestions for platforms with autocomplete: quotes as you type, speakers, sources. Labels are
 * not length-limited here (platform limits live in the adapters).
 */
import type { Corpus } from '../library/index.js';
import type { SuggestionSource } from './define-command.js';
import { tokenizeWords } from '../search/index.js';

export interface Suggestion {
  label: string;
  value: string;
}

const MAX_SUGGESTIONS = 25;
/** Below this many characters a query matches too much to be useful: answer from a cached list. */
const MIN_QUOTE_PREFIX = 2;

/** Inputs up to this many characters are answered from a per-corpus cache of recent answers. */
const SHORT_INPUT = 5;
const SHORT_CACHE_SIZE = 500;

const openingsCache = new WeakMap<Corpus, Suggestion[]>();
const shortAnswers = new WeakMap<Corpus, Map<string, Suggestion[]>>();
const speakerCountCache = new WeakMap<Corpus, Map<string, number>>();

export function suggest(
  corpus: Corpus,
  source: SuggestionSource,
  text: string,
  limit = MAX_SUGGESTIONS,
): Suggestion[] {
  const typed = text.trim();
  switch (source) {
    case 'speaker':
      return suggestSpeakers(corpus, typed).slice(0, limit);
    case 'source':
      return suggestSources(corpus, typed).slice(0, limit);
    case 'quote':
    case 'quote-id':
      return suggestQuotes(corpus, typed).slice(0, limit);
  }
}

function suggestSpeakers(corpus: Corpus, typed: string): Suggestion[] {
  let counts = speakerCountCache.get(corpus);
  if (!counts) {
    counts = new Map();
    for (const p of corpus.passages.values())
      if (p.kind !== 'heading') counts.set(p.speaker, (counts.get(p.speaker) ?? 0) + 1);
    speakerCountCache.set(corpus, counts);
  }
  const lower = typed.toLowerCase();
  return corpus.speakers
    .all()
    .filter((name) => (counts.get(name) ?? 0) > 0 && name.toLowerCase().includes(lower))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b))
    .map((name) => ({ label: `${name} (${counts.get(name)} quotes)`, value: name }));
}

function suggestSources(corpus: Corpus, typed: string): Suggestion[] {
  const lower = typed.toLowerCase();
  return [...corpus.documents.values()]
    .map((a) => a.document)
    .filter(
      (d) => !lower || `${d.id} ${d.title} ${d.publisher ?? ''}`.toLowerCase().includes(lower),
    )
    .map((d) => ({ label: `${d.title} — ${d.publisher ?? 'unknown publisher'}`, value: d.id }));
}

function suggestQuotes(corpus: Corpus, typed: string): Suggestion[] {
  if (tokenizeWords(typed).join('').length < MIN_QUOTE_PREFIX) return openings(corpus);
  // Short input ("wil", "lab") is both the most expensive (prefix expansion over common words)
  // and the most repeated (everyone starts typing the same way): keep recent answers.
  const short = typed.length <= SHORT_INPUT;
  const key = typed.toLowerCase();
  let cache = shortAnswers.get(corpus);
  const cached = short ? cache?.get(key) : undefined;
  if (cached) return cached;
  const answer = findSuggestions(corpus, typed);
  if (short) {
    if (!cache) shortAnswers.set(corpus, (cache = new Map()));
    if (cache.size >= SHORT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, answer);
  }
  return answer;
}

function findSuggestions(corpus: Corpus, typed: string): Suggestion[] {
  const { hits } = corpus.index.search({
    text: typed,
    prefixLast: true,
    excludeRoles: ['commenter'],
    limit: MAX_SUGGESTIONS,
  });
  return hits.slice(0, MAX_SUGGESTIONS).map((h) => {
    const doc = corpus.documents.get(h.passage.documentId)!.document;
    const sentence =
      h.passage.sentences.find((s) =>
        h.excerpt.highlights.some((m) => m.start >= s.start && m.end <= s.end),
      ) ?? h.passage.sentences[0];
    const words = sentence ? doc.body.slice(sentence.start, sentence.end) : h.passage.text;
    return { label: `“${words}” — ${h.passage.speaker}`, value: h.passage.id };
  });
}

/** For empty input: the first sentence of the subject's passages, one per source. */
function openings(corpus: Corpus): Suggestion[] {
  const cached = openingsCache.get(corpus);
  if (cached) return cached;
  const out: Suggestion[] = [];
  for (const a of corpus.documents.values()) {
    const p =
      a.passages.find((x) => x.role === 'subject' && x.kind !== 'heading') ??
      a.passages.find((x) => x.kind !== 'heading' && x.role !== 'commenter');
    const s = p?.sentences[0];
    if (p && s)
      out.push({ label: `“${a.document.body.slice(s.start, s.end)}” — ${p.speaker}`, value: p.id });
  }
  openingsCache.set(corpus, out);
  return out;
}
