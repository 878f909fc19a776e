/**
 * The previous core's search index (MiniSearch; commit 2e11970, src/core/search/passage-index.ts),
 * kept as a reference: the benchmark measures it as "previous core" and
 * tests/bench/equivalence.test.ts checks that the fast index ranks and scores exactly as it did.
 * It scores every matching passage, which is what made it slow at 100k passages. Since the tiers
 * (partial matches filling after the AND ones), answers and quotations rules, it hands its
 * rankings to the core's assembly (assemble-hits.ts), so both answer by the same rules.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { AnalysedDocument, Passage } from '../src/core/types.js';
import type { SpeakerDirectory } from '../src/core/corpus/speakers.js';
import { overlaps } from '../src/core/corpus/partial-date.js';
import { foldWord, processTerm, tokenizeWords } from '../src/core/search/terms.js';
import { containsPhrase, splitPhrases } from '../src/core/search/phrase.js';
import {
  assembleHits,
  quotedOnlyByMarks,
  type AssembledHits,
  type HitTier,
} from '../src/core/search/assemble-hits.js';
import { answersAfter } from '../src/core/search/answers.js';
import type {
  PassageSearch,
  SearchOutcome,
  SearchQuery,
} from '../src/core/search/search-options.js';
import { ROLE_BOOST } from '../src/core/search/ranking.js';

/** Fuzzy matching below this length turns "gold" into "good" and "hold": not worth the noise. */
const FUZZY_MIN_LENGTH = 5;
/** Prefix expansion of very short stems matches half the vocabulary. */
const PREFIX_MIN_LENGTH = 3;

export function buildPassageIndex(
  documents: ReadonlyMap<string, AnalysedDocument>,
  passages: ReadonlyMap<string, Passage>,
  _speakers: SpeakerDirectory,
): PassageSearch {
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
  const numberOf = new Map(searchable.map((p, i) => [p.id, i]));
  const children = searchable.map((): number[] => []);
  for (const p of searchable) {
    const parent = p.parentId === null ? undefined : numberOf.get(p.parentId);
    if (parent !== undefined) children[parent]!.push(numberOf.get(p.id)!);
  }
  const answers = searchable.map((p) =>
    answersAfter(p, documents.get(p.documentId)?.passages ?? [])
      .map((a) => numberOf.get(a.id))
      .filter((n): n is number => n !== undefined),
  );

  function search(query: SearchQuery): SearchOutcome {
    const { phrases, rest } = splitPhrases(query.text);
    const words = tokenizeWords([rest, ...phrases].join(' '));
    const terms = [...new Set(words.map(processTerm).filter((t): t is string => t !== null))];
    const passesWhere = (p: Passage) => {
      if (query.source && p.documentId !== query.source) return false;
      if (query.from || query.to) {
        const date = published(p);
        if (!date || !overlaps(date, query.from ?? null, query.to ?? null)) return false;
      }
      return true;
    };
    const passesMetadata = (doc: number) => {
      const p = searchable[doc]!;
      if (query.speaker && p.speaker !== query.speaker) return false;
      if (query.excludeRoles?.includes(p.role)) return false;
      return passesWhere(p);
    };
    const holdsPhrases = (doc: number) =>
      phrases.every((ph) => containsPhrase(searchable[doc]!.text, ph));
    const passesFilters = (doc: number) => passesMetadata(doc) && holdsPhrases(doc);
    // a question that fails the filters on who still brings its answer
    const ranks = (doc: number) =>
      (passesMetadata(doc) ||
        (query.answers === true && answers[doc]!.length > 0 && passesWhere(searchable[doc]!))) &&
      holdsPhrases(doc);
    const filter = (r: SearchResult) => {
      const doc = numberOf.get(r.id as string);
      return doc !== undefined && ranks(doc);
    };
    const lastTerm = terms[terms.length - 1];
    const options = {
      fields: ['text', 'speaker'],
      boost: { text: 1, speaker: 0.4 },
      fuzzy: (term: string) => (term.length >= FUZZY_MIN_LENGTH ? 1 : 0),
      prefix: (term: string) =>
        query.prefixLast === true && term === lastTerm && term.length >= PREFIX_MIN_LENGTH,
      boostDocument: (id: unknown) => ROLE_BOOST[passages.get(id as string)?.role ?? 'author'],
      processTerm: (t: string) => t,
    };
    // Terms are already processed: search them as they are.
    const q = terms.join(' ');
    const run = (combineWith: 'AND' | 'OR', withFilter = true) =>
      terms.length > 0
        ? mini.search(q, { ...options, combineWith, ...(withFilter ? { filter } : {}) })
        : [];
    // What each passage matched, whatever the filters (quotations and answers are checked too).
    const touched = new Map(run('OR', false).map((r) => [numberOf.get(r.id as string)!, r]));
    const count = (doc: number) => touched.get(doc)?.queryTerms.length ?? 0;
    const tier = (results: SearchResult[], needed: number, most: number): HitTier => ({
      ranked: () =>
        results
          .map((r) => ({ doc: numberOf.get(r.id as string)!, score: r.score }))
          .filter(({ doc }) => count(doc) >= needed && count(doc) <= most),
      qualifies: (doc) => count(doc) >= needed && count(doc) <= most && passesFilters(doc),
    });
    const assemble = (tiers: HitTier[]) =>
      assembleHits({
        tiers,
        passageOf: (doc) => searchable[doc]!,
        childrenOf: (doc) => children[doc]!,
        answersOf: (doc) => (query.answers ? answers[doc]! : []),
        passesFilters,
        passesMetadata,
        matchedOf: (doc) => new Set(touched.get(doc)?.terms ?? []),
        quotedOnly: (doc, matched) =>
          quotedOnlyByMarks(
            searchable[doc]!,
            matched,
            children[doc]!.map((c) => searchable[c]!).filter(
              (c) => c.speaker !== searchable[doc]!.speaker,
            ),
          ),
        termsOf: (doc) =>
          new Set(tokenizeWords(searchable[doc]!.text).map(processTerm) as string[]),
        phrases,
        limit: query.limit ?? Infinity,
      });
    const all = terms.length;
    let relaxed = false;
    let assembled: AssembledHits;
    if (query.fill && all > 1) {
      assembled = assemble([tier(run('AND'), all, all), tier(run('OR'), 1, all - 1)]);
      relaxed = assembled.partialFrom === 0 && assembled.hits.length > 0;
    } else {
      assembled = assemble([tier(run('AND'), all, all)]);
      if (assembled.hits.length === 0 && all > 1) {
        assembled = assemble([tier(run('OR'), 1, all)]);
        relaxed = assembled.hits.length > 0;
        assembled.partialFrom = 0;
      }
    }
    const { hits, partialFrom } = assembled;

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
    return { hits, terms, unmatched, relaxed, partialFrom };
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
    // equal scores in passage order (MiniSearch leaves ties in the order of its own maps)
    return mini
      .search(terms.join(' '), { processTerm: (t: string) => t, combineWith: 'OR' })
      .sort((a, b) => b.score - a.score || numberOf.get(a.id)! - numberOf.get(b.id)!)
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
