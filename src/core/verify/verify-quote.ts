/**
 * The /verify decision: is a pasted text in the corpus, and if not exactly, how does it differ?
 * In order: the same words (verbatim, or misattributed when someone else said them), parts from
 * places that are not adjacent (spliced), a close alignment (altered), shared key terms
 * (paraphrase), and otherwise not found. Candidates come from the search index; everything after
 * that runs on the candidate windows only.
 */
import type { Span } from '../types.js';
import { findOccurrences, fitAlign } from './align.js';
import { buildWindows, collectCandidates, type VerifyCorpus, type Window } from './candidate-windows.js';
import { evidenceFor, majorityOwner, quotedByOf, type Evidence } from './evidence.js';
import { meaningFlags, type MeaningFlag } from './meaning-flags.js';
import { rankParaphrases, termWeights } from './paraphrase.js';
import { segmentIntoParts, type Segmentation } from './splice.js';
import { stripQuoteNoise } from './strip-noise.js';
import {
  ALTERED_MIN_SIMILARITY,
  MAX_MATCHES,
  MIN_VERIFY_WORDS,
  PARAPHRASE_MIN_SHARED_TERMS,
  PARAPHRASE_MIN_TERM_SHARE,
} from './thresholds.js';
import { norms, tokenize, type Token } from './tokens.js';
import { diceSimilarity, diffWordTokens, type WordDiff } from './word-diff.js';

export type Verdict = 'verbatim' | 'altered' | 'spliced' | 'misattributed' | 'paraphrase' | 'not-found';

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
  | { ok: false; code: 'invalid-input'; message: string };

interface Check {
  corpus: VerifyCorpus;
  pasted: string;
  tokens: Token[];
  words: string[];
  claimed: string | null;
  windows: Window[];
}

/**
 * Verifies `text` against the corpus. `claimedSpeaker` must already be a canonical name (the
 * command resolves what the user typed); when it is null, an attribution in the paste
 * ("— Chris Williamson") that names a known speaker stands for the claim.
 */
export function verifyQuote(corpus: VerifyCorpus, text: string, claimedSpeaker: string | null): VerifyOutcome {
  const cleaned = stripQuoteNoise(text, (name) => /^\p{Lu}/u.test(name.trim()) && corpus.speakers.resolve(name) !== null);
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
      code: 'invalid-input',
      message: `Paste at least ${MIN_VERIFY_WORDS} words to verify: shorter phrases occur everywhere.`,
    };
  }
  const candidates = collectCandidates(corpus, cleaned.text);
  const check: Check = {
    corpus,
    pasted: cleaned.text,
    tokens,
    words: norms(tokens),
    claimed,
    windows: buildWindows(corpus, candidates, tokens.length),
  };
  const base = { pasted: cleaned.text, claimedSpeaker: claimed, speakerFrom, glue: [] as string[] };
  const segmentation = segmentIntoParts(check.words, check.windows, (owner) => preference(check, owner.speaker, owner.role));
  const found =
    findVerbatim(check) ??
    findSplice(check, segmentation) ??
    findAltered(check, segmentation) ??
    findParaphrase(check, candidates) ?? { verdict: 'not-found' as const, flags: [], evidence: [] };
  return { ok: true, result: { ...base, ...found } };
}

type Found = Pick<VerifyResult, 'verdict' | 'flags' | 'evidence'> & Partial<Pick<VerifyResult, 'glue'>>;

/** The same words, somewhere in the windows. */
function findVerbatim(check: Check): Found | null {
  const all: Evidence[] = [];
  for (const w of check.windows) {
    for (const at of findOccurrences(check.words, w.doc.norms.slice(w.start, w.end))) {
      const start = w.start + at;
      const end = start + check.words.length;
      const body = w.doc.analysed.document.body;
      const first = w.doc.tokens[start]!;
      const last = w.doc.tokens[end - 1]!;
      const ev = evidenceFor(w.doc, start, end, check.corpus.passages, {
        diff: [{ type: 'equal', text: body.slice(first.start, last.end) }],
        similarity: 1,
        pasted: null,
      });
      if (ev) all.push(ev);
    }
  }
  if (all.length === 0) return null;
  const ranked = rankEvidence(check, all);
  const byClaimed = check.claimed ? ranked.filter((e) => e.passage.speaker === check.claimed) : ranked;
  if (byClaimed.length > 0) return { verdict: 'verbatim', flags: [], evidence: byClaimed.slice(0, MAX_MATCHES) };
  return { verdict: 'misattributed', flags: [], evidence: ranked.slice(0, MAX_MATCHES) };
}

/** Verbatim parts from sentences that are not adjacent. */
function findSplice(check: Check, seg: Segmentation | null): Found | null {
  if (!seg || seg.contiguous) return null;
  const evidence: Evidence[] = [];
  for (const part of seg.parts) {
    const body = part.doc.analysed.document.body;
    const first = part.doc.tokens[part.start]!;
    const last = part.doc.tokens[part.end - 1]!;
    const ev = evidenceFor(part.doc, part.start, part.end, check.corpus.passages, {
      diff: [{ type: 'equal', text: body.slice(first.start, last.end) }],
      similarity: 1,
      pasted: pastedSpan(check.tokens, part.queryStart, part.queryEnd),
    });
    if (ev) evidence.push(ev);
  }
  const glue = seg.glue.map((i) => check.pasted.slice(check.tokens[i]!.start, check.tokens[i]!.end));
  return { verdict: 'spliced', flags: [], evidence, glue };
}

interface AlignedCandidate {
  window: Window;
  start: number;
  end: number;
  diff: WordDiff;
  similarity: number;
  /** Found as verbatim runs of one passage with words left out: altered whatever the similarity. */
  elision: boolean;
}

/** A passage the paste lines up with closely, words changed. */
function findAltered(check: Check, seg: Segmentation | null): Found | null {
  const aligned: AlignedCandidate[] = [];
  for (const window of check.windows) {
    const a = fitAlign(check.words, window.doc.norms.slice(window.start, window.end));
    if (a.end > a.start) aligned.push(align(check, window, window.start + a.start, window.start + a.end, false));
  }
  if (seg?.contiguous) {
    const first = seg.parts[0]!;
    const last = seg.parts[seg.parts.length - 1]!;
    aligned.push(align(check, { doc: first.doc, start: first.start, end: last.end }, first.start, last.end, true));
  }
  const qualifying = aligned
    .filter((c) => c.elision || c.similarity >= ALTERED_MIN_SIMILARITY)
    .sort((x, y) => y.similarity - x.similarity);
  if (qualifying.length === 0) return null;
  const speakerOf = (c: AlignedCandidate) => majorityOwner(c.window.doc, c.start, c.end)?.speaker ?? null;
  const byClaimed = check.claimed ? qualifying.find((c) => speakerOf(c) === check.claimed) : qualifying[0];
  const chosen = byClaimed ?? qualifying[0]!;
  const body = chosen.window.doc.analysed.document.body;
  const ev = evidenceFor(chosen.window.doc, chosen.start, chosen.end, check.corpus.passages, {
    diff: chosen.diff.parts,
    similarity: round(chosen.similarity),
    pasted: null,
    highlights: chosen.diff.kept,
  });
  if (!ev) return null;
  const flags = meaningFlags(chosen.diff, { corpusText: body, pastedText: check.pasted, nameWords: nameWords(check.corpus) });
  return { verdict: byClaimed ? 'altered' : 'misattributed', flags, evidence: [ev] };
}

function align(check: Check, window: Window, start: number, end: number, elision: boolean): AlignedCandidate {
  const corpusTokens = window.doc.tokens.slice(start, end);
  const diff = diffWordTokens(window.doc.analysed.document.body, corpusTokens, check.pasted, check.tokens);
  return { window, start, end, diff, similarity: diceSimilarity(diff, corpusTokens.length, check.tokens.length), elision };
}

/** No close wording, but passages about the same thing. */
function findParaphrase(check: Check, candidates: Parameters<typeof rankParaphrases>[1]): Found | null {
  const ranked = rankParaphrases(check.tokens, candidates, termWeights(check.corpus.passages)).filter(
    (p) => p.share >= PARAPHRASE_MIN_TERM_SHARE && p.shared >= PARAPHRASE_MIN_SHARED_TERMS,
  );
  if (ranked.length === 0) return null;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const p of ranked) {
    const key = `${p.passage.documentId}:${p.span.start}:${p.span.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const analysed = check.corpus.documents.get(p.passage.documentId);
    if (!analysed) continue;
    evidence.push({
      analysed,
      passage: p.passage,
      span: p.span,
      context: p.span,
      highlights: p.highlights,
      diff: [],
      similarity: round(p.share),
      quotedBy: quotedByOf(p.passage, check.corpus.passages),
      pasted: null,
    });
  }
  const ordered = rankEvidence(check, evidence, true);
  return { verdict: 'paraphrase', flags: [], evidence: ordered.slice(0, MAX_MATCHES) };
}

/** Claimed speaker first, then the subject's own words, then others; stable otherwise. */
function rankEvidence(check: Check, list: Evidence[], bySimilarity = false): Evidence[] {
  return list
    .map((e, i) => ({ e, i }))
    .sort(
      (x, y) =>
        (bySimilarity ? y.e.similarity - x.e.similarity : 0) ||
        preference(check, y.e.passage.speaker, y.e.passage.role) - preference(check, x.e.passage.speaker, x.e.passage.role) ||
        x.i - y.i,
    )
    .map((x) => x.e);
}

function preference(check: Check, speaker: string, role: string): number {
  return (check.claimed && speaker === check.claimed ? 4 : 0) + (role === 'subject' ? 2 : 0) + (role === 'commenter' ? 0 : 1);
}

function pastedSpan(tokens: readonly Token[], start: number, end: number): Span {
  return { start: tokens[start]!.start, end: tokens[end - 1]!.end };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const nameWordsCache = new WeakMap<object, ReadonlySet<string>>();

/** Compared forms of the capitalised words in known speaker names and aliases. */
function nameWords(corpus: VerifyCorpus): ReadonlySet<string> {
  const cached = nameWordsCache.get(corpus.speakers);
  if (cached) return cached;
  const words = new Set<string>();
  const names = [...corpus.speakers.mentionPatterns().map((p) => p.alias), ...corpus.speakers.all()];
  for (const name of names) {
    // "a source close to Williamson" contributes "williamson", not "a" or "close"
    for (const t of tokenize(name)) if (/^\p{Lu}/u.test(name.slice(t.start, t.end))) words.add(t.norm);
  }
  nameWordsCache.set(corpus.speakers, words);
  return words;
}
