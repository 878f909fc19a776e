/**
 * The /verify decision: is a pasted text in the corpus, and if not exactly, how does it differ?
 * In order: the same words (verbatim, or misattributed when someone else said them), parts from
 * places that are not adjacent (spliced), a close alignment (altered), shared key terms
 * (paraphrase), and otherwise not found. Candidates come from the search index; everything after
 * that runs on the candidate windows only.
 */
import type { Span } from '../types.js';
import { ErrorCode } from '../reply/index.js';
import { findOccurrences } from './align.js';
import { buildWindows, collectCandidates, type VerifyCorpus } from './candidate-windows.js';
import { alignAll, editCount, type AlignedCandidate } from './close-alignments.js';
import { evidenceFor, majorityOwner, type Evidence } from './evidence.js';
import { findParaphrase } from './find-paraphrase.js';
import { meaningFlags } from './meaning-flags.js';
import { segmentIntoParts, type Segmentation } from './splice.js';
import { stripQuoteNoise } from './strip-noise.js';
import type { Scheduler } from '../schedule/index.js';
import {
  ALTERED_MIN_SIMILARITY,
  MAX_MATCHES,
  MIN_SPLICE_PART_WORDS,
  MIN_VERIFY_WORDS,
} from './thresholds.js';
import { norms, tokenize, type Token } from './tokens.js';
import {
  nameWords,
  preference,
  rankEvidence,
  round,
  type Check,
  type Found,
  type VerifyOutcome,
  type VerifyResult,
} from './verify-types.js';

export type { Verdict, VerifyOutcome, VerifyResult } from './verify-types.js';

/**
 * Verifies `text` against the corpus. `claimedSpeaker` must already be a canonical name (the
 * command resolves what the user typed); when it is null, an attribution in the paste
 * ("— Chris Williamson") that names a known speaker stands for the claim.
 */
export async function verifyQuote(
  corpus: VerifyCorpus,
  text: string,
  claimedSpeaker: string | null,
  scheduler: Scheduler,
): Promise<VerifyOutcome> {
  const cleaned = stripQuoteNoise(
    text,
    (name) => /^\p{Lu}/u.test(name.trim()) && corpus.speakers.resolve(name) !== null,
  );
  let claimed = claimedSpeaker;
  let speakerFrom: VerifyResult['speakerFrom'] = claimed ? 'option' : null;
  if (!claimed && cleaned.attributedTo) {
    claimed = corpus.speakers.resolve(cleaned.attributedTo);
    if (claimed) speakerFrom = 'text';
  }
  const tokens = tokenize(cleaned.text);
  if (tokens.length < MIN_VERIFY_WORDS) {
    return {
      ok: false,
      code: ErrorCode.InvalidInput,
      message: `Paste at least ${MIN_VERIFY_WORDS} words to verify: shorter phrases occur everywhere.`,
    };
  }
  const candidates = await collectCandidates(corpus, cleaned.text, scheduler);
  const check: Check = {
    corpus,
    pasted: cleaned.text,
    tokens,
    words: norms(tokens),
    claimed,
    windows: await buildWindows(corpus, candidates, tokens.length, scheduler),
    scheduler,
  };
  const base = { pasted: cleaned.text, claimedSpeaker: claimed, speakerFrom, glue: [] as string[] };
  const done = (found: Found): VerifyOutcome => ({ ok: true, result: { ...base, ...found } });
  const verbatim = findVerbatim(check);
  if (verbatim) return done(verbatim);
  const segmentation = segmentIntoParts(check.words, check.windows, (owner) =>
    preference(check, owner.speaker, owner.role),
  );
  await scheduler.pause();
  const aligned = await alignAll(check, segmentation);
  const found = findSplice(check, segmentation, aligned) ?? findAltered(check, aligned);
  if (found) return done(found);
  await scheduler.pause();
  return done(
    (await findParaphrase(check, candidates)) ?? {
      verdict: 'not-found',
      flags: [],
      evidence: [],
    },
  );
}

/** The same words, somewhere in the windows. */
function findVerbatim(check: Check): Found | null {
  const all: Evidence[] = [];
  for (const w of check.windows) {
    for (const at of findOccurrences(check.words, w.doc.norms.slice(w.start, w.end))) {
      const start = w.start + at;
      const end = start + check.words.length;
      const body = w.doc.analysed.document.body;
      const ev = evidenceFor(w.doc, start, end, check.corpus.passages, {
        diff: [{ type: 'equal', text: body.slice(w.doc.starts[start], w.doc.ends[end - 1]) }],
        similarity: 1,
        pasted: null,
      });
      if (ev) all.push(ev);
    }
  }
  if (all.length === 0) return null;
  const ranked = rankEvidence(check, all);
  const byClaimed = check.claimed
    ? ranked.filter((e) => e.passage.speaker === check.claimed)
    : ranked;
  if (byClaimed.length > 0)
    return { verdict: 'verbatim', flags: [], evidence: byClaimed.slice(0, MAX_MATCHES) };
  return { verdict: 'misattributed', flags: [], evidence: ranked.slice(0, MAX_MATCHES) };
}

/**
 * Verbatim parts from sentences that are not adjacent. When one passage explains the paste with
 * fewer edits than a splice part has words ("is not an anti-racist party": one added word), the
 * "parts" are common phrases met by chance and the paste is that passage, altered.
 */
function findSplice(
  check: Check,
  seg: Segmentation | null,
  aligned: AlignedCandidate[],
): Found | null {
  if (!seg || seg.contiguous) return null;
  if (
    aligned.some(
      (c) => c.similarity >= ALTERED_MIN_SIMILARITY && editCount(c.diff) < MIN_SPLICE_PART_WORDS,
    )
  )
    return null;
  const evidence: Evidence[] = [];
  for (const part of seg.parts) {
    const body = part.doc.analysed.document.body;
    const ev = evidenceFor(part.doc, part.start, part.end, check.corpus.passages, {
      diff: [
        {
          type: 'equal',
          text: body.slice(part.doc.starts[part.start], part.doc.ends[part.end - 1]),
        },
      ],
      similarity: 1,
      pasted: pastedSpan(check.tokens, part.queryStart, part.queryEnd),
    });
    if (ev) evidence.push(ev);
  }
  const glue = seg.glue.map((i) =>
    check.pasted.slice(check.tokens[i]!.start, check.tokens[i]!.end),
  );
  return { verdict: 'spliced', flags: [], evidence, glue };
}

/** A passage the paste lines up with closely, words changed. */
function findAltered(check: Check, aligned: AlignedCandidate[]): Found | null {
  const qualifying = aligned
    .filter((c) => c.elision || c.similarity >= ALTERED_MIN_SIMILARITY)
    .sort((x, y) => y.similarity - x.similarity);
  if (qualifying.length === 0) return null;
  const speakerOf = (c: AlignedCandidate) =>
    majorityOwner(c.window.doc, c.start, c.end)?.speaker ?? null;
  const byClaimed = check.claimed
    ? qualifying.find((c) => speakerOf(c) === check.claimed)
    : qualifying[0];
  const chosen = byClaimed ?? qualifying[0]!;
  const body = chosen.window.doc.analysed.document.body;
  if (onlyJoinsDiffer(chosen.diff)) {
    // "pro Palestinian" for "pro-Palestinian": the same words, joined differently
    const ev = evidenceFor(chosen.window.doc, chosen.start, chosen.end, check.corpus.passages, {
      diff: [
        {
          type: 'equal',
          text: body.slice(
            chosen.window.doc.starts[chosen.start],
            chosen.window.doc.ends[chosen.end - 1],
          ),
        },
      ],
      similarity: 1,
      pasted: null,
    });
    if (ev) return { verdict: byClaimed ? 'verbatim' : 'misattributed', flags: [], evidence: [ev] };
  }
  const ev = evidenceFor(chosen.window.doc, chosen.start, chosen.end, check.corpus.passages, {
    diff: chosen.diff.parts,
    similarity: round(chosen.similarity),
    pasted: null,
    highlights: chosen.diff.kept,
  });
  if (!ev) return null;
  const flags = meaningFlags(chosen.diff, {
    corpusText: body,
    pastedText: check.pasted,
    nameWords: nameWords(check.corpus),
  });
  return { verdict: byClaimed ? 'altered' : 'misattributed', flags, evidence: [ev] };
}

/**
 * Every difference is in how words are joined: the corpus's words, run together, are the paste's
 * run together ("pro-Palestinian" read as one word against "pro" "Palestinian"; "co operation").
 * Hyphens and spaces inside a word are typography, like case or curly quotes.
 */
function onlyJoinsDiffer(diff: AlignedCandidate['diff']): boolean {
  const joined = (tokens: readonly Token[]) => tokens.map((t) => t.norm).join('');
  return diff.hunks.length > 0 && diff.hunks.every((h) => joined(h.removed) === joined(h.added));
}

function pastedSpan(tokens: readonly Token[], start: number, end: number): Span {
  return { start: tokens[start]!.start, end: tokens[end - 1]!.end };
}
