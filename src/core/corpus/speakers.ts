/**
 * The speaker directory: canonical names and their aliases from the corpus file, plus every
 * speaker attribution found in the texts. Resolves what users type ("williamson", "Chris W") and
 * what the texts say ("CHRIS WILLIAMSON", "Mr Williamson") to one canonical name.
 */
import type { CorpusProfile } from '../types.js';

export interface SpeakerDirectory {
  /** The corpus subject's canonical name, or null when no corpus file names one. */
  subject: string | null;
  /** Canonical name for a name as written in a text (case-sensitive alias match), or null. */
  canonicalInText(name: string): string | null;
  /** Canonical name for what a user typed (case-insensitive, alias or unique substring), or null. */
  resolve(query: string): string | null;
  /** Every known canonical speaker (from the corpus file and the texts). */
  all(): string[];
  /** Alias strings that may appear in texts, longest first, for finding mentions. */
  mentionPatterns(): { alias: string; canonical: string }[];
}

export function createSpeakerDirectory(
  profile: CorpusProfile,
  extraSpeakers: Iterable<string> = [],
): SpeakerDirectory {
  const byAlias = new Map<string, string>();
  const canonicals = new Set<string>();
  const add = (alias: string, canonical: string) => {
    const a = alias.trim();
    if (a && !byAlias.has(a)) byAlias.set(a, canonical);
  };
  for (const [canonical, aliases] of Object.entries(profile.speakers)) {
    canonicals.add(canonical);
    add(canonical, canonical);
    for (const alias of aliases) add(alias, canonical);
  }
  if (profile.subject) {
    canonicals.add(profile.subject);
    add(profile.subject, profile.subject);
  }
  for (const s of extraSpeakers) {
    canonicals.add(s);
    add(s, s);
  }
  const lowerIndex = new Map<string, string>();
  for (const [alias, canonical] of byAlias) {
    const key = normaliseName(alias);
    if (!lowerIndex.has(key)) lowerIndex.set(key, canonical);
  }
  const patterns = [...byAlias.entries()]
    .map(([alias, canonical]) => ({ alias, canonical }))
    .sort((a, b) => b.alias.length - a.alias.length);

  return {
    subject: profile.subject,
    canonicalInText(name) {
      const cleaned = name.trim().replace(/^(?:the\s+)?(?:great|late|former|legendary)\s+/i, '');
      return byAlias.get(cleaned) ?? byAlias.get(cleaned.replace(/['’]s$/, '')) ?? null;
    },
    resolve(query) {
      const key = normaliseName(query);
      if (!key) return null;
      const exact = lowerIndex.get(key);
      if (exact) return exact;
      // a unique canonical name containing what was typed ("bevan" → "Nye Bevan")
      const matches = [...canonicals].filter((c) => normaliseName(c).includes(key));
      return matches.length === 1 ? matches[0]! : null;
    },
    all() {
      return [...canonicals].sort((a, b) => a.localeCompare(b));
    },
    mentionPatterns() {
      return patterns;
    },
  };
}

/** Lower case, no diacritics, straight apostrophes, single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
