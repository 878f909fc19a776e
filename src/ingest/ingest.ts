/**
 * Adds pages to a corpus folder: `ingest(inputs, options)` reads each input (a file, a folder, an
 * http(s) URL), extracts its documents, leaves out what the corpus already holds (the same
 * address or the same text), and writes the rest as corpus documents. It never throws for bad
 * input: every input is either added or skipped with a reason. No platform SDK here, so the CLI
 * (`npm run add`) and a chat command can both call it.
 */
import { frontMatterSchema } from '../core/corpus/front-matter.js';
import { chooseId, clipTitle } from './document-names.js';
import { readCatalogue, remember, textKey, urlKey, type Catalogue } from './existing-corpus.js';
import { extractSource, titleFromName } from './extract.js';
import type { FetchLimits } from './fetch-url.js';
import { expandInputs, loadSource } from './read-source.js';
import type { ExtractedDocument, Skip } from './types.js';
import { renderDocument, writeDocumentFile } from './write-document.js';

export interface IngestOptions {
  /** The corpus folder (CORPUS_DIR); created when missing. */
  corpusDir: string;
  /** The kind of every document added (`article`, `transcript` …), instead of the one found. */
  kind?: string | null;
  /** The id of the one document added. */
  id?: string | null;
  /** The author of every document added; `@user` also names an X archive's account. */
  author?: string | null;
  /** Fetch loopback and private addresses too (INGEST_ALLOW_PRIVATE, for tests). */
  allowPrivate?: boolean;
  /** Narrower fetch limits (tests). */
  fetchLimits?: Partial<FetchLimits>;
}

/** One document written, as `--json` prints it. */
interface AddedDocument {
  id: string;
  /** The file, relative to the corpus folder. */
  file: string;
  title: string;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  kind: string;
}

export interface IngestResult {
  added: AddedDocument[];
  skipped: Skip[];
}

/** Why the options cannot be used, or null. */
export function checkIngestOptions(options: IngestOptions): string | null {
  if (options.kind != null && !frontMatterSchema.shape.kind.safeParse(options.kind).success)
    return `--kind "${options.kind}" is not a corpus kind: use article, interview, op-ed, social, transcript, speech, letter or other`;
  if (options.id != null && !frontMatterSchema.shape.id.safeParse(options.id).success)
    return `--id "${options.id}" is not an id: use letters, digits, - _ . (up to 64 characters, starting with a letter or digit)`;
  return null;
}

export async function ingest(
  inputs: readonly string[],
  options: IngestOptions,
): Promise<IngestResult> {
  const problem = checkIngestOptions(options);
  if (problem) return { added: [], skipped: inputs.map((input) => ({ input, reason: problem })) };
  const kind = options.kind != null ? frontMatterSchema.shape.kind.parse(options.kind)! : null;
  const { sources, skipped } = await expandInputs(inputs);
  const catalogue = await readCatalogue(options.corpusDir);

  const found: ExtractedDocument[] = [];
  for (const source of sources) {
    // the same address again is known before it is fetched
    const known = source.type === 'url' ? knownAddress(catalogue, [source.url]) : null;
    if (known) {
      skipped.push(duplicate(source.label, known, 'address'));
      continue;
    }
    try {
      const loaded = await loadSource(source, {
        allowPrivate: options.allowPrivate ?? false,
        ...(options.fetchLimits ? { limits: options.fetchLimits } : {}),
      });
      const extracted = loaded.ok
        ? await extractSource(loaded.source, options.author ?? null)
        : loaded;
      if (!extracted.ok) {
        skipped.push({ input: source.label, reason: extracted.reason });
        continue;
      }
      found.push(...extracted.documents);
      skipped.push(...(extracted.skipped ?? []));
    } catch (err) {
      // a library failing on a strange input must not take the other inputs down
      skipped.push({ input: source.label, reason: `could not be read (${messageOf(err)})` });
    }
  }
  if (options.id && found.length > 1) {
    const reason = `--id names one document, but ${found.length} were found; leave --id out`;
    return { added: [], skipped: [...skipped, ...found.map((d) => ({ input: d.label, reason }))] };
  }

  const added: AddedDocument[] = [];
  for (const doc of found) {
    const outcome = await addDocument(doc, options, kind, catalogue);
    if ('reason' in outcome) skipped.push(outcome);
    else added.push(outcome);
  }
  return { added, skipped };
}

async function addDocument(
  doc: ExtractedDocument,
  options: IngestOptions,
  kind: string | null,
  catalogue: Catalogue,
): Promise<AddedDocument | Skip> {
  const sameAddress = knownAddress(catalogue, [doc.url, ...(doc.aliases ?? [])]);
  if (sameAddress) return duplicate(doc.label, sameAddress, 'address');
  const key = textKey(doc.body);
  if (!key) return { input: doc.label, reason: 'no text to add' };
  const sameText = catalogue.texts.get(key);
  if (sameText) return duplicate(doc.label, sameText, 'text');

  const title = clipTitle(doc.title ?? titleFromName(doc.label.split(/[\\/]/).pop() ?? ''));
  const finalKind = kind ?? doc.kind;
  const taken = (id: string) =>
    catalogue.ids.has(id) || catalogue.files.has(`${id}.md`.toLowerCase());
  const asked = options.id ?? doc.id ?? null;
  if (asked && taken(asked))
    return {
      input: doc.label,
      reason: `the id "${asked}" is already used by ${catalogue.ids.get(asked) ?? `${asked}.md`}`,
    };
  const id = asked ?? chooseId(title, finalKind, doc.body, taken);
  const entry = {
    id,
    title,
    publisher: doc.publisher,
    author: options.author ?? doc.author,
    url: doc.url,
    published: doc.published,
    kind: finalKind,
  };
  const rendered = renderDocument({
    ...entry,
    body: doc.body,
    ...(doc.extra ? { extra: doc.extra } : {}),
  });
  if (!rendered.ok) return { input: doc.label, reason: `cannot be written: ${rendered.reason}` };
  const file = `${id}.md`;
  try {
    await writeDocumentFile(options.corpusDir, file, rendered.text);
  } catch (err) {
    return {
      input: doc.label,
      reason: `could not be written to ${file} (${messageOf(err)})`,
    };
  }
  remember(catalogue, {
    file,
    id,
    url: doc.url,
    body: doc.body,
    ...(doc.aliases ? { aliases: doc.aliases } : {}),
  });
  return { ...entry, file };
}

function knownAddress(catalogue: Catalogue, addresses: (string | null)[]): string | null {
  for (const address of addresses) {
    const key = address ? urlKey(address) : null;
    const file = key ? catalogue.urls.get(key) : undefined;
    if (file) return file;
  }
  return null;
}

function duplicate(input: string, file: string, what: 'address' | 'text'): Skip {
  return { input, reason: `already in the corpus as ${file} (the same ${what})`, existing: file };
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
