/**
 * Turns a /verify result into a Reply: a verdict title, a plain explanation, the corpus words as
 * quote blocks (sliced from the body, with the full sentences around a fragment), and the word
 * diff in wdiff notation as a context block. `data` is the CLI's `--json` output.
 */
import { UNATTRIBUTED } from '../corpus/index.js';
import type { Role, Span } from '../types.js';
import { sourceRefOf } from './source-ref.js';
import {
  roleLabel,
  makeReply,
  type AnswerReply,
  type Block,
  type SourceRef,
} from '../reply/index.js';
import {
  type VerifyCorpus,
  type Evidence,
  type MeaningFlag,
  type Verdict,
  type VerifyResult,
  formatDiff,
  type DiffPart,
} from '../verify/index.js';

/** One entry of `data.matches`. */
interface VerifyMatchData {
  /** Quote id of the innermost passage holding the words. */
  id: string;
  /** The corpus words matched or aligned, exactly as published. */
  text: string;
  speaker: string;
  role: Role;
  source: SourceRef;
  /** Corpus → paste, word by word; `equal` only when the words are the same. */
  diff: DiffPart[];
  /** The whole sentences around `text`, exactly as published. */
  context: string;
  /** Offsets of `text` in the document body. */
  span: Span;
  /** 1 for the same words, else the similarity (altered) or key-term share (paraphrase). */
  similarity: number;
  /** Who quoted the speaker, when the words are a quotation inside someone else's text. */
  quotedBy: string | null;
  /** Spliced: the part of the paste these words stand for. */
  pasted: string | null;
}

export interface VerifyData {
  verdict: Verdict;
  flags: MeaningFlag[];
  matches: VerifyMatchData[];
  /** The paste as checked (quotation marks and attributions stripped). */
  text: string;
  claimedSpeaker: string | null;
  speakerFrom: 'option' | 'text' | null;
  /** Spliced: pasted words found in no part. */
  glue: string[];
}

const FLAG_WORDS: Record<MeaningFlag, string> = {
  'negation-added': 'a negation was added',
  'negation-removed': 'a negation was removed',
  'number-changed': 'a number was changed',
  'name-changed': 'a name was changed',
};

export function verifyReply(corpus: VerifyCorpus, result: VerifyResult): AnswerReply<VerifyData> {
  const data: VerifyData = {
    verdict: result.verdict,
    flags: result.flags,
    matches: result.evidence.map((e) => matchData(e, result.pasted)),
    text: result.pasted,
    claimedSpeaker: result.claimedSpeaker,
    speakerFrom: result.speakerFrom,
    glue: result.glue,
  };
  const blocks: Block[] = [{ type: 'text', text: explain(result) }];
  if (result.speakerFrom === 'text' && result.claimedSpeaker) {
    blocks.push({
      type: 'context',
      text: `Claimed speaker taken from the pasted text: ${result.claimedSpeaker}.`,
    });
  }
  result.evidence.forEach((e, i) => {
    if (result.verdict === 'spliced' && e.pasted) {
      blocks.push({
        type: 'context',
        text: `Part ${i + 1} of ${result.evidence.length}: “${result.pasted.slice(e.pasted.start, e.pasted.end)}”`,
      });
    }
    blocks.push(quoteBlock(e));
    if (e.diff.some((p) => p.type !== 'equal')) {
      blocks.push({
        type: 'context',
        text: `Differences ([-in the source-] {+in the paste+}): ${formatDiff(e.diff)}`,
      });
    }
  });
  if (result.verdict === 'not-found') {
    blocks.push({
      type: 'context',
      text: `Searched ${corpus.documents.size} documents. Try /quote with a few distinctive words if you remember them differently.`,
    });
  }
  return makeReply({ title: titleOf(result), blocks, data });
}

function titleOf(r: VerifyResult): string {
  switch (r.verdict) {
    case 'verbatim':
      return 'Verbatim: the words are in the corpus';
    case 'altered':
      return 'Altered: close to the source, but the words differ';
    case 'spliced':
      return `Spliced: joined from ${r.evidence.length} places`;
    case 'misattributed':
      return `Misattributed: said by ${r.evidence[0]?.passage.speaker ?? 'someone else'}`;
    case 'paraphrase':
      return 'Paraphrase: the exact words were not found';
    case 'not-found':
      return 'Not found in this corpus';
  }
}

function explain(r: VerifyResult): string {
  const first = r.evidence[0];
  const who = first ? whoSaid(first) : '';
  const claim = r.claimedSpeaker;
  switch (r.verdict) {
    case 'verbatim': {
      const fragment =
        first && (first.span.start > first.context.start || first.span.end < first.context.end);
      return [
        `Found word for word (ignoring case, punctuation and quotation marks): ${who}.`,
        fragment ? 'The pasted words are part of a longer sentence, shown in full below.' : '',
        r.evidence.length > 1 ? `The same words appear in ${r.evidence.length} places.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    }
    case 'altered':
      return [
        `Close to ${who}, but the wording differs (similarity ${first?.similarity ?? 0}).`,
        r.flags.length > 0
          ? `The change may flip the meaning: ${r.flags.map((f) => FLAG_WORDS[f]).join(', ')}.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'spliced':
      return [
        `Each part is in the corpus, but the parts come from ${r.evidence.length} places that are not next to each other: the corpus never has them said together.`,
        r.glue.length > 0
          ? `Joining words not in the sources: ${r.glue.map((g) => `“${g}”`).join(', ')}.`
          : '',
        claim && r.evidence.some((e) => e.passage.speaker !== claim)
          ? `Not every part is ${possessive(claim)}: see who said each.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'misattributed':
      return [
        `These words are in the corpus, but they are ${who}, not ${claim ? possessive(claim) : 'the claimed speaker’s'}.`,
        first && first.diff.some((p) => p.type !== 'equal')
          ? 'The wording also differs (see below).'
          : '',
        r.flags.length > 0
          ? `The change may flip the meaning: ${r.flags.map((f) => FLAG_WORDS[f]).join(', ')}.`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
    case 'paraphrase':
      return `The exact words were not found in this corpus. The closest passage, ${who}, says something similar in other words (${Math.round((first?.similarity ?? 0) * 100)}% of the key terms). Quote the source, not the paraphrase.`;
    case 'not-found':
      return 'Not in this corpus: nothing close in wording or meaning. That is not the same as never said: the corpus holds only some documents.';
  }
}

/**
 * "Chris Williamson’s own words", "Rachael Swindon’s (interviewer)", "Nye Bevan’s, quoted by Chris
 * Williamson"; for a described speaker, "the words of a source close to Williamson, quoted by …".
 */
function whoSaid(e: Evidence): string {
  const { speaker, role } = e.passage;
  const named = /^\p{Lu}/u.test(speaker);
  const base = named
    ? possessive(speaker)
    : speaker === UNATTRIBUTED
      ? 'words nobody is named for'
      : `the words of ${speaker}`;
  if (e.quotedBy) return `${base}, quoted by ${e.quotedBy}`;
  if (role === 'subject') return named ? `${base} own words` : base;
  return `${base} (${roleLabel(role)})`;
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function quoteBlock(e: Evidence): Extract<Block, { type: 'quote' }> {
  const doc = e.analysed.document;
  return {
    type: 'quote',
    text: doc.body.slice(e.context.start, e.context.end),
    quoteId: e.passage.id,
    speaker: e.passage.speaker,
    role: e.passage.role,
    highlights: e.highlights.map((h) => ({
      start: h.start - e.context.start,
      end: h.end - e.context.start,
    })),
    truncatedBefore: e.context.start > e.passage.start,
    truncatedAfter: e.context.end < e.passage.end,
    source: sourceRefOf(doc),
  };
}

function matchData(e: Evidence, pasted: string): VerifyMatchData {
  const doc = e.analysed.document;
  return {
    id: e.passage.id,
    text: doc.body.slice(e.span.start, e.span.end),
    speaker: e.passage.speaker,
    role: e.passage.role,
    source: sourceRefOf(doc),
    diff: e.diff,
    context: doc.body.slice(e.context.start, e.context.end),
    span: e.span,
    similarity: e.similarity,
    quotedBy: e.quotedBy,
    pasted: e.pasted ? pasted.slice(e.pasted.start, e.pasted.end) : null,
  };
}
