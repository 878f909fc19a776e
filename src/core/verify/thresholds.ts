/**
 * The numbers /verify decides with, in one place, each with the reason it has the value it has.
 * They were set by reasoning about what a reader would call "the same words", then checked
 * against the table of pasted quotes in tests/verify/ (which prints accuracy per verdict).
 */

/** The longest text /verify accepts: a long paragraph. Longer pastes are essays, not quotes. */
export const VERIFY_MAX_TEXT = 1000;

/**
 * Fewer words than this cannot be verified meaningfully: two words ("Labour Party") occur
 * everywhere and say nothing about who said what.
 */
export const MIN_VERIFY_WORDS = 3;

/**
 * Candidate passages asked of the search index for the whole text. The index ranks by shared
 * terms, so the passage holding a pasted quote is near the top; 20 leaves room for the parts of a
 * splice and for the same words quoted in several documents, while keeping alignment cheap.
 */
export const CANDIDATE_LIMIT = 20;

/**
 * Candidates asked for each sentence of a multi-sentence paste, so that every part of a splice
 * has its own passage among the candidates even when one part dominates the whole-text ranking.
 */
export const CANDIDATES_PER_SENTENCE = 5;

/**
 * Dice similarity (2 × shared words / (pasted words + corpus words in the aligned span)) from
 * which a pasted text counts as an altered version of a passage. At 0.7 a 10-word quote may have
 * about three words changed, added or dropped and still be "that sentence, edited"; below it a
 * reader no longer recognises the sentence, and the key-term check (paraphrase) takes over.
 */
export const ALTERED_MIN_SIMILARITY = 0.7;

/**
 * A splice part must be at least this many consecutive words found verbatim: shorter runs
 * ("the Labour Party is") recur all over a corpus by chance, four-word runs rarely do.
 */
export const MIN_SPLICE_PART_WORDS = 4;

/**
 * Words in a splice that are found nowhere (the "and" or "but" people add to join two
 * sentences). More than this and the text is not made of corpus words: it is altered or new.
 */
export const MAX_SPLICE_GLUE_WORDS = 2;

/**
 * Share of the pasted text's key terms (stop words removed, stemmed, weighted by rarity in the
 * corpus) that must occur in one to three consecutive sentences for a paraphrase. Half of the
 * weighted terms is where a passage starts to be "about the same thing"; invented lines built
 * from common corpus words (Labour, party, election) stay below it because common words weigh little.
 */
export const PARAPHRASE_MIN_TERM_SHARE = 0.5;

/** And at least this many distinct key terms: one or two shared rare words are a coincidence. */
export const PARAPHRASE_MIN_SHARED_TERMS = 3;

/** Sentences per window when looking for a paraphrase: a claim is rarely spread wider than this. */
export const PARAPHRASE_WINDOW_SENTENCES = 3;

/** At most this many passages are shown for one verdict (the others are the same words again). */
export const MAX_MATCHES = 3;
