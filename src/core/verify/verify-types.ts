/**
 * The types /verify's steps share (verdicts, result, the state of one check) and the ranking
 * rules they all apply.
 */
import type { Role } from '../types.js';
import type { Scheduler } from '../schedule/index.js';
import type { ErrorCode } from '../reply/index.js';
import type { VerifyCorpus, Window } from './candidate-windows.js';
import type { Evidence } from './evidence.js';
import type { MeaningFlag } from './meaning-flags.js';
import { STOP_WORDS } from './stop-words.js';
import { tokenize, type Token } from './tokens.js';

export type Verdict =
  'verbatim' | 'altered' | 'spliced' | 'misattributed' | 'paraphrase' | 'not-found';

export interface VerifyResult {
  verdict: Verdict;
  flags: MeaningFlag[];
  /** The paste after stripping quotation marks and attributions. */
  pasted: string;
  /** Canonical name of the claimed speaker, or null when none was claimed. */
  claimedSpeaker: string | null;
  /** Where the claim came from: the speaker option, or an attribution in the paste itself. */
  speakerFrom: 'option' | 'text' | null;
  /** Best first; for a splice, one per part in the paste's order. */
  evidence: Evidence[];
  /** Spliced: pasted words found in no part (the "and" joining two sentences). */
  glue: string[];
}

export type VerifyOutcome =
  | { ok: true; result: VerifyResult }
  | { ok: false; code: typeof ErrorCode.InvalidInput; message: string };

/** One check in progress: the cleaned paste, its words, the claim and the windows to search. */
export interface Check {
  corpus: VerifyCorpus;
  pasted: string;
  tokens: Token[];
  words: string[];
  claimed: string | null;
  windows: Window[];
  /** Long steps pause through it between documents and alignments. */
  scheduler: Scheduler;
}

/** What one step found: a verdict and its evidence. */
export type Found = Pick<VerifyResult, 'verdict' | 'flags' | 'evidence'> &
  Partial<Pick<VerifyResult, 'glue'>>;

/** Claimed speaker first, then the subject's own words, then others; stable otherwise. */
export function rankEvidence(check: Check, list: Evidence[], bySimilarity = false): Evidence[] {
  return list
    .map((e, i) => ({ e, i }))
    .sort(
      (x, y) =>
        (bySimilarity ? y.e.similarity - x.e.similarity : 0) ||
        preference(check, y.e.passage.speaker, y.e.passage.role) -
          preference(check, x.e.passage.speaker, x.e.passage.role) ||
        x.i - y.i,
    )
    .map((x) => x.e);
}

export function preference(check: Check, speaker: string, role: Role): number {
  return (
    (check.claimed && speaker === check.claimed ? 4 : 0) +
    (role === 'subject' ? 2 : 0) +
    (role === 'commenter' ? 0 : 1)
  );
}

/** Similarities are reported to two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const nameWordsCache = new WeakMap<object, ReadonlySet<string>>();

/** Compared forms of the capitalised words in known speaker names and aliases. */
export function nameWords(corpus: VerifyCorpus): ReadonlySet<string> {
  const cached = nameWordsCache.get(corpus.speakers);
  if (cached) return cached;
  const words = new Set<string>();
  const names = [
    ...corpus.speakers.mentionPatterns().map((p) => p.alias),
    ...corpus.speakers.all(),
  ];
  for (const name of names) {
    // "a source close to Williamson" gives "williamson"; "The Electronic Intifada" does not give "the"
    for (const t of tokenize(name)) {
      if (/^\p{Lu}/u.test(name.slice(t.start, t.end)) && !STOP_WORDS.has(t.norm)) words.add(t.norm);
    }
  }
  nameWordsCache.set(corpus.speakers, words);
  return words;
}
