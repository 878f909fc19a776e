/**
 * The search index over passages. Passages live in a map by id; the index holds posting lists
 * only (index-data.ts). Search cost follows what was asked: stop words are not indexed, AND first
 * with an OR fallback, fuzzy only for longer words and at one edit, prefix only on the last word
 * from 3 characters, and only the hits asked for (`limit`) are assembled. Scores are MiniSearch's
 * (BM25, field and role boosts, expansion weights), computed over typed arrays.
 */
import type { AnalysedDocument, Passage } from '../types.js';
import {
  CANDIDATE_BOOSTS,
  DEFAULT_HIT_LIMIT,
  DEFAULT_TUNING,
  ROLE_BOOST,
  SEARCH_BOOSTS,
  type PassageIndex,
  type SearchOutcome,
  type SearchQuery,
  type SearchTuning,
} from './search-options.js';
import type { SpeakerDirectory } from '../corpus/speakers.js';
import { endOf, startOf } from '../corpus/partial-date.js';
import { indexWords, processTerm, queryWords, tokenize } from './terms.js';
import { splitPhrases } from './phrase.js';
import { isCompound } from './compounds.js';
import { NO_TERM, phraseMatcherSteps } from './word-sequences.js';
import { buildIndexData, fieldHolds, searchablePassages, type IndexData } from './index-data.js';
import { vocabularySteps } from './vocabulary.js';
import { runInSlices, runSync, type Steps } from './steps.js';
import { Accumulator, bestFirst } from './score.js';
import { assembleHits, type AssembledHits, type HitTier } from './assemble-hits.js';
import { answersAfter } from './answers.js';
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

/** Passages ranked beyond twice the hits wanted, for those the assembly skips (quotations, answers). */
const TOP_SLACK = 16;

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
  const roleBoost = Float64Array.from(docs, (p) => ROLE_BOOST[p.role] ?? 1);
  const children = new Map<number, number[]>();
  docs.forEach((p, i) => {
    const parent = p.parentId === null ? undefined : numberOf.get(p.parentId);
    if (parent === undefined) return;
    const list = children.get(parent) ?? [];
    list.push(i);
    children.set(parent, list);
  });
  yield;
  /** Answer paragraphs after each question: passage `q`'s are at [answerAt[q], answerAt[q + 1]). */
  const answerAt = new Uint32Array(docs.length + 1);
  const answerList: number[] = [];
  docs.forEach((p, i) => {
    for (const a of answersAfter(p, documents.get(p.documentId)?.passages ?? [])) {
      const n = numberOf.get(a.id);
      if (n !== undefined) answerList.push(n);
    }
    answerAt[i + 1] = answerList.length;
  });
  const answers = Uint32Array.from(answerList);
  const hasAnswers = (doc: number) => answerAt[doc + 1]! > answerAt[doc]!;
  const answersOf = (doc: number) => answers.subarray(answerAt[doc]!, answerAt[doc + 1]!);
  /** Each passage's speaker as a number, for the speaker filter. */
  const speakerIds = new Map<string, number>();
  const speakerOf = Uint32Array.from(docs, (p) => {
    let id = speakerIds.get(p.speaker);
    if (id === undefined) speakerIds.set(p.speaker, (id = speakerIds.size));
    return id;
  });
  yield;
  /**
   * Each passage's document as a number, and the days its publication date covers as YYYYMMDD
   * (0: undated): source and date filters are read for every passage a query word touches.
   */
  const documentIds = [...new Set(docs.map((p) => p.documentId))];
  const documentOf = new Map(documentIds.map((id, i) => [id, i]));
  const docOf = Uint32Array.from(docs, (p) => documentOf.get(p.documentId)!);
  const publishedFrom = new Uint32Array(documentIds.length);
  const publishedTo = new Uint32Array(documentIds.length);
  documentIds.forEach((id, i) => {
    const date = documents.get(id)?.document.published;
    if (!date) return;
    publishedFrom[i] = dayNumber(startOf(date));
    publishedTo[i] = dayNumber(endOf(date));
  });
  yield;
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
  const noChildren: number[] = [];
  const textField = data.fields[0]!;
  /** Per term, matched occurrences outside a passage's quotations (valid when stamped). */
  const outside = new Int32Array(data.terms.length);
  const outsideAt = new Uint32Array(data.terms.length);
  let outsideStamp = 0;
  const outsideTerms: number[] = [];
  /** Phrase words' terms held by each passage, for the current query: bits valid when stamped. */
  const heldAt = new Uint32Array(docs.length);
  const heldBits = new Uint32Array(docs.length);
  let heldStamp = 0;
  yield;

  /**
   * Whether a passage holds every phrase: first every phrase word's own index terms (binary
   * searches; phrases are exact, so a fuzzy or prefix match is not enough), then the words in
   * order. A compound's terms are its joined word's, or else all its parts'.
   */
  function phraseFilter(phrases: readonly string[]): ((doc: number) => boolean) | null {
    if (phrases.length === 0) return null;
    const compiled = phrases.map((ph) => phraseMatcher.compile(ph));
    if (compiled.some((c) => c === null)) return () => false;
    /** Per phrase word: the sets of term ids one of which the passage must hold entirely. */
    const needs: number[][][] = [];
    const idsOf = (words: readonly string[]): number[] | null => {
      const out: number[] = [];
      for (const w of words) {
        const t = processTerm(w);
        if (t === null) continue;
        const id = vocabulary.termId(t);
        if (id === undefined) return null;
        out.push(id);
      }
      return out;
    };
    for (const token of tokenize(phrases.join(' '))) {
      const spellings = [idsOf([token.word])];
      if (token.parts) spellings.push(idsOf(token.parts.map((p) => p.word)));
      const known = spellings.filter((ids): ids is number[] => ids !== null);
      if (known.length === 0) return () => false;
      if (known.some((ids) => ids.length === 0)) continue; // a stop word
      needs.push(known);
    }
    const holdsAll = (ids: readonly number[], doc: number) => {
      for (const id of ids) if (!fieldHolds(textField, id, doc)) return false;
      return true;
    };
    // Needs met by one term (nearly all) are marked by walking that term's posting list once,
    // in passage order; a binary search per candidate passage was most of the cost of a phrase
    // of common words ("the party had labour": 46,000 candidates).
    const simple =
      needs.length <= 32 ? needs.filter((sp) => sp.every((ids) => ids.length === 1)) : [];
    const other = needs.filter((sp) => !simple.includes(sp));
    if (++heldStamp === 0xffffffff) {
      heldAt.fill(0);
      heldStamp = 1;
    }
    const stampNow = heldStamp;
    simple.forEach((spellings, bit) => {
      for (const [id] of spellings) {
        for (let i = textField.offsets[id!]!; i < textField.offsets[id! + 1]!; i++) {
          const doc = textField.docs[i]!;
          if (heldAt[doc] !== stampNow) {
            heldAt[doc] = stampNow;
            heldBits[doc] = 0;
          }
          heldBits[doc]! |= 1 << bit;
        }
      }
    });
    const allBits = simple.length === 32 ? 0xffffffff : (1 << simple.length) - 1;
    return (doc) => {
      if (simple.length > 0 && (heldAt[doc] !== stampNow || (heldBits[doc]! | 0) !== (allBits | 0)))
        return false;
      for (const spellings of other) {
        let held = false;
        for (const ids of spellings) if ((held = holdsAll(ids, doc))) break;
        if (!held) return false;
      }
      return compiled.every((c) => phraseMatcher.contains(doc, c!));
    };
  }

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

    const speaker = query.speaker ? (speakerIds.get(query.speaker) ?? -1) : null;
    const excluded = query.excludeRoles?.length ? query.excludeRoles : null;
    const passesMetadata = (doc: number) => {
      if (speaker !== null && speakerOf[doc] !== speaker) return false;
      if (excluded !== null && excluded.includes(docs[doc]!.role)) return false;
      return passesWhere(doc);
    };
    const sourceDoc = query.source ? (documentOf.get(query.source) ?? -1) : null;
    const dated = Boolean(query.from || query.to);
    const fromDay = query.from ? dayNumber(startOf(query.from)) : 0;
    const toDay = query.to ? dayNumber(endOf(query.to)) : Infinity;
    /** The filters on the document (source, dates), the same for every passage in it. */
    const passesWhere = (doc: number) => {
      const d = docOf[doc]!;
      if (sourceDoc !== null && d !== sourceDoc) return false;
      if (dated) {
        const from = publishedFrom[d]!;
        if (from === 0 || publishedTo[d]! < fromDay || from > toDay) return false;
      }
      return true;
    };
    const hasPhrases = phraseFilter(phrases);
    const metadataFiltering =
      Boolean(query.speaker || query.source || query.from || query.to) ||
      (query.excludeRoles?.length ?? 0) > 0;
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
      query.answers && metadataFiltering
        ? (doc: number) => passesMetadata(doc) || (hasAnswers(doc) && passesWhere(doc))
        : null;

    /**
     * Whether the passage's matched words all lie in quotations of other speakers: per matched
     * term, its occurrences in the passage less those in the quotations (which are spans of it).
     */
    const quotedOnly = (doc: number): boolean => {
      const speaker = docs[doc]!.speaker;
      const voices = (children.get(doc) ?? noChildren).filter((c) => docs[c]!.speaker !== speaker);
      if (voices.length === 0) return false;
      if (++outsideStamp === 0xffffffff) {
        outsideAt.fill(0);
        outsideStamp = 1;
      }
      const count = (t: number, by: number) => {
        if (mark[t] !== stamp) return;
        if (outsideAt[t] !== outsideStamp) {
          outsideAt[t] = outsideStamp;
          outside[t] = 0;
          outsideTerms.push(t);
        }
        outside[t]! += by;
      };
      forEachTerm(doc, (t) => count(t, 1));
      for (const c of voices) forEachTerm(c, (t) => count(t, -1));
      const held = outsideTerms.length > 0;
      const own = outsideTerms.some((t) => outside[t]! > 0);
      outsideTerms.length = 0;
      return held && !own;
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
              boost: roleBoost,
              keep: bringsAnswers ?? (metadataFiltering ? passesMetadata : null),
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
        childrenOf: (doc) => children.get(doc) ?? noChildren,
        answersOf: (doc) => (query.answers ? answersOf(doc) : noChildren),
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

/**
 * A ranking read best first: first the top `wanted` plus some slack from a bounded ranking (no
 * heap of every match), then, only if more are read, the full ranking from its start. Reading
 * the top passages twice changes nothing for a reader that skips what it has handled (hits are
 * assembled so), and the full ranking is rarely reached: most pages fill from the top few.
 */
function* topFirst(
  rank: (limit?: number) => Iterable<{ doc: number; score: number }>,
  wanted: number,
): Generator<{ doc: number; score: number }> {
  const top = 2 * wanted + TOP_SLACK;
  let read = 0;
  for (const r of rank(top)) {
    read++;
    yield r;
  }
  // fewer: the bounded ranking held every match; more: it was not bounded (phrases, few matches)
  if (read !== top) return;
  yield* rank();
}

/** `YYYY-MM-DD` as the number YYYYMMDD: compares as the dates do. */
function dayNumber(day: string): number {
  return Number(day.replaceAll('-', ''));
}
