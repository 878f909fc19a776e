/**
 * The search index over a corpus's passages: `PassageIndex`, opened over posting lists (built by
 * index-data.ts, or read from the snapshot) and asked by /quote, autocomplete, /timeline topics
 * and /verify. docs/search.md explains the design. The files, in the order a query meets them:
 *
 * - terms.ts, compounds.ts: text → index terms (folded, spellings unified, stemmed);
 * - vocabulary.ts: a query word → the terms it stands for (itself, longer words, near spellings);
 * - ranking.ts: every weight and the tiers (every word, then some); score.ts does the sums and
 *   the heap;
 * - phrase.ts, phrase-matcher.ts: exact phrases;
 * - passage-facts.ts: the filters (speaker, source, dates, roles), role boosts, answers;
 * - assemble-hits.ts, excerpt.ts: ranked passages → hits (quotations shown as their speaker's,
 *   answers after questions), and the words shown.
 *
 * Search cost follows what was asked: common words are not indexed, fuzzy only for longer words
 * and at one edit, prefix only on the last word from 3 characters, each tier ranked as a bounded
 * top-k, and only the hits asked for (`limit`) assembled.
 */
import type { AnalysedDocument, Passage } from '../types.js';
import {
  DEFAULT_HIT_LIMIT,
  DEFAULT_TUNING,
  type PassageSearch,
  type SearchOutcome,
  type SearchQuery,
  type SearchTuning,
} from './search-options.js';
import { indexWords, processTerm } from './terms.js';
import { readQuery } from './phrase.js';
import { createPhraseFilter, phraseMatcherSteps, type PhraseFilter } from './phrase-matcher.js';
import { buildIndexData, searchablePassages, type IndexData } from './index-data.js';
import { vocabularySteps, type Vocabulary } from './vocabulary.js';
import { runSync, type Scheduler, type Steps } from '../schedule/index.js';
import { Accumulator, type ScoredTerm } from './score.js';
import {
  BM25,
  CANDIDATE_BOOSTS,
  SEARCH_BOOSTS,
  bestCandidates,
  hitTier,
  rankInTiers,
  type TierContext,
} from './ranking.js';
import { assembleHits } from './assemble-hits.js';
import { passageFactsSteps, type PassageFacts } from './passage-facts.js';
import { PassageTerms } from './passage-terms.js';
import { closestWords } from './closest-word.js';

export type { SearchHit } from './assemble-hits.js';
export {
  DEFAULT_HIT_LIMIT,
  DEFAULT_TUNING,
  INDEX_OPTIONS,
  type PassageSearch,
  type SearchOutcome,
  type SearchQuery,
  type SearchTuning,
} from './search-options.js';

const NO_ANSWERS = new Uint32Array(0);

/** What an open index is made of (all read-only after opening, but the scratch arrays). */
interface Parts {
  /** Passages by number (their position in `data.ids`). */
  passages: readonly Passage[];
  data: IndexData;
  tuning: Readonly<SearchTuning>;
  vocabulary: Vocabulary;
  /** Scores of the current query (scratch space reused by every query). */
  acc: Accumulator;
  facts: PassageFacts;
  terms: PassageTerms;
  phraseFilter: PhraseFilter;
}

/**
 * A search index over passages. Queries share scratch space (scores, marks), which `search` and
 * `candidates` leave to the next query: a query's hits are complete when it returns; their
 * excerpts and its `unmatched` help are worked out when first read, from nothing the next query
 * changes.
 */
export class PassageIndex implements PassageSearch {
  /** Number of passages in the index. */
  readonly size: number;

  /** Indexes the searchable passages (all but headings) and opens the index over them. */
  static build(
    documents: ReadonlyMap<string, AnalysedDocument>,
    passages: ReadonlyMap<string, Passage>,
  ): PassageIndex {
    const data = buildIndexData(searchablePassages(passages.values()));
    return PassageIndex.open(documents, passages, data);
  }

  /**
   * An index over built (or snapshot) data; every id in `data.ids` must be in `passages`.
   * `tuning` is for the benchmark's ablations: the defaults are the measured choice.
   */
  static open(
    documents: ReadonlyMap<string, AnalysedDocument>,
    passages: ReadonlyMap<string, Passage>,
    data: IndexData,
    tuning: Readonly<SearchTuning> = DEFAULT_TUNING,
  ): PassageIndex {
    return runSync(PassageIndex.openSteps(documents, passages, data, tuning));
  }

  /** Like `open`, in slices with the event loop free between (loading a corpus). */
  static openInSlices(
    documents: ReadonlyMap<string, AnalysedDocument>,
    passages: ReadonlyMap<string, Passage>,
    data: IndexData,
    scheduler: Scheduler,
  ): Promise<PassageIndex> {
    return scheduler.runInSlices(PassageIndex.openSteps(documents, passages, data, DEFAULT_TUNING));
  }

  private static *openSteps(
    documents: ReadonlyMap<string, AnalysedDocument>,
    passageMap: ReadonlyMap<string, Passage>,
    data: IndexData,
    tuning: Readonly<SearchTuning>,
  ): Steps<PassageIndex> {
    const passages = data.ids.map((id) => passageMap.get(id)!);
    yield;
    const numberOf = new Map(data.ids.map((id, i) => [id, i]));
    yield;
    const vocabulary = yield* vocabularySteps(data.terms);
    const acc = new Accumulator(data.fields, BM25);
    yield;
    const facts = yield* passageFactsSteps(passages, documents, numberOf);
    const matcher = yield* phraseMatcherSteps(data.sequences);
    const terms = new PassageTerms(data, matcher.partsOf, passages);
    const phraseFilter = createPhraseFilter(data.fields[0]!, vocabulary, matcher, passages.length);
    yield;
    return new PassageIndex({
      passages,
      data,
      tuning,
      vocabulary,
      acc,
      facts,
      terms,
      phraseFilter,
    });
  }

  private constructor(private readonly parts: Parts) {
    this.size = parts.passages.length;
  }

  /**
   * The best hits for a query, at most `query.limit`: passages holding every word first (with
   * `fill`, then those holding some), each tier ranked by ranking.ts; "double-quoted" phrases
   * must be held exactly; the filters apply to every hit.
   */
  search(query: SearchQuery): SearchOutcome {
    const { passages, data, vocabulary, acc, facts, terms: passageTerms } = this.parts;
    const { phrases, words, terms, phrasesOnly } = readQuery(query.text);
    const scored = this.expand(terms, query.prefixLast === true);
    const derived = new Set(scored.flatMap((s) => s.expansions.map((e) => e.term)));
    acc.run(scored, SEARCH_BOOSTS);
    const { passesMetadata, passesFilters, tierContext } = this.filtersFor(query, phrases);
    passageTerms.markQuery(scored);
    const rules = {
      words: terms.length,
      fill: query.fill === true,
      andFirst: this.parts.tuning.andFirst,
      phrasesOnly,
    };
    const { assembled, relaxed } = rankInTiers(rules, (ranges) =>
      assembleHits({
        tiers: ranges.map((range) => hitTier(tierContext, range)),
        passageOf: (doc) => passages[doc]!,
        childrenOf: facts.childrenOf,
        answersOf: (doc) => (query.answers ? facts.answersOf(doc) : NO_ANSWERS),
        passesFilters,
        passesMetadata,
        matchedOf: (doc) => passageTerms.matchedOf(doc, derived),
        termsOf: (doc) => passageTerms.termsOf(doc),
        quotedOnly: (doc) => passageTerms.quotedOnly(doc, this.otherVoices(doc)),
        phrases,
        limit: query.limit ?? DEFAULT_HIT_LIMIT,
      }),
    );
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

  /**
   * Candidate passages sharing words with a text, best first (for /verify): scored on every word
   * the index holds (a compound's joined word and its parts), exact words only.
   */
  candidates(text: string, limit: number): Passage[] {
    const { passages, vocabulary, acc } = this.parts;
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
    for (const { doc } of bestCandidates(acc, limit)) {
      out.push(passages[doc]!);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Passages whose text holds this index term (a `processTerm` result); 0 for unknown terms. */
  documentFrequency(term: string): number {
    const id = this.parts.vocabulary.termId(term);
    const text = this.parts.data.fields[0]!;
    return id === undefined ? 0 : text.offsets[id + 1]! - text.offsets[id]!;
  }

  /**
   * Each query word's index terms (SearchTuning): itself; near spellings when it is long enough;
   * while typing, longer words the last word starts.
   */
  private expand(terms: readonly string[], typing: boolean): ScoredTerm[] {
    const { vocabulary, tuning } = this.parts;
    const lastTerm = terms[terms.length - 1];
    return terms.map((t) => ({
      expansions: vocabulary.expand(t, {
        fuzzy: t.length >= tuning.fuzzyMinLength ? tuning.fuzzyEdits : 0,
        prefix:
          typing &&
          (tuning.prefixEveryWord || t === lastTerm) &&
          t.length >= tuning.prefixMinLength,
      }),
    }));
  }

  /** A query's filters: on who and where (passage-facts.ts), and its exact phrases. */
  private filtersFor(query: SearchQuery, phrases: readonly string[]) {
    const { acc, facts, phraseFilter } = this.parts;
    const { filtering, passesMetadata, passesWhere } = facts.filtersFor(query);
    const hasPhrases = phraseFilter.filterFor(phrases);
    const passesFilters = hasPhrases
      ? (doc: number) => passesMetadata(doc) && hasPhrases(doc)
      : passesMetadata;
    // With answers, a question that matches but fails the filters on who (speaker, roles) is
    // still ranked, to bring its answer; it is not shown itself.
    const bringsAnswers =
      query.answers && filtering
        ? (doc: number) => passesMetadata(doc) || (facts.hasAnswers(doc) && passesWhere(doc))
        : null;
    const tierContext: TierContext = {
      acc,
      roleBoost: facts.roleBoost,
      keep: bringsAnswers ?? (filtering ? passesMetadata : null),
      lateKeep: hasPhrases,
      passes: passesFilters,
    };
    return { passesMetadata, passesFilters, tierContext };
  }

  /** The quotations inside a passage that someone else said. */
  private otherVoices(doc: number): number[] {
    const { passages, facts } = this.parts;
    const speaker = passages[doc]!.speaker;
    return facts.childrenOf(doc).filter((c) => passages[c]!.speaker !== speaker);
  }
}
