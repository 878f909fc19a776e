/**
 * Sieves 1 and 2 of quotations.ts: a speech verb next to the quotation in its sentence, or
 * "according to X", names its speaker; the noun phrase found is resolved by mentions.ts.
 */
import type { Attribution, Span } from '../types.js';
import { wordCount } from './segment.js';
import { ALL_VERBS, AUX, CLOSE_VERB_END, VERB_RE, VERBS } from './speech-verbs.js';
import { resolveNP, sentenceSubject, UNATTRIBUTED } from './mentions.js';
import type { MentionContext } from './mention-context.js';

/** After a quote: `,” Okafor said` / `,”he wrote` / `,” the former MP has said`. */
const AFTER_NP_VERB = new RegExp(
  `^[\\s,;:…—–-]*((?:he|she|they|I|we|someone|somebody|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{L}][\\p{L}’'.-]*){0,7}?|(?:a|an|the|his|her|their|its|one)\\s+[^,.;:!?“”"\\n]{1,60}?))(?:,\\s+[^,“”"\\n]{1,60},)?\\s+${AUX}(?:${VERBS})\\b`,
  'u',
);
/** A title's abbreviation, whose full stop ends no noun phrase ("said Dr. Jasleen Varaich"). */
const NP_CHAR = String.raw`(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Hon|Rev|Lt|Col|Gen|Sgt|Capt|Cllr|Jr|Sr|St)\.|[^,.;!?“”"\n])`;
/** After a quote: `,” said a source close to Okafor.` */
const AFTER_VERB_NP = new RegExp(`^[\\s,;:…—–-]*(?:${VERBS})\\s+(${NP_CHAR}{1,80})`, 'u');
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

export interface Decided {
  speaker: string;
  attribution: Attribution;
}

/** Sieves 1 and 2: a speech verb or "according to" in the quotation's own sentence. */
export function attribute(
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
