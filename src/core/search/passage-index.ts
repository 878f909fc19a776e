/**
 * The search index over passages. Passages live in a map by id; the index holds posting lists
 * only (index-data.ts). Search cost follows what was asked: stop words are not indexed, AND first
 * (then, with `fill`, passages holding some of the words; without, OR only when AND finds
 * nothing), fuzzy only for longer words and at one edit, prefix only on the last word from 3
 * characters, each tier ranked as a bounded top-k, and only the hits asked for (`limit`) are
 * assembled (assemble-hits.ts: quotations and answers). Scores are MiniSearch's (BM25, field and
 * role boosts, expansion weights), computed over typed arrays.
 */
import type { AnalysedDocument, Passage } from '../types.js';
import {
  CANDIDATE_BOOSTS,
  DEFAULT_HIT_LIMIT,
  DEFAULT_TUNING,
  SEARCH_BOOSTS,
  type PassageIndex,
  type SearchOutcome,
  type SearchQuery,
  type SearchTuning,
} from './search-options.js';
import type { SpeakerDirectory } from '../corpus/speakers.js';
import { indexWords, processTerm, queryWords } from './terms.js';
import { splitPhrases } from './phrase.js';
import { createPhraseFilter } from './phrase-filter.js';
import { isCompound } from './compounds.js';
import { NO_TERM, phraseMatcherSteps } from './word-sequences.js';
import { buildIndexData, searchablePassages, type IndexData } from './index-data.js';
import { vocabularySteps } from './vocabulary.js';
import { runInSlices, runSync, type Steps } from './steps.js';
import { Accumulator, bestFirst, topFirst } from './score.js';
import { assembleHits, type AssembledHits, type HitTier } from './assemble-hits.js';
import { passageFactsSteps } from './passage-facts.js';
import { QuotedWords } from './quoted-words.js';
import { closestWords } from './closest-word.js';

export type { SearchHit } from './assemble-hits.js';
export {
  DEFAULT_HIT_LIMIT,
  DEFAULT_TUNING,
  INDEX_OPTIONS,
  type PassageIndex,
  type SearchOutcome,
  type SearchQuery,
  type SearchTuning,
} from './search-options.js';

const NO_ANSWERS = new Uint32Array(0);

export function buildPassageIndex(
  documents: ReadonlyMap<string, AnalysedDocument>,
  passages: ReadonlyMap<string, Passage>,
  _speakers?: SpeakerDirectory,
): PassageIndex {
  return openPassageIndex(
    documents,
    passages,
    buildIndexData(searchablePassages(passages.values())),
  );
}

/** An index over built (or snapshot) data; every id in `data.ids` must be in `passages`. */
export function openPassageIndex(
  documents: ReadonlyMap<string, AnalysedDocument>,
  passages: ReadonlyMap<string, Passage>,
  data: IndexData,
  tuning: Readonly<SearchTuning> = DEFAULT_TUNING,
): PassageIndex {
  return runSync(openSteps(documents, passages, data, tuning));
}

/** Like openPassageIndex, in slices with the event loop free between (loading a snapshot). */
export function openPassageIndexInSlices(
  documents: ReadonlyMap<string, AnalysedDocument>,
  passages: ReadonlyMap<string, Passage>,
  data: IndexData,
): Promise<PassageIndex> {
  return runInSlices(openSteps(documents, passages, data, DEFAULT_TUNING));
}

function* openSteps(
  documents: ReadonlyMap<string, AnalysedDocument>,
  passages: ReadonlyMap<string, Passage>,
  data: IndexData,
  tuning: Readonly<SearchTuning>,
): Steps<PassageIndex> {
  const docs = data.ids.map((id) => passages.get(id)!);
  yield;
  const numberOf = new Map(data.ids.map((id, i) => [id, i]));
  yield;
  const vocabulary = yield* vocabularySteps(data.terms);
  const acc = new Accumulator(data.fields);
  yield;
  const facts = yield* passageFactsSteps(docs, documents, numberOf);
  const { offsets: seqOffsets, ids: seqIds, termOfWord } = data.sequences;
  const phraseMatcher = yield* phraseMatcherSteps(data.sequences);
  /** Calls `visit` with the term of each word of a passage's text, and of a compound's parts. */
  const forEachTerm = (doc: number, visit: (term: number) => void) => {
    for (let i = seqOffsets[doc]!; i < seqOffsets[doc + 1]!; i++) {
      const word = seqIds[i]!;
      const t = termOfWord[word]!;
      if (t !== NO_TERM) visit(t);
      const parts = phraseMatcher.partsOf(word);
      if (parts === null) continue;
      for (const part of parts) {
        const pt = termOfWord[part] ?? NO_TERM;
        if (pt !== NO_TERM) visit(pt);
      }
    }
  };
  /** Index terms of a passage's text, read off its word sequence. */
  const termsOf = (doc: number): ReadonlySet<string> => {
    const out = new Set<string>();
    forEachTerm(doc, (t) => out.add(data.terms[t]!));
    return out;
  };
  const speakerTermCache = new Map<string, ReadonlySet<string>>();
  const speakerTerms = (doc: number): ReadonlySet<string> => {
    const speaker = docs[doc]!.speaker;
    let set = speakerTermCache.get(speaker);
    if (!set) {
      set = new Set(
        indexWords(speaker)
          .map(processTerm)
          .filter((t): t is string => t !== null),
      );
      speakerTermCache.set(speaker, set);
    }
    return set;
  };
  /** Marks the terms a query expanded to: `mark[term] === stamp` (no clearing between queries). */
  const mark = new Uint32Array(data.terms.length);
  let stamp = 0;
  const textField = data.fields[0]!;
  const quotedWords = new QuotedWords(data.terms.length, forEachTerm);
  const phraseFilter = createPhraseFilter(textField, vocabulary, phraseMatcher, docs.length);
  yield;

  function search(query: SearchQuery): SearchOutcome {
    const { phrases, rest } = splitPhrases(query.text);
    const words = queryWords([rest, ...phrases].join(' '));
    const terms = [...new Set(words.map(processTerm).filter((t): t is string => t !== null))];
    const lastTerm = terms[terms.length - 1];
    const scored = terms.map((t) => ({
      expansions: vocabulary.expand(t, {
        fuzzy: t.length >= tuning.fuzzyMinLength ? tuning.fuzzyEdits : 0,
        prefix:
          query.prefixLast === true &&
          (tuning.prefixEveryWord || t === lastTerm) &&
          t.length >= tuning.prefixMinLength,
      }),
    }));
    const derived = new Set(scored.flatMap((s) => s.expansions.map((e) => e.term)));
    acc.run(scored, SEARCH_BOOSTS);

    const { filtering, passesMetadata, passesWhere } = facts.filtersFor(query);
    const hasPhrases = phraseFilter.filterFor(phrases);
    const passesFilters = hasPhrases
      ? (doc: number) => passesMetadata(doc) && hasPhrases(doc)
      : passesMetadata;
    if (++stamp === 0xffffffff) {
      mark.fill(0);
      stamp = 1;
    }
    for (const sc of scored) for (const e of sc.expansions) mark[e.termId] = stamp;
    const matchedOf = (doc: number): ReadonlySet<string> => {
      const out = new Set<string>();
      forEachTerm(doc, (t) => {
        if (mark[t] === stamp) out.add(data.terms[t]!);
      });
      for (const t of speakerTerms(doc)) if (derived.has(t)) out.add(t);
      return out;
    };
    /**
     * With answers, a question that matches but fails the filters on who (speaker, roles) is
     * still ranked, to bring its answer; it is not shown itself.
     */
    const bringsAnswers =
      query.answers && filtering
        ? (doc: number) => passesMetadata(doc) || (facts.hasAnswers(doc) && passesWhere(doc))
        : null;

    /** The passage's matched words all lie in quotations of other speakers. */
    const quotedOnly = (doc: number): boolean => {
      const speaker = docs[doc]!.speaker;
      const voices = facts.childrenOf(doc).filter((c) => docs[c]!.speaker !== speaker);
      return quotedWords.allInside(doc, voices, (t) => mark[t] === stamp);
    };
    const limit = query.limit ?? DEFAULT_HIT_LIMIT;
    const all = terms.length;
    /** A tier of passages matching `needed` to `most` query words. */
    const tier = (needed: number, most = all): HitTier => ({
      ranked: (wanted) =>
        topFirst(
          (limit) =>
            bestFirst(acc, {
              needed,
              most,
              boost: facts.roleBoost,
              keep: bringsAnswers ?? (filtering ? passesMetadata : null),
              lateKeep: hasPhrases,
              byCount: true,
              limit,
            }),
          wanted,
        ),
      qualifies: (doc) => {
        const c = acc.count[doc]!;
        return c >= needed && c <= most && passesFilters(doc);
      },
    });
    const assemble = (tiers: HitTier[]) =>
      assembleHits({
        tiers,
        passageOf: (doc) => docs[doc]!,
        childrenOf: facts.childrenOf,
        answersOf: (doc) => (query.answers ? facts.answersOf(doc) : NO_ANSWERS),
        passesFilters,
        passesMetadata,
        matchedOf,
        termsOf,
        quotedOnly,
        phrases,
        limit,
      });
    let relaxed = false;
    let assembled: AssembledHits = { hits: [], partialFrom: 0 };
    // A passage holding the phrases holds all their words: with no other words, and no compound
    // (held through its parts, it may not count as its word), there are no partial matches.
    const phrasesOnly =
      phrases.length > 0 &&
      !queryWords(rest).some((w) => processTerm(w) !== null) &&
      !queryWords(phrases.join(' ')).some(isCompound);
    if (terms.length > 0 && query.fill && tuning.andFirst && all > 1 && !phrasesOnly) {
      assembled = assemble([tier(all), tier(1, all - 1)]);
      relaxed = assembled.partialFrom === 0 && assembled.hits.length > 0;
    } else if (terms.length > 0) {
      assembled = assemble([tier(tuning.andFirst ? all : 1)]);
      if (assembled.hits.length === 0 && all > 1 && tuning.andFirst) {
        assembled = assemble([tier(1)]);
        relaxed = assembled.hits.length > 0;
        assembled.partialFrom = 0;
      }
    }
    const { hits, partialFrom } = assembled;
    let unmatched: SearchOutcome['unmatched'] | undefined;
    return {
      hits,
      terms,
      relaxed,
      partialFrom,
      // Worked out only when read (a "nothing found" reply): fuzzy lookups at distance 2 cost.
      get unmatched() {
        unmatched ??= hits.length > 0 ? [] : closestWords(words, { data, vocabulary, acc });
        return unmatched;
      },
    };
  }

  /** Scored on every word the index holds: a compound's joined word and its parts. */
  function candidates(text: string, limit: number): Passage[] {
    const terms = [
      ...new Set(
        indexWords(text)
          .map(processTerm)
          .filter((t): t is string => t !== null),
      ),
    ];
    if (terms.length === 0) return [];
    acc.run(
      terms.map((t) => ({ expansions: vocabulary.expand(t, { fuzzy: 0, prefix: false }) })),
      CANDIDATE_BOOSTS,
    );
    const out: Passage[] = [];
    if (limit <= 0) return out;
    for (const { doc } of bestFirst(acc, { needed: 1, byCount: true, limit })) {
      out.push(docs[doc]!);
      if (out.length >= limit) break;
    }
    return out;
  }

  function documentFrequency(term: string): number {
    const id = vocabulary.termId(term);
    return id === undefined ? 0 : textField.offsets[id + 1]! - textField.offsets[id]!;
  }

  return { search, candidates, documentFrequency, size: docs.length };
}
