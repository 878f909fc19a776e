/**
 * Stage two of the analysis: the quoted speech inside each passage, with the speaker the text
 * names (quotations.ts). A paragraph that is one quotation becomes that speaker's passage; other
 * quotations become passages inside it.
 */
import type { Role, Sieve } from '../types.js';
import { sure, type Draft } from './drafts.js';
import type { MentionContext } from './mention-context.js';
import { UNATTRIBUTED } from './mentions.js';
import type { DocumentNames } from './person-names.js';
import { carryOf, findQuotations, type Carry } from './quotations.js';
import { wordCount } from './segment.js';
import type { SpeakerDirectory } from './speakers.js';

/** How far back (characters) a role noun ("the judge") looks for the titled name it stands for. */
const EARLIER_CHARS = 2000;
/** Quotations of at least this many words that no sieve ties to anyone are "unattributed" passages. */
const UNATTRIBUTED_MIN_WORDS = 6;
/** Voices a paragraph can have from the layout alone: a quotation of its own replaces them only when sure. */
const LAYOUT_SURE: ReadonlySet<Sieve> = new Set([
  'label',
  'interview-layout',
  'post-header',
  'comment-header',
]);

/** What finding quoted speech needs from the document. */
export interface SpeechContext {
  speakers: SpeakerDirectory;
  names: DocumentNames;
  /** Whom a letter is addressed to, for "you told us: “…”". */
  addressee: string | null;
  roleOf: (name: string) => Role;
}

/** The drafts with the quotations inside them, in document order. */
export function withQuotedSpeech(
  body: string,
  drafts: readonly Draft[],
  { speakers, names, addressee, roleOf }: SpeechContext,
): Draft[] {
  const withQuotes: Draft[] = [];
  let carry: Carry | null = null;
  let previousText = '';
  for (const d of drafts) {
    withQuotes.push(d);
    if (d.kind === 'comment' || d.kind === 'heading' || d.kind === 'quotation') {
      carry = null;
      previousText = '';
      continue;
    }
    const ctx: MentionContext = {
      speakers,
      names,
      voice: d.speaker,
      addressee,
      earlier: body.slice(Math.max(0, d.start - EARLIER_CHARS), d.start),
    };
    const quotes = findQuotations(body, d, ctx, previousText, carry);
    carry = carryOf(quotes, body.slice(d.start, d.end), d.start);
    previousText = body.slice(d.start, d.end);
    for (const q of quotes) {
      const speaker =
        q.speaker ??
        (wordCount(body.slice(q.content.start, q.content.end)) >= UNATTRIBUTED_MIN_WORDS
          ? UNATTRIBUTED
          : null);
      if (speaker === null || speaker === d.speaker) continue;
      const attribution = q.speaker === null ? sure('none') : q.attribution;
      if (q.whole && !LAYOUT_SURE.has(d.attribution.sieve)) {
        // a paragraph of quoted speech is that speaker's passage, not the narrator's
        Object.assign(d, q.content, {
          speaker,
          role: roleOf(speaker),
          kind: 'quotation',
          attribution,
        });
        break;
      }
      withQuotes.push({
        ...q.content,
        speaker,
        role: roleOf(speaker),
        kind: 'quotation',
        parent: d,
        attribution,
      });
    }
  }
  return withQuotes;
}
