/**
 * Prefix compounds: "anti-Semitism" and "antisemitism", "co-operation" and "cooperation" are one
 * word spelled two ways. A hyphenated word whose first part is one of a few common English
 * prefixes is read as one word, its joined form; search also keeps its parts (so "Palestinian"
 * still finds "pro-Palestinian"), /verify compares the joined form. A prefix that is never a word
 * of its own joins across a space too ("anti Semitism", "neo liberalism"). Any other hyphen still
 * splits words ("left-wing" is "left wing").
 */

/**
 * The prefixes, and why each. Kept: those whose compounds English writes both closed and
 * hyphenated, where joining them makes the same word meet and rarely makes two words meet.
 * Left out: `self` (always hyphenated; "selfish" is not "self-ish"), `ex` (always hyphenated:
 * "ex-Labour" is never "exLabour"; its parts still match), `de`, `un`, `dis`, `mis`, `over`,
 * `under`, `sub` (rarely hyphenated, and "de-serve", "over-take" would meet other words).
 */
const PREFIXES: readonly string[] = [
  // anti-Semitism/antisemitism, anti-racist/antiracist, anti-war/antiwar
  'anti',
  // co-operation/cooperation, co-ordinate/coordinate, co-founder/cofounder; "co-op" meets
  // "coop", accepted: a hen house rarely comes up in a corpus of political quotes
  'co',
  // counter-terrorism/counterterrorism, counter-productive/counterproductive
  'counter',
  // inter-war/interwar, inter-faith/interfaith
  'inter',
  // multi-national/multinational, multi-cultural/multicultural
  'multi',
  // neo-liberal/neoliberal (both in the seeds), neo-Nazi/neonazi, neo-con/neocon
  'neo',
  // non-violent/nonviolent, non-existent/nonexistent; "non-Labour" keeps "Labour"
  'non',
  // post-war/postwar, post-modern/postmodern
  'post',
  // pre-war/prewar, pre-empt/preempt, pre-existing/preexisting
  'pre',
  // pro-active/proactive, pro-choice/prochoice; "pro-Palestinian" keeps "Palestinian", and a
  // query typed "pro-Palestinian" asks for the compound, not "pro" anywhere near "Palestinian"
  'pro',
  // pseudo-science/pseudoscience
  'pseudo',
  // semi-final/semifinal, semi-detached/semidetached
  'semi',
];

/**
 * Prefixes that are never words of their own, so that written apart they are still the compound:
 * "anti Semitism" is "anti-Semitism" ("neo liberalism" and "Anti Tory" are in the seeds). A
 * space after any other prefix is a space between words: "a Facebook post about", "a pro at",
 * "Co Durham", "inter alia", and "a semi in Derby" (a semi-detached house).
 */
const BOUND_PREFIXES: readonly string[] = ['anti', 'multi', 'neo', 'non', 'pre', 'pseudo'];

/** The hyphens that join a compound: ASCII, U+2010 hyphen, U+2011 non-breaking hyphen. */
const HYPHEN = '[-\u2010\u2011]';
/** One space, breaking or not (a line break between two words is not a compound). */
const SPACE = '[ \u00a0]';
/** What joins the parts of a compound as written. */
const JOINS = /[-\u2010\u2011 \u00a0]/g;

/**
 * `re` only before a vowel: style guides hyphenate re- before a vowel for the eye alone
 * (re-elect/reelect, re-open/reopen, re-use/reuse), but before a consonant to say another word
 * (re-sign is not resign, re-cover not recover, re-form not reform, re-creation not recreation).
 * Joined, /verify would call "he resigned" verbatim for "he re-signed".
 */
const RE_BEFORE_VOWEL = `re(?=${HYPHEN}[aeiou])`;

/**
 * Regular-expression source for the head of a prefix compound: one or more "prefix-" (or "bound
 * prefix ") before a letter ("anti-", "non-co-", "neo "; "pre-2019" is not a compound). For a
 * global pattern with the `i` and `u` flags, as an alternative followed by the pattern of a word:
 * a scan that reads whole words only tries it where a word starts ("taco-bell" is no "co-"). No
 * look-behind to make sure: it made tokenising a third slower.
 */
export const COMPOUND_HEAD =
  `(?:(?:${PREFIXES.join('|')}|${RE_BEFORE_VOWEL})${HYPHEN}|(?:${BOUND_PREFIXES.join('|')})${SPACE})+` +
  `(?=\\p{L})`;

/** The longest prefix: a compound's first join is within its first characters. */
const LONGEST_PREFIX = Math.max(...PREFIXES.map((p) => p.length));

/**
 * True for a word read by a pattern with COMPOUND_HEAD: no other word holds a hyphen or a space,
 * and a compound has one right after its prefix, so only the first few characters are looked at.
 */
export function isCompound(word: string): boolean {
  const end = Math.min(word.length, LONGEST_PREFIX + 1);
  for (let i = 2; i < end; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x20 || c === 0xa0) return true;
  }
  return false;
}

/** The joined form: "anti-Semitism" → "antiSemitism". */
export function joinCompound(word: string): string {
  return word.replace(JOINS, '');
}

/** The parts as written: "non-co-operation" → ["non", "co", "operation"]. */
export function compoundParts(word: string): string[] {
  return word.split(JOINS);
}
