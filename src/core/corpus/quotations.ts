/**
 * Quoted speech inside a passage, and who said it, in the manner of a two-stage sieve (Muzny et
 * al., EACL 2017): first the quotations (marks paired, a quotation left open at the end of a
 * paragraph runs on into the next), then each is linked to a speaker by sieves run from the most
 * precise to the least; the first that is sure decides and records its evidence:
 *
 * 1. `speech-verb`: a speech verb next to the quotation in its sentence (`“…,” Okafor said`,
 *    `said a source close to X`, `X told the Herald: “…”`, `the headline read: “…”`).
 * 2. `according-to`: "according to X" in the quotation's sentence.
 * 3. `continuation`: a quotation that opens the sentence right after an attributed one with no
 *    other speaker between (`“A,” she said. “B.”`), or a paragraph that continues an open one.
 *
 * A quotation no sieve is sure of gets no speaker (null): the caller decides between the passage's
 * own voice (scare quotes, titles) and "unattributed".
 */
import type { Attribution, Span } from '../types.js';
import { wordCount } from './segment.js';
import { ALL_VERBS, AUX, CLOSE_VERB_END, VERB_RE, VERBS } from './speech-verbs.js';
import { resolveNP, sentenceSubject, UNATTRIBUTED, type MentionContext } from './mentions.js';

/** After a quote: `,” Okafor said` / `,”he wrote` / `,” the former MP has said`. */
const AFTER_NP_VERB = new RegExp(
  `^[\\s,;:…—–-]*((?:he|she|they|I|we|someone|somebody|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{L}][\\p{L}’'.-]*){0,7}?|(?:a|an|the|his|her|their|its|one)\\s+[^,.;:!?“”"\\n]{1,60}?))(?:,\\s+[^,“”"\\n]{1,60},)?\\s+${AUX}(?:${VERBS})\\b`,
  'u',
);
/** After a quote: `,” said a source close to Okafor.` */
const AFTER_VERB_NP = new RegExp(`^[\\s,;:…—–-]*(?:${VERBS})\\s+([^,.;!?“”"\\n]{1,80})`, 'u');
const ACCORDING = /\baccording to ([^,.;:!?“”"\n]{1,80})/iu;
/** A sentence that ends with its attribution: `…, the former Labour MP has said.` */
const SENTENCE_FINAL = new RegExp(
  `,\\s*((?:he|she|they|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,3}|(?:a|an|the|his|her|their)\\s+[^,.;:!?“”"]{1,60}?))\\s+${AUX}(?:${VERBS})\\s*[.!]?\\s*$`,
  'u',
);
const CLOSE_VERB_BEFORE = new RegExp(
  `([^.!?;:]{1,80}?)\\s+${AUX}(?:${ALL_VERBS})(?:\\s+(?:more\\s+)?\\w+ly)?\\s*[:,]?\\s*$`,
  'iu',
);
/** "Her line that “…”", "Okafor's words: “…”": the words a possessive names. */
const POSSESSED_WORDS =
  /\b([Hh]is|[Hh]er|[Tt]heir|[\p{Lu}][\p{L}’'-]+['’]s)\s+(?:(?:famous|own|old|favourite|favorite)\s+)?(?:line|words|phrase|slogan|remark|comment|quip|promise|pledge|warning|motto|catchphrase|mantra|refrain|verdict)\s*(?:that|was|is|:|,)?\s*$/u;

export interface FoundQuote {
  /** The words inside the quotation marks (absolute body offsets, trimmed). */
  content: Span;
  /** The span including the quotation marks (to the end of the passage when it runs on). */
  outer: Span;
  /** Who said it, as a canonical name or a descriptive phrase; null when no sieve is sure. */
  speaker: string | null;
  attribution: Attribution;
  /** The quotation is not closed in this passage: it runs on into the next paragraph. */
  runsOn: boolean;
  /** It opens at the start of the passage and closes at its end (a paragraph of quoted speech). */
  whole: boolean;
}

/** How the previous paragraph ended, for quotations that continue it. */
export interface Carry {
  /** The speaker of the paragraph's last quotation, and its attribution. */
  speaker: string;
  attribution: Attribution;
  /** The last quotation was left open (the next paragraph opens with a mark to continue it). */
  open: boolean;
  /** The last quotation ended the paragraph (a following all-quoted paragraph likely continues it). */
  atEnd: boolean;
}

/** Finds quoted speech in `body[span)` and who said each quote. */
export function findQuotations(
  body: string,
  span: Span,
  ctx: MentionContext,
  /** The text before this passage that pronouns may point into (the paragraph before). */
  before: string,
  carry: Carry | null,
): FoundQuote[] {
  const text = body.slice(span.start, span.end);
  const found: FoundQuote[] = [];
  let previous: FoundQuote | null = null;
  for (const [open, close, runsOn] of findQuoteMarksRunOn(text)) {
    const inner = trimInner(text, open + 1, close);
    if (inner.end <= inner.start) continue;
    const words = wordCount(text.slice(inner.start, inner.end));
    const whole =
      open === leadingSpace(text) && (runsOn || close >= text.replace(/\s+$/, '').length - 2);
    const decided =
      attribute(text, span.start, open, close, words, ctx, before) ??
      continuation(text, span.start, open, previous, found.length === 0 ? carry : null, whole);
    found.push({
      content: { start: span.start + inner.start, end: span.start + inner.end },
      outer: { start: span.start + open, end: span.start + Math.min(close + 1, text.length) },
      speaker: decided?.speaker ?? null,
      attribution: decided?.attribution ?? { sieve: 'none', evidence: null },
      runsOn,
      whole,
    });
    previous = found[found.length - 1]!;
  }
  return found;
}

/** What a paragraph leaves for the next one: its last quotation's speaker and whether it is open. */
export function carryOf(quotes: readonly FoundQuote[], text: string, start: number): Carry | null {
  const last = quotes[quotes.length - 1];
  if (!last || last.speaker === null) return null;
  const tail = text.slice(last.outer.end - start).trim();
  return {
    speaker: last.speaker,
    attribution: last.attribution,
    open: last.runsOn,
    atEnd:
      last.runsOn ||
      tail.length === 0 ||
      /^[\p{L}\s,]{0,40}(?:said|says|added|told [^.]*)?\.?$/u.test(tail),
  };
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

interface Decided {
  speaker: string;
  attribution: Attribution;
}

/** Pairs of [open, close] indices of quotation marks in `text` (outermost double quotes first). */
export function findQuoteMarks(text: string): [number, number][] {
  return findQuoteMarksRunOn(text)
    .filter(([, , runsOn]) => !runsOn)
    .map(([open, close]) => [open, close]);
}

/** Like findQuoteMarks, plus a double quotation left open at the end (closing at `text.length`). */
function findQuoteMarksRunOn(text: string): [number, number, boolean][] {
  const pairs: [number, number, boolean][] = [];
  let openDouble = -1;
  let openSingle = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    const prevIsWordStart = /[\s(\[—–-]/.test(prev) || i === 0;
    if (c === '“' || (c === '"' && openDouble < 0 && prevIsWordStart)) {
      if (openDouble < 0) {
        openDouble = i;
        openSingle = -1;
      }
    } else if (c === '”' || (c === '"' && openDouble >= 0)) {
      if (openDouble >= 0) {
        pairs.push([openDouble, i, false]);
        openDouble = -1;
      }
    } else if (openDouble < 0) {
      if (
        (c === '‘' || c === "'" || c === '’') &&
        openSingle < 0 &&
        prevIsWordStart &&
        /[\p{L}\p{N}]/u.test(next)
      ) {
        openSingle = i;
      } else if (
        (c === '’' || c === "'") &&
        openSingle >= 0 &&
        !/[\p{L}]/u.test(next) &&
        !/\s/.test(prev)
      ) {
        pairs.push([openSingle, i, false]);
        openSingle = -1;
      }
    }
  }
  // a quotation of at least a few words left open at the end of the paragraph runs on
  if (openDouble >= 0 && wordCount(text.slice(openDouble + 1)) >= 4)
    pairs.push([openDouble, text.length, true]);
  return pairs;
}

function trimInner(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Sieves 1 and 2: a speech verb or "according to" in the quotation's own sentence. */
function attribute(
  text: string,
  offset: number,
  open: number,
  close: number,
  words: number,
  ctx: MentionContext,
  paragraphBefore: string,
): Decided | null {
  const afterStart = Math.min(close + 1, text.length);
  const after = text.slice(afterStart, afterStart + 160);
  const sentenceStart = lastSentenceBreak(text, open);
  const before = text.slice(sentenceStart, open);
  const sentenceEnd = nextSentenceBreak(text, afterStart);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  // a speech verb whose speaker cannot be resolved ("he said" with nobody named): someone else's words
  let unresolved: Span | null = null;
  /**
   * The phrase next to the verb names the speaker; when it is not a name ("stood at the despatch box
   * and said"), the sentence's own subject before the verb does ("Simon Treadwell, the minister, …").
   */
  const decide = (
    np: string,
    evidence: Span,
    sieve: Attribution['sieve'],
    clause: string | null = null,
  ): Decided | null => {
    const prior = `${paragraphBefore}\n${text.slice(0, Math.max(0, evidence.start))}`;
    const who =
      resolveNP(np, prior, sentence, ctx) ??
      (clause !== null ? sentenceSubject(clause, prior, sentence, ctx) : null);
    if (!who) {
      unresolved ??= { start: offset + evidence.start, end: offset + evidence.end };
      return null;
    }
    return {
      speaker: who.speaker,
      attribution: {
        sieve: who.viaMention && sieve === 'speech-verb' ? 'pronoun' : sieve,
        evidence: { start: offset + evidence.start, end: offset + evidence.end },
      },
    };
  };
  /** The speaker named by the phrase before a speech verb in `segment` (at `at` in the text). */
  const bySpeakerOf = (segment: string, at: number, verb: RegExpExecArray): Decided | null => {
    const subjectText = segment.slice(0, verb.index);
    const np = lastClause(subjectText);
    const npStart = at + subjectText.length - np.length;
    const evidence = { start: npStart, end: at + verb.index + verb[0].length };
    return decide(np, evidence, 'speech-verb', subjectText);
  };
  const trimmed = (from: number, m: RegExpExecArray): Span => {
    const lead = m[0].length - m[0].replace(/^[\s,.;:!?…—–-]+/, '').length;
    return { start: from + m.index + lead, end: from + m.index + m[0].length };
  };

  const npVerb = AFTER_NP_VERB.exec(after);
  if (npVerb) {
    const d = decide(npVerb[1]!, trimmed(afterStart, npVerb), 'speech-verb');
    if (d) return d;
  }
  const verbNp = AFTER_VERB_NP.exec(after);
  if (verbNp) {
    const d = decide(verbNp[1]!, trimmed(afterStart, verbNp), 'speech-verb');
    if (d) return d;
  }
  // `the headline read: “…”`, `As Bevan put it, “…”`, `Okafor said: “…”` right before the quote
  if (CLOSE_VERB_END.test(before) || /:\s*$/.test(before)) {
    const m = CLOSE_VERB_BEFORE.exec(before);
    if (m) {
      const np = lastClause(m[1]!);
      const clause = before.slice(0, m.index + m[1]!.length);
      const d = decide(np, { start: sentenceStart + m.index, end: open }, 'speech-verb', clause);
      if (d) return d;
    }
  }
  const possessed = POSSESSED_WORDS.exec(before);
  if (possessed) {
    const owner = possessed[1]!.replace(/['’]s$/, '');
    const np = /^(?:his|her|their)$/i.test(owner)
      ? { his: 'he', her: 'she', their: 'they' }[owner.toLowerCase() as 'his' | 'her' | 'their']
      : owner;
    const at = sentenceStart + possessed.index;
    const d = decide(np, { start: at, end: at + possessed[0].trimEnd().length }, 'speech-verb');
    if (d) return d;
  }
  // "by her own admission, “…”", "in his words, “…”": the person the pronoun stands for
  const own =
    /\b(?:by|in|on)\s+(his|her|their)\s+(?:own\s+)?(?:admission|words|account|telling)\b[\s,:]*$/i.exec(
      before,
    );
  if (own) {
    const pronoun =
      own[1]!.toLowerCase() === 'his' ? 'he' : own[1]!.toLowerCase() === 'her' ? 'she' : 'they';
    const at = sentenceStart + own.index;
    const d = decide(pronoun, { start: at, end: at + own[0].trimEnd().length }, 'speech-verb');
    if (d) return d;
  }
  // "according to X" anywhere in the sentence
  const according = ACCORDING.exec(sentence);
  if (according) {
    const at = sentenceStart + according.index;
    const d = decide(according[1]!, { start: at, end: at + according[0].length }, 'according-to');
    if (d) return d;
  }

  // a speech verb earlier in the same sentence: `X said (that) … “…”`
  let last: RegExpExecArray | null = null;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(before); m; m = VERB_RE.exec(before)) last = m;
  if (last) {
    const between = wordCount(withoutQuotes(before.slice(last.index + last[0].length)));
    // Short quotes ("keep going") only count right after the verb: far from it they are scare quotes.
    if ((words >= 3 && between <= 20) || (words >= 2 && between <= 4)) {
      const d = bySpeakerOf(before, sentenceStart, last);
      if (d) return d;
    }
  }
  // `…, the former Labour MP has said.` at the end of the sentence that holds the quote
  const tail = text.slice(afterStart, sentenceEnd);
  const final = SENTENCE_FINAL.exec(tail);
  if (final && words >= 3) {
    const d = decide(
      final[1]!,
      { start: afterStart + final.index + 1, end: sentenceEnd },
      'speech-verb',
      before,
    );
    if (d) return d;
  }
  // `She added that … . “…”`: a quotation opening its sentence after one that reports speech
  if (before.trim() === '' && sentenceStart > 0) {
    const prevStart = lastSentenceBreak(text, sentenceStart - 1);
    const prev = text.slice(prevStart, sentenceStart);
    VERB_RE.lastIndex = 0;
    const verb = /[“”"]/.test(prev) ? null : VERB_RE.exec(prev);
    if (verb) {
      const d = bySpeakerOf(prev, prevStart, verb);
      if (d) return d;
    }
  }
  return unresolved
    ? { speaker: UNATTRIBUTED, attribution: { sieve: 'none', evidence: unresolved } }
    : null;
}

/**
 * Sieve 3: `“A,” she said. “B.”`: a quotation opening a sentence right after an attributed one,
 * with no other person named between; or the first quotation of a paragraph that continues the
 * previous paragraph's open quotation (or follows its closing quotation as a paragraph of its own).
 */
function continuation(
  text: string,
  offset: number,
  open: number,
  previous: FoundQuote | null,
  carry: Carry | null,
  whole: boolean,
): Decided | null {
  if (previous && previous.speaker !== null) {
    // only the rest of the previous quotation's attribution ("she said in a statement.") between
    const from = previous.outer.end - offset;
    const ev = previous.attribution.evidence;
    let between = text.slice(from, open);
    if (ev && ev.start - offset >= from && ev.end - offset <= open)
      between = text.slice(from, ev.start - offset) + text.slice(ev.end - offset, open);
    // an apposition after the speaker (", a ports analyst in London.") is part of the attribution
    if (/^\s*,/.test(between)) between = between.replace(/^\s*,[^.!?“”"]*/, '');
    VERB_RE.lastIndex = 0;
    if (
      wordCount(between) <= 14 &&
      !VERB_RE.test(between) &&
      !/:\s*$/.test(between) &&
      !/[“”"]/.test(between) &&
      (between.match(/[.!?]/g)?.length ?? 0) <= 1 &&
      !/\b[\p{Lu}][\p{Ll}]+\s+[\p{Lu}]/u.test(between)
    )
      return { speaker: previous.speaker, attribution: previous.attribution };
  }
  if (carry && open === leadingSpace(text) && (carry.open || (carry.atEnd && whole)))
    return {
      speaker: carry.speaker,
      attribution: { sieve: 'continuation', evidence: carry.attribution.evidence },
    };
  return null;
}

/** Text with quoted passages removed: words inside an earlier quote do not separate a verb from the next quote. */
function withoutQuotes(text: string): string {
  return text.replace(/[“"‘][^”"’]*[”"’]/g, ' ');
}

function lastSentenceBreak(text: string, index: number): number {
  for (let i = index - 1; i > 0; i--) {
    const c = text[i]!;
    if (c === '\n') return i + 1;
    if (
      (c === '.' || c === '!' || c === '?') &&
      /\s/.test(text[i + 1] ?? ' ') &&
      /[\s“"‘\p{Lu}\p{N}]/u.test(text[i + 2] ?? ' ')
    )
      return i + 1;
  }
  return 0;
}

function nextSentenceBreak(text: string, index: number): number {
  for (let i = index; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return i;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]!)))
      return i + 1;
  }
  return text.length;
}

function lastClause(text: string): string {
  const parts = text.split(
    /[,;:(—–]\s*|\s+(?:and|but|then|so|while|when|because)\s+(?=(?:he|she|they|I|we)\s)/,
  );
  return parts[parts.length - 1] ?? '';
}
