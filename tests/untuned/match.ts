/**
 * The rules that decide whether what a command showed is what the gold table says: where a gold
 * text stands in its document, whether a shown quote holds it, and whether the shown speaker and
 * role are the gold's. Pure functions over spans and names, so each rule has its own table test.
 */
import type { Corpus } from '../../src/core/index.js';
import type { Role, Span } from '../../src/core/types.js';
import { normaliseName } from '../../src/core/corpus/speakers.js';
import { THE_AUTHOR, UNATTRIBUTED, UNNAMED, profileNames, type GoldQuote } from './gold-table.js';

/** What a shown quote is checked on: the fields of a /quote JSON result. */
export interface ShownQuote {
  speaker: string;
  role: Role;
  /** Offsets of the shown text in the document body. */
  span: Span;
  /** The shown text is a window of a longer passage. */
  truncated: boolean;
}

/** Speaker names as the gold uses them: the subject, and the names of `corpus.yaml`. */
export interface GoldNames {
  subject: string;
  /** The `corpus.yaml` name a shown speaker stands for (equal ignoring case, or an alias), or null. */
  canonicalOf(speaker: string): string | null;
}

/** How the bot says it does not know who speaks. */
const NO_SPEAKER = new Set(['unattributed', 'unidentified speaker']);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every place `words` stands in `body` as whole words ("Reply" not inside "Replying"); when it
 * stands nowhere on word boundaries, every place it stands at all.
 */
export function occurrences(body: string, words: string): Span[] {
  const all: Span[] = [];
  const bounded: Span[] = [];
  if (words.length === 0) return all;
  for (let at = body.indexOf(words); at !== -1; at = body.indexOf(words, at + 1)) {
    const span = { start: at, end: at + words.length };
    all.push(span);
    const cutBefore = WORD_CHAR.test(words[0]!) && WORD_CHAR.test(body[at - 1] ?? '');
    const cutAfter =
      WORD_CHAR.test(words[words.length - 1]!) && WORD_CHAR.test(body[span.end] ?? '');
    if (!cutBefore && !cutAfter) bounded.push(span);
  }
  return bounded.length > 0 ? bounded : all;
}

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether a shown quote holds the gold text at one of its places: the shown span contains it, or
 * lies inside it (the gold is a long passage, the bot's passage a part of it), or, for a window
 * cut from a longer passage, shares at least half of the shorter of the two.
 */
export function holdsGoldText(gold: readonly Span[], shown: ShownQuote): boolean {
  const s = shown.span;
  return gold.some((g) => {
    if (s.start <= g.start && g.end <= s.end) return true;
    if (g.start <= s.start && s.end <= g.end) return true;
    const shorter = Math.min(g.end - g.start, s.end - s.start);
    return shown.truncated && overlap(g, s) * 2 >= shorter;
  });
}

/**
 * Whether the shown speaker and role are the gold's. A name: the same `corpus.yaml` name, and
 * the same role (quoted and commenter count as one: a named person's words are theirs either
 * way). `the author`: the author role. `unnamed`: a described person the text does not name,
 * so a speaker that is neither a `corpus.yaml` name nor "unattributed", in the gold role.
 * `unattributed`: the bot says it does not know, in the gold role.
 */
export function speakerMatches(
  gold: Pick<GoldQuote, 'speaker' | 'role'>,
  shown: Pick<ShownQuote, 'speaker' | 'role'>,
  names: GoldNames,
): boolean {
  const unknown = NO_SPEAKER.has(normaliseName(shown.speaker));
  switch (gold.speaker) {
    case THE_AUTHOR:
      return shown.role === 'author';
    case UNNAMED:
      return !unknown && names.canonicalOf(shown.speaker) === null && shown.role === gold.role;
    case UNATTRIBUTED:
      return unknown && shown.role === gold.role;
    default: {
      const named = names.canonicalOf(shown.speaker);
      if (named === null || normaliseName(named) !== normaliseName(gold.speaker)) return false;
      const thirdParty = (r: Role) => r === 'quoted' || r === 'commenter';
      return shown.role === gold.role || (thirdParty(shown.role) && thirdParty(gold.role));
    }
  }
}

/** Whether a shown quote is presented as the subject's own words. */
export function shownAsSubject(shown: Pick<ShownQuote, 'speaker'>, names: GoldNames): boolean {
  return names.canonicalOf(shown.speaker) === names.subject;
}

/** The gold's names for a corpus: `corpus.yaml`'s, a shown speaker resolved by the speaker directory. */
export function goldNamesOf(corpus: Corpus): GoldNames {
  const names = profileNames(corpus);
  const byKey = new Map([...names].map((n) => [normaliseName(n), n]));
  return {
    subject: corpus.profile.subject ?? '',
    canonicalOf(speaker) {
      const same = byKey.get(normaliseName(speaker));
      if (same) return same;
      const resolved = corpus.speakers.resolve(speaker);
      return resolved !== null && names.has(resolved) ? resolved : null;
    },
  };
}
