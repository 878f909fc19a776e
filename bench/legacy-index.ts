/**
 * The previous core's search index (MiniSearch; commit 2e11970, src/core/search/passage-index.ts),
 * kept unchanged as a reference: the benchmark measures it as "previous core" and
 * tests/bench/equivalence.test.ts checks that the fast index answers exactly as it did. It scores
 * and assembles every matching passage, which is what made it slow at 100k passages.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { AnalysedDocument, Passage } from '../src/core/types.js';
import type { SpeakerDirectory } from '../src/core/corpus/speakers.js';
import { overlaps } from '../src/core/corpus/partial-date.js';
import { foldWord, processTerm, tokenizeWords } from '../src/core/search/terms.js';
import { containsPhrase, splitPhrases } from '../src/core/search/phrase.js';
import { chooseExcerpt, type Excerpt } from '../src/core/search/excerpt.js';
import {
  ROLE_BOOST,
  type PassageIndex,
  type SearchOutcome,
  type SearchQuery,
} from '../src/core/search/search-options.js';

/** Fuzzy matching below this length turns "gold" into "good" and "hold": not worth the noise. */
const FUZZY_MIN_LENGTH = 5;
/** Prefix expansion of very short stems matches half the vocabulary. */
const PREFIX_MIN_LENGTH = 3;

export function buildPassageIndex(
  documents: ReadonlyMap<string, AnalysedDocument>,
  passages: ReadonlyMap<string, Passage>,
  _speakers: SpeakerDirectory,
): PassageIndex {
  const mini = new MiniSearch<Passage>({
    idField: 'id',
    fields: ['text', 'speaker'],
    storeFields: [],
    tokenize: tokenizeWords,
    processTerm,
  });
  const searchable = [...passages.values()].filter((p) => p.kind !== 'heading');
  mini.addAll(searchable);

  // The most common spelling of each term, to suggest readable words ("privatisation", not "privat").
  const surface = new Map<string, Map<string, number>>();
  for (const p of searchable) {
    for (const w of tokenizeWords(p.text)) {
      const t = processTerm(w);
      if (!t) continue;
      const forms = surface.get(t) ?? new Map<string, number>();
      const f = foldWord(w);
      forms.set(f, (forms.get(f) ?? 0) + 1);
      surface.set(t, forms);
    }
  }
  const readable = (term: string) => {
    const forms = surface.get(term);
    if (!forms) return term;
    return [...forms.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  };

  const published = (p: Passage) => documents.get(p.documentId)?.document.published ?? null;
  const childrenOf = new Map<string, Passage[]>();
  for (const p of searchable) {
    if (!p.parentId) continue;
    const list = childrenOf.get(p.parentId) ?? [];
    list.push(p);
    childrenOf.set(p.parentId, list);
  }

  function search(query: SearchQuery): SearchOutcome {
    const { phrases, rest } = splitPhrases(query.text);
    const words = tokenizeWords([rest, ...phrases].join(' '));
    const terms = [...new Set(words.map(processTerm).filter((t): t is string => t !== null))];
    const filter = (r: SearchResult) => {
      const p = passages.get(r.id as string);
      if (!p) return false;
      if (query.speaker && p.speaker !== query.speaker) return false;
      if (query.source && p.documentId !== query.source) return false;
      if (query.excludeRoles?.includes(p.role)) return false;
      if (query.from || query.to) {
        const date = published(p);
        if (!date || !overlaps(date, query.from ?? null, query.to ?? null)) return false;
      }
      return phrases.every((ph) => containsPhrase(p.text, ph));
    };
    const lastTerm = terms[terms.length - 1];
    const options = {
      fields: ['text', 'speaker'],
      boost: { text: 1, speaker: 0.4 },
      fuzzy: (term: string) => (term.length >= FUZZY_MIN_LENGTH ? 1 : 0),
      prefix: (term: string) =>
        query.prefixLast === true && term === lastTerm && term.length >= PREFIX_MIN_LENGTH,
      boostDocument: (id: unknown) => ROLE_BOOST[passages.get(id as string)?.role ?? 'author'],
      filter,
    };
    // Terms are already processed: search them as they are.
    const q = terms.join(' ');
    let relaxed = false;
    let results =
      terms.length > 0
        ? mini.search(q, { ...options, processTerm: (t: string) => t, combineWith: 'AND' })
        : [];
    if (results.length === 0 && terms.length > 1) {
      results = mini.search(q, { ...options, processTerm: (t: string) => t, combineWith: 'OR' });
      relaxed = results.length > 0;
    }
    const scored = results.map((r) => {
      const passage = passages.get(r.id as string)!;
      const matched = new Set(r.terms);
      return {
        passage,
        score: r.score,
        matched,
        excerpt: chooseExcerpt(passage, matched, phrases),
      };
    });
    const hits = withQuotationsOf(dedupeNested(scored), childrenOf, filter).map(
      ({ passage, score, excerpt }) => ({ passage, score, excerpt }),
    );

    const unmatched: SearchOutcome['unmatched'] = [];
    if (hits.length === 0) {
      for (const w of words) {
        const t = processTerm(w);
        if (!t || mini.termCount === 0) continue;
        if (mini.search(t, { processTerm: (x: string) => x }).length > 0) continue;
        const near = mini.search(t, { processTerm: (x: string) => x, fuzzy: 2, prefix: true })[0];
        const closest = near
          ? (near.terms.map(readable).find((x) => x !== foldWord(w)) ?? null)
          : null;
        unmatched.push({ word: w, closest });
      }
    }
    return { hits, terms, unmatched, relaxed };
  }

  function candidates(text: string, limit: number): Passage[] {
    const terms = [
      ...new Set(
        tokenizeWords(text)
          .map(processTerm)
          .filter((t): t is string => t !== null),
      ),
    ];
    if (terms.length === 0) return [];
    return mini
      .search(terms.join(' '), { processTerm: (t: string) => t, combineWith: 'OR' })
      .slice(0, limit)
      .map((r) => passages.get(r.id as string)!)
      .filter(Boolean);
  }

  /** Counted on first use (the legacy core is benchmarked for /quote; verify only needs it to run). */
  let df: Map<string, number> | null = null;
  function documentFrequency(term: string): number {
    if (!df) {
      df = new Map();
      for (const p of searchable) {
        const terms = new Set(tokenizeWords(p.text).map(processTerm));
        for (const t of terms) if (t !== null) df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
    return df.get(term) ?? 0;
  }

  return { search, candidates, documentFrequency, size: searchable.length };
}

/**
 * A quotation and the paragraph around it often both match. When the quotation holds every matched
 * term, the paragraph adds nothing: keep the quotation (it names who said the words). Otherwise
 * keep both: the paragraph has the context, the quotation the right speaker.
 */
function dedupeNested<T extends { passage: Passage; matched: Set<string> }>(hits: T[]): T[] {
  const byId = new Map(hits.map((h) => [h.passage.id, h]));
  const drop = new Set<string>();
  for (const h of hits) {
    const parentId = h.passage.parentId;
    const parent = parentId ? byId.get(parentId) : undefined;
    if (parent && [...parent.matched].every((t) => h.matched.has(t))) drop.add(parent.passage.id);
  }
  return hits.filter((h) => !drop.has(h.passage.id));
}

/**
 * A paragraph that matched may quote someone in the words the user asked about: show that
 * quotation, with its own speaker, right after the paragraph.
 */
function withQuotationsOf<
  T extends { passage: Passage; score: number; matched: Set<string>; excerpt: Excerpt },
>(
  hits: T[],
  childrenOf: ReadonlyMap<string, Passage[]>,
  filter: (r: SearchResult) => boolean,
): T[] {
  const present = new Set(hits.map((h) => h.passage.id));
  const out: T[] = [];
  for (const h of hits) {
    out.push(h);
    for (const child of childrenOf.get(h.passage.id) ?? []) {
      if (present.has(child.id) || !filter({ id: child.id } as SearchResult)) continue;
      const childTerms = new Set(tokenizeWords(child.text).map(processTerm));
      const matched = new Set([...h.matched].filter((t) => childTerms.has(t)));
      if (matched.size === 0) continue;
      present.add(child.id);
      out.push({
        ...h,
        passage: child,
        score: (h.score * matched.size) / Math.max(1, h.matched.size),
        matched,
        excerpt: chooseExcerpt(child, matched),
      });
    }
  }
  return out;
}
