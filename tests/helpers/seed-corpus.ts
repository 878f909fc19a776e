import { loadCorpus, Scheduler, type Corpus, type Passage } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';

let cached: Promise<Corpus> | null = null;

/** The bundled corpus, loaded once per test file. */
export function seedCorpus(): Promise<Corpus> {
  cached ??= loadCorpus('seeds', { logger: silentLogger() });
  return cached;
}

export function testContext(corpus: Corpus) {
  return {
    corpus,
    logger: silentLogger(),
    scheduler: new Scheduler(),
    now: () => new Date('2026-11-23T12:00:00Z'),
  };
}

/** The innermost passage of a document whose text contains `fragment` (quotations before paragraphs). */
export function passageWith(
  corpus: Corpus,
  documentId: string,
  fragment: string,
): Passage | undefined {
  const doc = corpus.documents.get(documentId);
  const matches = doc?.passages.filter((p) => p.text.includes(fragment)) ?? [];
  return matches.find((p) => p.kind === 'quotation') ?? matches[0];
}
