/**
 * The verbs that tie quoted words to a speaker. Two lists: verbs that report speech wherever they
 * stand in the sentence, and verbs that only do when the quotation follows at once (`the headline
 * read: “…”`, `as Bevan put it, “…”`), because elsewhere they mean something else.
 */

/** Verbs of saying, writing and ruling, in the forms news and transcripts use. */
const SPEECH_VERBS = [
  'say|says|said|saying',
  'write|writes|wrote|writing',
  'tell|tells|told|telling',
  'add|adds|added|adding',
  'state|states|stated|stating',
  'explain|explains|explained|explaining',
  'argue|argues|argued|arguing',
  'insist|insists|insisted|insisting',
  'claim|claims|claimed|claiming',
  'tweet|tweets|tweeted|tweeting',
  'post|posts|posted',
  'declare|declares|declared',
  'announce|announces|announced|announcing',
  'warn|warns|warned|warning',
  'note|notes|noted',
  'reply|replies|replied',
  'respond|responds|responded',
  'ask|asks|asked',
  'comment|comments|commented',
  'find|finds|found',
  'rule|rules|ruled',
  'conclude|concludes|concluded',
  'remark|remarks|remarked',
  'admit|admits|admitted',
  'concede|concedes|conceded',
  'urge|urges|urged',
  'describe|describes|described',
  'brand|brands|branded',
  'accuse|accuses|accused',
  'quip|quips|quipped',
  'joke|jokes|joked',
  'recall|recalls|recalled',
  'plead|pleads|pleaded',
  'promise|promises|promised',
  'pledge|pledges|pledged',
  'vow|vows|vowed',
  'confirm|confirms|confirmed',
  'deny|denies|denied',
  'reject|rejects|rejected',
  'welcome|welcomes|welcomed',
  'acknowledge|acknowledges|acknowledged',
  'accept|accepts|accepted',
  'maintain|maintains|maintained',
  'suggest|suggests|suggested',
  'observe|observes|observed',
  'emphasise|emphasises|emphasised|emphasize|emphasizes|emphasized',
  'stress|stresses|stressed',
  'reveal|reveals|revealed',
  'predict|predicts|predicted',
  'complain|complains|complained',
  'counter|counters|countered',
  'continue|continues|continued',
  'recount|recounts|recounted',
  'shout|shouts|shouted',
  'chant|chants|chanted',
  'call|calls|called',
  'testify|testifies|testified',
  'hit back|hits back',
  'went on|goes on',
].join('|');

/** Verbs that report words only right before them: `the headline read: “…”`, `as Bevan put it, “…”`. */
const CLOSE_VERBS =
  'read|reads|ran|runs|screamed|proclaimed|put it|puts it|once put it|famously put it';

/** Any speech verb, as an alternation for regular expressions. */
export const VERBS = SPEECH_VERBS;
/** Speech verbs plus the ones that count only right next to the quotation. */
export const ALL_VERBS = `${SPEECH_VERBS}|${CLOSE_VERBS}`;

/** Auxiliaries and adverbs between a speaker and the verb: `has also said`, `later told`. */
export const AUX =
  '(?:has\\s+|had\\s+|have\\s+|was\\s+|is\\s+|also\\s+|then\\s+|later\\s+|once\\s+|famously\\s+|previously\\s+|recently\\s+|again\\s+|would\\s+|will\\s+|went\\s+on\\s+to\\s+)*';

/** A speech verb anywhere, for scanning a sentence before a quotation. */
export const VERB_RE = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'giu');
/** A close-only verb at the end of the text before a quotation (`… headline read:`). */
export const CLOSE_VERB_END = new RegExp(
  `\\b(?:${CLOSE_VERBS}|${SPEECH_VERBS})(?:\\s+(?:more\\s+)?\\w+ly)?\\s*[:,]?\\s*$`,
  'iu',
);
