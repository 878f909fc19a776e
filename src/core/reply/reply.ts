/**
 * The platform-neutral reply model: plain data tagged by `type`, made of blocks. Adapters render it
 * (Discord embeds, Slack Block Kit, console text); platform limits are NOT known here.
 * Text in blocks is plain text, never markdown: renderers escape it for their platform.
 */
import type { Role } from '../types.js';
import type { ErrorCode } from './error-codes.js';

export { ErrorCode, INPUT_ERROR_CODES } from './error-codes.js';

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

/**
 * What a button does to its message, decided by the core and read by adapters: `page` turns the
 * pages of the message it sits on (in place, by its owner); `context` answers with a new message.
 */
type ActionKind = 'page' | 'context';

/** An action a button triggers: the command and its state, enough to rebuild the answer later. */
export interface Action {
  /** Stable action id, e.g. `quote.page`, `source.context`: `<command>.<handler>`. */
  id: string;
  kind: ActionKind;
  /** Small flat state; adapters encode it in a custom id / action value. */
  state: Record<string, string | number>;
}

/**
 * An action read back from a button (a custom id, a Block Kit value), which carries only the id and
 * the state: a `page` handler turns pages, every other handler answers anew.
 */
export function actionFromWire(id: string, state: Action['state']): Action {
  return { id, kind: id.slice(id.indexOf('.') + 1) === 'page' ? 'page' : 'context', state };
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

/** What every reply has, whatever it answers. */
interface ReplyBase {
  title: string;
  blocks: Block[];
  visibility: Visibility;
  paging: Paging | null;
}

/**
 * An answer: `card` for one answer, `list` for several results. `data` is the machine-readable
 * payload (what `--json` prints), typed by the command that builds it (`AnswerReply<VerifyData>`).
 */
export interface AnswerReply<D = unknown> extends ReplyBase {
  type: 'card' | 'list';
  data: D;
}

/** Why a request could not be answered: a stable code and a message for the user. */
interface ReplyError {
  code: ErrorCode;
  message: string;
}

/** The request could not be answered; always private, never a stack trace. */
export interface ErrorReply extends ReplyBase {
  type: 'error';
  error: ReplyError;
  /** `--json` prints `{ error: { code, message } }`. */
  data: { error: ReplyError };
}

/** A reply, told apart by `type`: an answer or an error. */
export type Reply<D = unknown> = AnswerReply<D> | ErrorReply;

/** The log's `outcome` field: the error code, or `ok` for an answer. */
export function outcomeOf(reply: Reply): ErrorCode | 'ok' {
  return reply.type === 'error' ? reply.error.code : 'ok';
}

/** A successful reply. */
export function makeReply<D>(
  fields: Pick<AnswerReply<D>, 'title' | 'blocks' | 'data'> &
    Partial<Pick<AnswerReply<D>, 'type' | 'visibility' | 'paging'>>,
): AnswerReply<D> {
  return {
    type: fields.type ?? 'card',
    title: fields.title,
    blocks: fields.blocks,
    visibility: fields.visibility ?? 'public',
    paging: fields.paging ?? null,
    data: fields.data,
  };
}

/**
 * The one way to build an error reply, in the core and in adapters: the message as text, the hint
 * (how to do it right) as small print.
 */
export function errorReply(code: ErrorCode, message: string, hint?: string): ErrorReply {
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
