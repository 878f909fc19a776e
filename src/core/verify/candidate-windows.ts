/**
 * Where /verify looks: the passages the search index ranks highest for the pasted words, each
 * widened by the paste's length on both sides (a quote may run on into the next paragraph) and cut
 * at page furniture. Alignment only ever runs over these windows, so the cost of a check depends
 * on the candidate limit and the paste's length, not on the size of the corpus.
 */
import type { AnalysedDocument, Passage } from '../types.js';
import { CANDIDATE_LIMIT, CANDIDATES_PER_SENTENCE, MIN_VERIFY_WORDS } from './thresholds.js';
import { documentTokens, firstWordAtOrAfter, type DocumentTokens } from './document-tokens.js';
import { tokenize } from './tokens.js';
import type { Scheduler } from '../schedule/index.js';

/** The part of a corpus /verify needs (a loaded Corpus has all of it). */
export interface VerifyCorpus {
  documents: ReadonlyMap<string, AnalysedDocument>;
  passages: ReadonlyMap<string, Passage>;
  speakers: {
    subject: string | null;
    resolve(query: string): string | null;
    all(): string[];
    mentionPatterns(): { alias: string; canonical: string }[];
  };
  index: {
    candidates(text: string, limit: number): readonly Passage[];
    documentFrequency(term: string): number;
    size: number;
  };
}

/** A run of a document's words, [start, end) in token indices, all inside passages. */
export interface Window {
  doc: DocumentTokens;
  start: number;
  end: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Candidate passages for the pasted text: for the whole, and for each of its sentences. */
export async function collectCandidates(
  corpus: VerifyCorpus,
  text: string,
  scheduler: Scheduler,
): Promise<Passage[]> {
  const seen = new Map<string, Passage>();
  const add = (ps: readonly Passage[]) => {
    for (const p of ps) if (!seen.has(p.id)) seen.set(p.id, p);
  };
  add(corpus.index.candidates(text, CANDIDATE_LIMIT));
  const sentences = [...sentenceSegmenter.segment(text)]
    .map((s) => s.segment.trim())
    .filter(Boolean);
  if (sentences.length > 1) {
    for (const s of sentences) {
      if (tokenize(s).length < MIN_VERIFY_WORDS) continue;
      await scheduler.pause();
      add(corpus.index.candidates(s, CANDIDATES_PER_SENTENCE));
    }
  }
  return [...seen.values()];
}

/** Windows around the candidates, merged where they overlap, split where furniture intervenes. */
export async function buildWindows(
  corpus: VerifyCorpus,
  candidates: readonly Passage[],
  pastedWords: number,
  scheduler: Scheduler,
): Promise<Window[]> {
  const ranges = new Map<string, [number, number][]>();
  for (const p of candidates) {
    const analysed = corpus.documents.get(p.documentId);
    if (!analysed) continue;
    // tokenising a document not seen lately is the costly step: one document per step
    await scheduler.pause();
    const doc = documentTokens(analysed);
    const a = firstWordAtOrAfter(doc.starts, p.start);
    const b = firstWordAtOrAfter(doc.starts, p.end);
    const list = ranges.get(p.documentId) ?? [];
    list.push([Math.max(0, a - pastedWords), Math.min(doc.length, b + pastedWords)]);
    ranges.set(p.documentId, list);
  }
  const windows: Window[] = [];
  for (const [docId, list] of ranges) {
    const doc = documentTokens(corpus.documents.get(docId)!);
    for (const [start, end] of mergeRanges(list)) {
      let runStart = -1;
      for (let k = start; k <= end; k++) {
        const owned = k < end && doc.owners[k] !== null;
        if (owned && runStart < 0) runStart = k;
        if (!owned && runStart >= 0) {
          windows.push({ doc, start: runStart, end: k });
          runStart = -1;
        }
      }
    }
  }
  return windows;
}

function mergeRanges(list: [number, number][]): [number, number][] {
  const sorted = [...list].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
