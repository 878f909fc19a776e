import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { COMMANDS, dispatch, loadCorpus, type Block, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { testContext } from '../helpers/seed-corpus.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const fixture = (name: string) => path.join(FIXTURES, name);

/** The corpus file a community would write: its subject and the names people go by. */
export const CORPUS_PROFILE = `subject: Maya Okafor
speakers:
  Maya Okafor: [Okafor, Councillor Maya Okafor, Councillor Okafor, MAYA OKAFOR]
  Tom Reid: [Reid, TOM REID]
`;

/** A fresh corpus folder holding only the corpus file; removed by `cleanUp`. */
export async function tempCorpus(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-ingest-'));
  await writeFile(path.join(dir, 'corpus.yaml'), CORPUS_PROFILE);
  return dir;
}

export async function cleanUp(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A written document split as the loader splits it: front matter fields and the body. */
export async function readWritten(
  dir: string,
  file: string,
): Promise<{ fields: Record<string, unknown>; body: string }> {
  const text = await readFile(path.join(dir, file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file} has no front matter`);
  return { fields: YAML.parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

/** Every file name in the corpus folder, hidden ones included (a temporary file left behind shows). */
export async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

export async function loadWritten(dir: string): Promise<Corpus> {
  return loadCorpus(dir, { logger: silentLogger() });
}

type QuoteBlock = Extract<Block, { type: 'quote' }>;

/** The first quote `/quote <query> source:<id>` answers with, through the core's dispatch. */
export async function firstQuote(
  corpus: Corpus,
  query: string,
  source: string,
): Promise<QuoteBlock> {
  const reply = await dispatch(COMMANDS, 'quote', { query, source, limit: 1 }, testContext(corpus));
  const quote = reply.blocks.find((b): b is QuoteBlock => b.type === 'quote');
  if (!quote)
    throw new Error(
      `/quote ${query} source:${source} found nothing: ${JSON.stringify(reply.blocks)}`,
    );
  return quote;
}
