/**
 * The platform-neutral reply model: plain data tagged by `type`, made of blocks. Adapters render it
 * (Discord embeds, Slack Block Kit, console text); platform limits are NOT known here.
 * Text in blocks is plain text, never markdown: renderers escape it for their platform.
 */
import type { Role } from '../types.js';

type Visibility = 'public' | 'private';

/** A citation of one source document. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string | null;
  author: string | null;
  url: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with `~` when approximate; null when unknown. */
  published: string | null;
  /** Human form of `published`: "6 Nov 2019", "Feb 2019", "c. Jan 2020". */
  publishedLabel: string | null;
  kind: string;
}

/** A span inside a quote block's text to show marked (matched words, a diff). */
export interface Highlight {
  start: number;
  end: number;
}

/** An action a button triggers: the command and its state, enough to rebuild the answer later. */
export interface Action {
  /** Stable action id, e.g. `quote.page`, `source.context`. */
  id: string;
  /** Small flat state; adapters encode it in a custom id / action value. */
  state: Record<string, string | number>;
}

export type Button =
  | {
      kind: 'action';
      label: string;
      action: Action;
      style: 'primary' | 'secondary';
      disabled?: boolean;
    }
  | { kind: 'link'; label: string; url: string };

export type Block =
  /** Plain prose from the bot itself. */
  | { type: 'text'; text: string }
  /** Exact words from the corpus with who said them. `text` is an exact substring of the document. */
  | {
      type: 'quote';
      text: string;
      quoteId: string;
      speaker: string;
      role: Role;
      /** For a quotation inside someone else's words: whose words it sits in ("quoted by"). */
      quotedBy?: string;
      /** Spans of `text` to mark (matched words). */
      highlights: Highlight[];
      /** True when `text` starts/ends inside a longer passage (show an ellipsis). */
      truncatedBefore: boolean;
      truncatedAfter: boolean;
      source: SourceRef;
    }
  /** A citation line for a source on its own. */
  | { type: 'citation'; source: SourceRef }
  /** Label/value pairs (a source's details, counts). */
  | { type: 'fields'; fields: { label: string; value: string }[] }
  /** A list of short lines (sources in the corpus, help entries). */
  | { type: 'list'; items: { title: string; detail: string }[] }
  /** Small print: page numbers, hints. */
  | { type: 'context'; text: string }
  | { type: 'buttons'; buttons: Button[] }
  | { type: 'divider' };

/** Paging state for replies that have more than one page. */
interface Paging {
  /** Zero-based page index. */
  page: number;
  pageCount: number;
  total: number;
}

export interface Reply {
  /** `card`: one answer; `list`: several results; `error`: the request could not be answered. */
  type: 'card' | 'list' | 'error';
  title: string;
  blocks: Block[];
  visibility: Visibility;
  paging: Paging | null;
  /** Machine-readable payload (what `--json` prints); stable per command, see README. */
  data: unknown;
  /** For `error` replies: a stable code (`invalid-input`, `unknown-speaker`, `not-found`, …). */
  error: { code: string; message: string } | null;
}

/** A successful reply. */
export function makeReply(
  fields: Pick<Reply, 'title' | 'blocks' | 'data'> &
    Partial<Pick<Reply, 'type' | 'visibility' | 'paging'>>,
): Reply {
  return {
    type: fields.type ?? 'card',
    title: fields.title,
    blocks: fields.blocks,
    visibility: fields.visibility ?? 'public',
    paging: fields.paging ?? null,
    data: fields.data,
    error: null,
  };
}

/** An expected failure as a value: always private, never a stack trace. */
export function errorReply(code: string, message: string, hint?: string): Reply {
  const blocks: Block[] = [{ type: 'text', text: message }];
  if (hint) blocks.push({ type: 'context', text: hint });
  return {
    type: 'error',
    title: 'Sorry',
    blocks,
    visibility: 'private',
    paging: null,
    data: { error: { code, message } },
    error: { code, message },
  };
}

/** Error codes that mean the user's input was at fault (the CLI exits 2 for these). */
export const INPUT_ERROR_CODES: ReadonlySet<string> = new Set([
  'invalid-input',
  'unknown-command',
  'unknown-speaker',
  'unknown-source',
  'unknown-quote',
]);
