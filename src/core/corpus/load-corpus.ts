/**
 * The corpus pipeline: read files → analyse (furniture, passages, speakers) → index. Never throws
 * for bad documents: problems are in `corpus.issues`, named by file and field.
 */
import type { Logger } from 'pino';
import type { AnalysedDocument, CorpusIssue, Passage } from '../types.js';
import type { Corpus } from './corpus.js';
import { analyseDocument } from './analyse-document.js';
import { readDocuments } from './read-documents.js';
import { createSpeakerDirectory } from './speakers.js';
import { dedupeQuoteIds } from './quote-id.js';
import { buildPassageIndex } from '../search/passage-index.js';

export interface LoadCorpusOptions {
  logger: Logger;
}

export async function loadCorpus(dir: string, { logger }: LoadCorpusOptions): Promise<Corpus> {
  const started = performance.now();
  const { documents, profile, issues } = await readDocuments(dir);
  const issueList: CorpusIssue[] = [...issues];
  const directory = createSpeakerDirectory(profile);

  const analysed = new Map<string, AnalysedDocument>();
  for (const doc of documents) {
    try {
      analysed.set(doc.id, analyseDocument(doc, directory));
    } catch (err) {
      // A bug in analysis must not take the whole corpus down: skip the file and say so.
      logger.error({ err, file: doc.file }, 'document analysis failed');
      issueList.push({
        file: doc.file,
        field: null,
        message: 'could not be analysed (logged); skipped',
        severity: 'skipped',
      });
    }
  }
  const all: Passage[] = [...analysed.values()].flatMap((a) => a.passages);
  dedupeQuoteIds(all);
  const passages = new Map(all.map((p) => [p.id, p]));
  // Speakers found in the texts join those of the corpus file, so filters and autocomplete know them.
  const speakers = createSpeakerDirectory(
    profile,
    all.map((p) => p.speaker),
  );
  const index = buildPassageIndex(analysed, passages, speakers);

  for (const issue of issueList) {
    logger.warn({ file: issue.file, field: issue.field, severity: issue.severity }, issue.message);
  }
  logger.info(
    {
      documents: analysed.size,
      passages: passages.size,
      skipped: issueList.filter((i) => i.severity === 'skipped').length,
      ms: Math.round(performance.now() - started),
    },
    'corpus loaded',
  );
  return { dir, profile, documents: analysed, passages, issues: issueList, speakers, index };
}
