/**
 * What resolving a speaker needs to know (the speaker directory, the names seen so far, the voice
 * around a quotation), and finding the known speakers a text names.
 */
import type { SpeakerDirectory } from './speakers.js';
import { stripTitle, type DocumentNames } from './person-names.js';

export interface MentionContext {
  speakers: SpeakerDirectory;
  /** Names introduced earlier in the document, for surnames and titles used later. */
  names: DocumentNames;
  /** The speaker of the text around the quotation, for "I said: “…”" in first-person text. */
  voice: string;
  /** Whom a letter is to ("Dear Minister Kerr"), for "you told us: “…”". */
  addressee?: string | null;
  /** A few paragraphs of text before the passage, where "the judge" finds "Judge Nwosu". */
  earlier?: string;
}

/** Where a resolved speaker came from: the phrase itself, or an earlier mention (for "she"). */
export interface Resolved {
  speaker: string;
  /** True when the speaker came from a mention elsewhere (a pronoun or a role noun). */
  viaMention: boolean;
}

/** A known speaker for a phrase: an alias, the phrase without its titles, a surname seen before. */
export function knownName(np: string, ctx: MentionContext): string | null {
  const exact = ctx.speakers.canonicalInText(np);
  if (exact) return exact;
  const bare = stripTitle(np);
  if (bare !== np) {
    const known = ctx.speakers.canonicalInText(bare);
    if (known) return known;
  }
  const viaDocument = ctx.names.resolve(np);
  return viaDocument ? (ctx.speakers.canonicalInText(viaDocument) ?? viaDocument) : null;
}

export function isWordBoundary(text: string, index: number): boolean {
  return index < 0 || /[\s(“"‘'—–-]/.test(text[index]!);
}

/** Canonical speakers named in a text, in order of appearance, without repeats. */
export function mentionedIn(text: string, ctx: Pick<MentionContext, 'speakers'>): string[] {
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

/** The text with quoted words blanked out (same length): names inside a quote are not its speaker. */
export function withoutQuotations(text: string): string {
  return text.replace(/[“"][^”"]*(?:[”"]|$)/g, (q) => ' '.repeat(q.length));
}

export function lastWholeWord(text: string, word: string): number {
  for (let i = text.lastIndexOf(word); i >= 0; i = text.lastIndexOf(word, i - 1)) {
    if (isWordBoundary(text, i - 1) && !/[\p{L}]/u.test(text[i + word.length] ?? ' ')) return i;
    if (i === 0) break;
  }
  return -1;
}
