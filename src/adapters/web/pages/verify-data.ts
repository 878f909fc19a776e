/**
 * A /verify answer as the page reads it: the CLI's `--json` shape (see
 * core/commands/verify-reply.ts `VerifyData`), the fields the page shows.
 */
import type { AnswerReply, Role, SourceRef } from '../../../core/index.js';
import { shown, shownSource } from './page-helpers.js';

export interface DiffPartData {
  /** `removed`: in the source, not in the paste; `added`: the reverse. */
  type: 'equal' | 'removed' | 'added';
  text: string;
}

export interface VerifyMatch {
  /** The quote id of the passage holding the words. */
  id: string;
  /** The corpus words matched, exactly as published. */
  text: string;
  speaker: string;
  role: Role;
  quotedBy: string | null;
  source: SourceRef;
  diff: DiffPartData[];
  /** The whole sentences around `text`, exactly as published. */
  context: string;
  /** Spliced: the part of the paste these words stand for. */
  pasted: string | null;
}

export interface VerifyView {
  verdict: string;
  flags: string[];
  matches: VerifyMatch[];
  /** The paste as checked (quotation marks and attributions stripped). */
  text: string;
  glue: string[];
}

/** The answer's data, names and titles `shown`, the corpus words exact. */
export function verifyViewOf(reply: AnswerReply): VerifyView {
  const view = reply.data as VerifyView;
  return {
    ...view,
    matches: view.matches.map((m) => ({
      ...m,
      speaker: shown(m.speaker),
      quotedBy: m.quotedBy === null ? null : shown(m.quotedBy),
      source: shownSource(m.source),
      pasted: m.pasted === null ? null : shown(m.pasted),
    })),
  };
}

/** The flags in words, as the verdict's explanation names them. */
export const FLAG_WORDS: Readonly<Record<string, string>> = {
  'negation-added': 'a negation was added',
  'negation-removed': 'a negation was removed',
  'number-changed': 'a number was changed',
  'name-changed': 'a name was changed',
};
