/**
 * What the extractors hand to the writer: one document's metadata and its verbatim body, or the
 * reason an input gives none. Field names follow the corpus front matter (README, "The corpus
 * format").
 */

/** One document extracted from an input, before it has an id or a file. */
export interface ExtractedDocument {
  /** Names the document in messages: the input, or `tweets.js#1767…` for one post of many. */
  label: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** An http(s) address of the original, when known. */
  url: string | null;
  /** A partial date as the corpus writes it: `2024`, `2024-03` or `2024-03-05`. */
  published: string | null;
  /** A corpus kind (article, interview, op-ed, social, transcript, speech, letter, other). */
  kind: string;
  /** The text exactly as it will be written: quotes are cut from it byte for byte. */
  body: string;
  /** The id the source asks for (a markdown file's own `id:`); taken when it is free. */
  id?: string;
  /** Other front-matter fields to keep (a markdown file's own, or `comments_start`). */
  extra?: Record<string, unknown>;
  /** Addresses this document is also known by (the address it was fetched from), for dedupe. */
  aliases?: string[];
}

/** Why an input, or one part of it, was not added. */
export interface Skip {
  input: string;
  reason: string;
  /** The corpus file that already holds this document, when that is the reason. */
  existing?: string;
  /** One part of an input that gave other documents (a repost in an X archive). */
  part?: boolean;
}

export type Extraction =
  { ok: true; documents: ExtractedDocument[]; skipped?: Skip[] } | { ok: false; reason: string };

export function failed(reason: string): Extraction {
  return { ok: false, reason };
}
