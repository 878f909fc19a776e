/**
 * Quoted speech inside a passage: quotation marks, then who said the words, read from the text
 * itself: a speech verb next to the quote (`“…,” Williamson said.`, `said a source close to X`,
 * `As Nye Bevan said: “…”`), a sentence-final attribution (`…, the former Labour MP has said.`) or
 * `according to X`. Quotes with no speech verb (scare quotes, titles) stay with their passage.
 */
import type { Span } from '../types.js';
import type { SpeakerDirectory } from './speakers.js';
import { wordCount } from './segment.js';

const VERBS =
  'said|says|say|saying|wrote|writes|writing|told|tells|telling|added|adds|stated|states|stating|explained|explains|explaining|argued|argues|arguing|insisted|insists|claimed|claiming|tweeted|tweeting|declared|declares|announced|announces|announcing|warned|warns|warning|noted|replied|replies|responded|responds|asked|asks|commented|found|ruled|concluded|remarked|admitted|admits|conceded|urged|urges|described|branded|accused|quipped|recalled|pleaded|promised|promises';
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'giu');
const AUX = '(?:has\\s+|had\\s+|have\\s+|was\\s+|is\\s+|also\\s+|then\\s+|later\\s+|once\\s+)*';
/** After a quote: `,” Williamson said` / `,”he wrote` / `,” the former MP has said`. */
const AFTER_NP_VERB = new RegExp(
  `^[\\s,.;:!?…—–-]*((?:he|she|they|I|we|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,3}|(?:a|an|the|his|her|their|its)\\s+[^,.;:!?“”"\\n]{1,60}?))\\s+${AUX}(?:${VERBS})\\b`,
  'u',
);
/** After a quote: `,” said a source close to Williamson.` */
const AFTER_VERB_NP = new RegExp(`^[\\s,.;:!?…—–-]*(?:${VERBS})\\s+([^.;!?“”"\\n]{1,80})`, 'u');
const ACCORDING_AFTER = /^[\s,.;:!?…—–-]*according to ([^.;!?“”"\n]{1,80})/iu;
const ACCORDING_BEFORE = /according to ([^,.;:!?“”"\n]{1,80}),\s*$/iu;
/** A sentence that ends with its attribution: `…, the former Labour MP has said.` */
const SENTENCE_FINAL = new RegExp(
  `,\\s*((?:he|she|they|[\\p{Lu}][\\p{L}’'.-]*(?:\\s+[\\p{Lu}][\\p{L}’'.-]*){0,3}|(?:a|an|the|his|her|their)\\s+[^,.;:!?“”"]{1,60}?))\\s+${AUX}(?:${VERBS})\\s*[.!]?\\s*$`,
  'u',
);
const PRONOUN = /^(?:he|she|they|him|her|them)$/i;
const FIRST_PERSON = /^(?:i|we|me|us)$/i;
const LEADING_FILLER =
  /^(?:(?:and|but|as|while|when|where|because|so|then|also|here|now|yet|indeed|meanwhile|however|instead),?\s+)+/i;
const TRAILING_FILLER =
  /(?:\s+(?:also|then|later|once|again|previously|recently|himself|herself|has|had|have|was|is|had been|has been))+$/i;
const ROLE_NOUN =
  /\b(?:MP|MPs|politician|leader|minister|councillor|candidate|activist|campaigner|chair|chairman|chairwoman|secretary|president|member|socialist|left-winger|veteran|author|writer|former)\b/;
const DETERMINER = /^(?:a|an|the|that|this|these|those|his|her|its|their)\s/i;
const NP_CUT =
  /\s+(?:into|of|in|on|at|for|from|with|who|which|whose|that|about|over|under|after|before|during|because|when|while)\s.*$/i;
const AUXILIARY_SPLIT = /\s+(?:has|had|have|was|were|is|are|will|would|did|does|can|could)\b/i;

export interface FoundQuote {
  /** The words inside the quotation marks (absolute body offsets, trimmed). */
  content: Span;
  /** The span including the quotation marks. */
  outer: Span;
  /** Who said it, as a canonical name or a descriptive phrase; null when no speech verb ties it to anyone. */
  speaker: string | null;
}

export interface QuoteContext {
  speakers: SpeakerDirectory;
  /** The passage's own speaker, for "as I said: “…”" in first-person text. */
  voice: string;
}

/** Finds quoted speech in `body[start, end)` and who said each quote. */
export function findQuotations(body: string, span: Span, ctx: QuoteContext): FoundQuote[] {
  const text = body.slice(span.start, span.end);
  const found: FoundQuote[] = [];
  for (const [open, close] of findQuoteMarks(text)) {
    const inner = trimInner(text, open + 1, close);
    if (inner.end <= inner.start) continue;
    const words = wordCount(text.slice(inner.start, inner.end));
    const speaker = attribute(text, open, close, words, ctx);
    found.push({
      content: { start: span.start + inner.start, end: span.start + inner.end },
      outer: { start: span.start + open, end: span.start + close + 1 },
      speaker,
    });
  }
  return found;
}

/** Pairs of [open, close] indices of quotation marks in `text` (outermost double quotes first). */
export function findQuoteMarks(text: string): [number, number][] {
  const pairs: [number, number][] = [];
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
        pairs.push([openDouble, i]);
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
        pairs.push([openSingle, i]);
        openSingle = -1;
      }
    }
  }
  return pairs;
}

function trimInner(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

function attribute(
  text: string,
  open: number,
  close: number,
  words: number,
  ctx: QuoteContext,
): string | null {
  const after = text.slice(close + 1, close + 1 + 160);
  const sentenceStart = lastSentenceBreak(text, open);
  const before = text.slice(sentenceStart, open);
  // "he" resolves within the passage only: across paragraphs the nearest name is too often the wrong person.
  const priorText = text.slice(0, open);

  const npVerb = AFTER_NP_VERB.exec(after);
  if (npVerb) return resolveNP(npVerb[1]!, priorText, sentenceOf(text, sentenceStart, close), ctx);
  const verbNp = AFTER_VERB_NP.exec(after);
  if (verbNp) return resolveNP(verbNp[1]!, priorText, sentenceOf(text, sentenceStart, close), ctx);
  const accAfter = ACCORDING_AFTER.exec(after);
  if (accAfter) return resolveNP(accAfter[1]!, priorText, '', ctx);
  const accBefore = ACCORDING_BEFORE.exec(before);
  if (accBefore) return resolveNP(accBefore[1]!, priorText, '', ctx);

  // a speech verb earlier in the same sentence: `X said (that) … “…”`
  let last: RegExpExecArray | null = null;
  VERB_RE.lastIndex = 0;
  for (let m = VERB_RE.exec(before); m; m = VERB_RE.exec(before)) last = m;
  if (last) {
    const between = wordCount(withoutQuotes(before.slice(last.index + last[0].length)));
    // Short quotes ("keep going") only count right after the verb: far from it they are scare quotes.
    if ((words >= 3 && between <= 20) || (words >= 2 && between <= 4)) {
      const subjectText = before.slice(0, last.index);
      return resolveNP(lastClause(subjectText), priorText, before, ctx, before);
    }
  }
  // `…, the former Labour MP has said.` at the end of the sentence that holds the quote
  const sentenceEnd = nextSentenceBreak(text, close);
  const tail = text.slice(close + 1, sentenceEnd);
  const final = SENTENCE_FINAL.exec(tail);
  if (final && words >= 3)
    return resolveNP(final[1]!, priorText, sentenceOf(text, sentenceStart, sentenceEnd), ctx);
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
  for (let i = index + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return i;
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]!)))
      return i + 1;
  }
  return text.length;
}

function sentenceOf(text: string, start: number, end: number): string {
  return text.slice(start, end);
}

function lastClause(text: string): string {
  const parts = text.split(/[,;:(—–]\s*/);
  return parts[parts.length - 1] ?? '';
}

/** Turns a noun phrase next to a speech verb into a speaker name. */
export function resolveNP(
  rawNp: string,
  priorText: string,
  sentence: string,
  ctx: QuoteContext,
  /** Where to look for the speaker when the phrase itself names nobody (the sentence so far). */
  fallbackText = sentence,
): string {
  let np = rawNp
    .trim()
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(LEADING_FILLER, '')
    .replace(TRAILING_FILLER, '')
    .replace(/[\s,.;:]+$/, '')
    .trim();
  if (np === '') return nearestMention(fallbackText, ctx) ?? UNIDENTIFIED;
  if (FIRST_PERSON.test(np)) return ctx.voice;
  if (PRONOUN.test(np)) return nearestMention(priorText, ctx) ?? UNIDENTIFIED;

  const known = ctx.speakers.canonicalInText(np);
  if (known) return known;

  // "the great Nye Bevan", "Left-winger Chris Williamson": a known name after titles or adjectives
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    if (np.endsWith(alias) && isWordBoundary(np, np.length - alias.length - 1)) {
      const prefix = np.slice(0, np.length - alias.length);
      if (!/\b(?:to|of|for|from|with|by|at|in|on|near|close|about|against|like)\s*$/i.test(prefix))
        return canonical;
    }
  }

  if (DETERMINER.test(np)) {
    // "the former Labour MP" → the one person the sentence names, when there is exactly one
    if (ROLE_NOUN.test(np) && !/\bof\b/.test(np)) {
      const named = mentionedIn(sentence, ctx);
      if (named.length === 1) return named[0]!;
    }
    const head = np.split(AUXILIARY_SPLIT)[0]!.replace(NP_CUT, '').trim();
    return lowerDeterminer(/\bclose to\b/i.test(np) ? np.split(AUXILIARY_SPLIT)[0]!.trim() : head);
  }

  // a capitalised name nobody listed ("Lisa Nandy", "The High Court")
  const name = /^(?:[\p{Lu}][\p{L}’'.-]*)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|of|the|for|and))*$/u.exec(
    np,
  );
  if (name && wordCount(np) <= 6) return np.replace(/^The\s/, 'the ');

  // a longer clause: its first noun phrase before an auxiliary ("That inquiry has just been published and")
  const firstNp = np.split(AUXILIARY_SPLIT)[0]!.trim();
  if (
    firstNp !== np &&
    wordCount(firstNp) <= 5 &&
    (DETERMINER.test(`${firstNp} `) || /^[\p{Lu}]/u.test(firstNp))
  ) {
    return resolveNP(firstNp, priorText, sentence, ctx, fallbackText);
  }
  return nearestMention(fallbackText, ctx) ?? UNIDENTIFIED;
}

export const UNIDENTIFIED = 'unidentified speaker';

function lowerDeterminer(np: string): string {
  return np.replace(/^(A|An|The|That|This|These|Those|His|Her|Its|Their)\s/, (d) =>
    d.toLowerCase(),
  );
}

function isWordBoundary(text: string, index: number): boolean {
  return index < 0 || /[\s(“"‘'—–-]/.test(text[index]!);
}

/** Canonical speakers named in a text, in order of appearance, without repeats. */
export function mentionedIn(text: string, ctx: QuoteContext): string[] {
  const hits: { index: number; canonical: string }[] = [];
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    let from = 0;
    for (let i = text.indexOf(alias, from); i >= 0; i = text.indexOf(alias, from)) {
      from = i + alias.length;
      if (isWordBoundary(text, i - 1) && !/[\p{L}]/u.test(text[i + alias.length] ?? ' '))
        hits.push({ index: i, canonical });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  return [...new Set(hits.map((h) => h.canonical))];
}

/** The last known speaker named before this point (for "he said"). */
function nearestMention(priorText: string, ctx: QuoteContext): string | null {
  const window = priorText;
  let best: { index: number; canonical: string } | null = null;
  for (const { alias, canonical } of ctx.speakers.mentionPatterns()) {
    const i = window.lastIndexOf(alias);
    if (
      i >= 0 &&
      isWordBoundary(window, i - 1) &&
      !/[\p{L}]/u.test(window[i + alias.length] ?? ' ')
    ) {
      if (!best || i > best.index) best = { index: i, canonical };
    }
  }
  return best?.canonical ?? null;
}
