/**
 * What the site works out once per loaded corpus and keeps while that corpus is served: its version
 * (a hash of every document, for ETags) and which passages hold the same words in other documents.
 * Keyed by the corpus value itself, so a reloaded corpus (a new value) gets fresh facts and every
 * ETag made from the old one stops matching.
 */
import { createHash } from 'node:crypto';
import type { Corpus, Passage } from '../../core/index.js';

/** Passages shorter than this are too common ("Yes.", "Thank you.") to be "the same words". */
const MIN_SAME_WORDS_CHARS = 40;

interface Facts {
  version: string;
  /** A passage's text → quote ids of the passages holding exactly those words. */
  byWords: Map<string, string[]> | null;
}

export interface CorpusFacts {
  /** A short hash identifying the corpus's documents (ids, metadata and text). */
  version(corpus: Corpus): string;
  /** Quote ids of passages in OTHER documents with the same words as `passage`, in corpus order. */
  sameWords(corpus: Corpus, passage: Passage): string[];
  /** Works both out now (at start-up) rather than on the first page asked for. */
  prepare(corpus: Corpus): void;
}

export function createCorpusFacts(): CorpusFacts {
  const cache = new WeakMap<Corpus, Facts>();
  const factsOf = (corpus: Corpus): Facts => {
    let facts = cache.get(corpus);
    if (!facts) {
      facts = { version: hashDocuments(corpus), byWords: null };
      cache.set(corpus, facts);
    }
    return facts;
  };
  return {
    version: (corpus) => factsOf(corpus).version,
    prepare(corpus) {
      factsOf(corpus).byWords ??= indexWords(corpus);
    },
    sameWords(corpus, passage) {
      const facts = factsOf(corpus);
      facts.byWords ??= indexWords(corpus);
      if (passage.text.length < MIN_SAME_WORDS_CHARS) return [];
      const key = wordsKey(passage.text);
      return (facts.byWords.get(key) ?? []).filter(
        (id) => corpus.passages.get(id)?.documentId !== passage.documentId,
      );
    },
  };
}

function hashDocuments(corpus: Corpus): string {
  const hash = createHash('sha256');
  for (const [id, analysed] of corpus.documents) {
    const { body, ...meta } = analysed.document;
    hash.update(`${id}\u0000${JSON.stringify(meta)}\u0000${body.length}\u0000`);
    hash.update(body);
  }
  return hash.digest('base64url').slice(0, 16);
}

function indexWords(corpus: Corpus): Map<string, string[]> {
  const byWords = new Map<string, string[]>();
  for (const p of corpus.passages.values()) {
    if (p.kind === 'heading' || p.text.length < MIN_SAME_WORDS_CHARS) continue;
    const key = wordsKey(p.text);
    const ids = byWords.get(key);
    if (ids) ids.push(p.id);
    else byWords.set(key, [p.id]);
  }
  return byWords;
}

/**
 * The words as the index of same words compares them: exactly, spacing at the ends aside. Folding
 * case and punctuation too would find more mirrors but costs seconds at 100,000 passages.
 */
function wordsKey(text: string): string {
  return text.trim();
}
