/**
 * The few types everything hangs on: documents, passages, sentences, speakers.
 * Spans are UTF-16 offsets into `Document.body`, so `body.slice(start, end)` is always the exact
 * published text: a quote shown to a user is never rebuilt from pieces.
 */

/** How precise a partial date is. */
export type Precision = 'year' | 'month' | 'day';

/**
 * A date known to the precision the source supports: `2019`, `2019-11` or `2019-11-06`.
 * Follows the EDTF (ISO 8601-2) subset: a `~` suffix marks it approximate, `?` uncertain.
 */
export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  precision: Precision;
  /** True when the source gives the date as a guess ("c. 2020", EDTF `~`). */
  approximate: boolean;
}

/** What kind of document a file holds; free text is accepted, these are the known ones. */
export type DocumentKind =
  'article' | 'interview' | 'op-ed' | 'social' | 'transcript' | 'speech' | 'letter' | 'other';

/** Attribution hints from front matter: they override what the text itself suggests. */
interface AttributionHints {
  /** Whose words the document is mainly about (defaults to the corpus subject). */
  subject?: string;
  /** The interviewer, for interviews: intro and questions are theirs. */
  interviewer?: string;
  /** The start of the line where reader comments begin (when the page has no "N comments" header). */
  commentsStart?: string;
  /** Start of lines that are page furniture in this document (never quotable). */
  furniture?: string[];
}

export interface Document {
  /** Short stable id, from front matter `id` or the file name without extension. */
  id: string;
  /** File name relative to the corpus folder. */
  file: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  published: PartialDate | null;
  /** Last update, when the document says it was updated. */
  updated: PartialDate | null;
  kind: DocumentKind;
  hints: AttributionHints;
  /** The verbatim body: every span refers into this string. */
  body: string;
}

/**
 * Who is speaking in a passage.
 * - `subject`: the corpus (or document) subject's own words.
 * - `interviewer`: an interviewer's questions.
 * - `author`: the author's or publication's narration (journalist, editor, headline).
 * - `quoted`: a third party quoted in the text (a person, "a source close to X", an organisation).
 * - `commenter`: a reader comment below the text.
 */
export type Role = 'subject' | 'interviewer' | 'author' | 'quoted' | 'commenter';

/** The structural kind of a passage. */
export type BlockKind =
  'post' | 'answer' | 'question' | 'narration' | 'quotation' | 'comment' | 'heading';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the sentence within its passage. */
  index: number;
}

/**
 * Which sieve gave a passage its speaker (the high-precision sieves run first; the first sure one
 * decides). See core/corpus/attribution.ts for what each one reads.
 */
export type Sieve =
  | 'front-matter'
  | 'label'
  | 'interview-layout'
  | 'post-header'
  | 'comment-header'
  | 'first-person'
  | 'narration'
  | 'speech-verb'
  | 'according-to'
  | 'attribution-line'
  | 'continuation'
  | 'pronoun'
  | 'none';

/** Why a passage has its speaker: the sieve that decided and the text it read. */
export interface Attribution {
  sieve: Sieve;
  /** The words of the document that name the speaker ("she told the Herald"), when any. */
  evidence: Span | null;
}

/** A unit a person would quote: a post, an interview answer, a paragraph, a quotation inside one. */
export interface Passage extends Span {
  /** Stable quote id: the same while the document id and the passage text are unchanged. */
  id: string;
  documentId: string;
  /** Canonical speaker name ("Chris Williamson", "a source close to Williamson", "a reader"). */
  speaker: string;
  role: Role;
  kind: BlockKind;
  /** `body.slice(start, end)`, kept for convenience. */
  text: string;
  /** Sentences in document order, each an exact span of the body. */
  sentences: Sentence[];
  /** For a quotation inside a paragraph: the id of the enclosing passage. */
  parentId: string | null;
  /** Position of this passage among the document's passages (document order). */
  order: number;
  /** Why the speaker is who it is. */
  attribution: Attribution;
}

/** A region of the body that is never quotable, kept for diagnostics and tests. */
export interface FurnitureSpan extends Span {
  reason: string;
}

/** A document after cleaning, segmentation and attribution. */
export interface AnalysedDocument {
  document: Document;
  passages: Passage[];
  furniture: FurnitureSpan[];
}

/** The optional corpus file: the subject and the aliases of each speaker. */
export interface CorpusProfile {
  subject: string | null;
  /** Canonical name → aliases (the canonical name itself always matches). */
  speakers: Record<string, string[]>;
}

/** A problem found while loading the corpus: the file was skipped or a field ignored. */
export interface CorpusIssue {
  file: string;
  field: string | null;
  message: string;
  /** `skipped`: the file was not loaded; `warning`: loaded, but something was ignored. */
  severity: 'skipped' | 'warning';
}
