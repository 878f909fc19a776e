/**
 * What the filters and the hit assembly read of each passage, worked out once when the index
 * opens, in typed arrays by passage number: a query's filters are asked of every passage its words
 * touch (tens of thousands at 100k passages), so each answer is a few array reads, not a string
 * comparison, a map lookup or a date parsed.
 */
import type { AnalysedDocument, Passage } from '../types.js';
import { endOf, startOf } from '../corpus/index.js';
import { answersAfter } from './answers.js';
import type { SearchQuery } from './search-options.js';
import { ROLE_BOOST } from './ranking.js';
import type { Steps } from '../schedule/index.js';

export interface PassageFacts {
  /** Per passage: its role's search boost. */
  roleBoost: Float64Array;
  /** Quotations inside a passage, as passage numbers. */
  childrenOf(doc: number): readonly number[];
  /** The answer paragraphs after a question (answers.ts), as passage numbers. */
  answersOf(doc: number): Uint32Array;
  hasAnswers(doc: number): boolean;
  /** A query's filters on who (speaker, roles) and where (source, dates). */
  filtersFor(query: SearchQuery): MetadataFilters;
}

interface MetadataFilters {
  /** Whether any filter is set (none: every passage passes). */
  filtering: boolean;
  /** The passage passes every filter on who and where. */
  passesMetadata(doc: number): boolean;
  /** Its document passes the source and date filters. */
  passesWhere(doc: number): boolean;
}

const NONE: readonly number[] = [];

export function* passageFactsSteps(
  docs: readonly Passage[],
  documents: ReadonlyMap<string, AnalysedDocument>,
  numberOf: ReadonlyMap<string, number>,
): Steps<PassageFacts> {
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
  // passage q's answers are at [answerAt[q], answerAt[q + 1])
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
  yield;
  const speakerIds = new Map<string, number>();
  const speakerOf = Uint32Array.from(docs, (p) => {
    let id = speakerIds.get(p.speaker);
    if (id === undefined) speakerIds.set(p.speaker, (id = speakerIds.size));
    return id;
  });
  // documents by number, with the days their publication date covers as YYYYMMDD (0: undated)
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

  function filtersFor(query: SearchQuery): MetadataFilters {
    const speaker = query.speaker ? (speakerIds.get(query.speaker) ?? -1) : null;
    const excluded = query.excludeRoles?.length ? query.excludeRoles : null;
    const source = query.source ? (documentOf.get(query.source) ?? -1) : null;
    const dated = Boolean(query.from || query.to);
    const fromDay = query.from ? dayNumber(startOf(query.from)) : 0;
    const toDay = query.to ? dayNumber(endOf(query.to)) : Infinity;
    const passesWhere = (doc: number) => {
      const d = docOf[doc]!;
      if (source !== null && d !== source) return false;
      if (dated) {
        const from = publishedFrom[d]!;
        if (from === 0 || publishedTo[d]! < fromDay || from > toDay) return false;
      }
      return true;
    };
    return {
      filtering: speaker !== null || excluded !== null || source !== null || dated,
      passesWhere,
      passesMetadata: (doc) => {
        if (speaker !== null && speakerOf[doc] !== speaker) return false;
        if (excluded !== null && excluded.includes(docs[doc]!.role)) return false;
        return passesWhere(doc);
      },
    };
  }

  return {
    roleBoost,
    childrenOf: (doc) => children.get(doc) ?? NONE,
    answersOf: (doc) => answers.subarray(answerAt[doc]!, answerAt[doc + 1]!),
    hasAnswers: (doc) => answerAt[doc + 1]! > answerAt[doc]!,
    filtersFor,
  };
}

/** `YYYY-MM-DD` as the number YYYYMMDD: compares as the dates do. */
function dayNumber(day: string): number {
  return Number(day.replaceAll('-', ''));
}
