/**
 * Quotes as people paste them into a discussion, built by reading the five seed documents: the
 * expected verdict, the meaning flags, and where the words are (source id · speaker; for a
 * paraphrase, the closest passage only). Who speaks where follows seeds/SOURCES.md.
 */
import type { MeaningFlag, Verdict } from '../../src/core/verify/index.js';

export interface PastedQuoteCase {
  /** The situation, for the test title. */
  given: string;
  text: string;
  speaker?: string;
  expected: { verdict: Verdict; flags: MeaningFlag[]; where: string[] };
  /** Why /verify gets this case wrong today (it is run as an expected failure and counted as a miss). */
  knownMiss?: string;
}

const CW = 'Chris Williamson';
const FB = `facebook-page · ${CW}`;
const INTERVIEW = `hard-labour-interview · ${CW}`;
const OPED = `morning-star-oped · ${CW}`;
const GRASSROOTS = `grassroots-movement · ${CW}`;
const INTERVIEWER = 'hard-labour-interview · Rachael Swindon';

const ok = (where: string[]) => ({ verdict: 'verbatim' as const, flags: [], where });
const altered = (flags: MeaningFlag[], where: string) => ({
  verdict: 'altered' as const,
  flags,
  where: [where],
});

export const PASTED_QUOTES: readonly PastedQuoteCase[] = [
  // verbatim: exact, fragments, case/punctuation/quote/dash changes, noise around the quote
  {
    given: 'a whole post sentence, claimed as his',
    text: 'The Bank of England is refusing to give $1.2 billion worth of gold back to Venezuela.',
    speaker: CW,
    expected: ok([FB]),
  },
  {
    given: 'a fragment of a longer answer sentence',
    text: 'the worst leader in living memory',
    speaker: CW,
    expected: ok([INTERVIEW]),
  },
  {
    given: 'a sentence in capitals without punctuation',
    text: 'OUR MOVEMENT CAN NEVER BE TOO APOLOGETIC ABOUT RACISM WITHIN OUR RANKS',
    expected: ok([FB]),
  },
  {
    given: 'straight apostrophes where the source has curly ones',
    text: "I don't know what they say in the Gentlemen's clubs of London, but my constituents are sick of Britain meddling overseas",
    speaker: 'Williamson',
    expected: ok([FB]),
  },
  {
    given: 'a > quote prefix',
    text: '> We need to get out of this abusive relationship and start again.',
    speaker: CW,
    expected: ok([INTERVIEW]),
  },
  {
    given: 'he said "…" around two adjacent sentences',
    text: 'he said "Privatisation prospered. War proliferated. Anti-trade union legislation remained on the statute book."',
    speaker: CW,
    expected: ok([INTERVIEW]),
  },
  {
    given: 'a trailing "— name, publication" attribution',
    text: '“We build socialism by learning from and being connected to liberation struggles around the world.” — Chris Williamson, Morning Star',
    expected: ok([OPED]),
  },
  {
    given: 'a hyphen typed for an en dash',
    text: "whilst it might provide a few crumbs from the table for people at home, that's all it is - crumbs",
    speaker: CW,
    expected: ok([INTERVIEW]),
  },
  {
    given: '"antisemitism" written closed where the source has "anti-Semitism"',
    text: 'It pains me greatly, therefore, that anyone should believe that it is my intention to minimise the cancerous and pernicious nature of antisemitism.',
    speaker: CW,
    expected: ok([FB]),
  },
  {
    given: '"anti-Semitism" hyphenated where the source has "antisemitism"',
    text: 'the EHRC report into the vastly exaggerated Labour anti-Semitism crisis found that Mr Williamson had not contributed',
    expected: ok([INTERVIEWER]),
  },
  {
    given: '"anti Semitism" written apart',
    text: 'It’s not a problem with anti Semitism as such.',
    speaker: CW,
    expected: ok([INTERVIEW]),
  },
  {
    given: '"neo-liberal" hyphenated where the source has "neoliberal"',
    text: 'the unholy alliance of right-wing neo-liberal apologists and Zionist zealots',
    speaker: CW,
    expected: ok([INTERVIEW]),
  },
  {
    given: '"cooperation" where the reader wrote "co-operation"',
    text: 'The Israeli lobby could only do its mischief with their willing and unprincipled cooperation.',
    expected: ok(['ei-independent-run · a reader']),
  },
  {
    given: '"pro Palestinian" written apart',
    text: 'What are your thoughts on the exclusion of the pro Palestinian, award-winning filmmaker Ken Loach from the Labour Party?',
    expected: ok([INTERVIEWER]),
  },
  {
    given: 'his words quoted inside a news report, with the "Williamson said" tail',
    text: '"I have hundreds of activists from around the country ready and waiting to campaign for me in Derby," Williamson said.',
    speaker: CW,
    expected: ok([`ei-independent-run · ${CW}`]),
  },
  {
    given: 'his words quoted by a blog from Labour Heartlands',
    text: 'I believe this approach has the potential to genuinely mobilise communities',
    speaker: CW,
    expected: ok([GRASSROOTS]),
  },
  {
    given: 'two sentences of one post across a line break',
    text: 'Venezuela is no different. They disdain politicians that let people sleep on streets, while pushing regime change overseas.',
    expected: ok([FB]),
  },
  {
    given: 'a reader comment with no speaker claimed',
    text: 'I shall be happy to go to Derby and lend a hand',
    expected: ok(['ei-independent-run · a reader']),
  },
  {
    given: 'a quote inside chat commentary',
    text: 'lol he literally said "the party is finished" what a clown',
    expected: ok([INTERVIEW]),
  },
  {
    given: 'a sentence with an ellipsis in the source',
    text: 'It has no place in the Labour Party or in our country.',
    speaker: CW,
    expected: ok([FB]),
  },
  // altered: meaning flips and swapped words
  {
    given: 'the negation "never" removed',
    text: 'Guaido was elected to lead anything.',
    speaker: CW,
    expected: altered(['negation-removed'], FB),
  },
  {
    given: 'a "not" added',
    text: 'The Labour Party is not an anti-racist party.',
    speaker: CW,
    expected: altered(['negation-added'], FB),
  },
  {
    given: 'an "n\'t" added',
    text: "Clinging to the hope that the Labour Party can be reclaimed isn't a recipe for perpetual disappointment.",
    speaker: CW,
    expected: altered(['negation-added'], INTERVIEW),
  },
  {
    given: 'a number changed',
    text: 'Tory policy means 200,000 kids will wake up on Christmas Day without a home.',
    speaker: CW,
    expected: altered(['number-changed'], FB),
  },
  {
    given: 'a vote count changed',
    text: 'I was first elected to parliament in 2010, before losing in 2015 by 14 votes',
    speaker: CW,
    expected: altered(['number-changed'], INTERVIEW),
  },
  {
    given: 'Jeremy swapped for Keir',
    text: 'Tragically, Keir facilitated this infuriating debacle, by continually conceding to bad faith actors.',
    speaker: CW,
    expected: altered(['name-changed'], INTERVIEW),
  },
  {
    given: 'Venezuela swapped for Cuba',
    text: 'The Bank of England is refusing to give $1.2 billion worth of gold back to Cuba.',
    expected: altered(['name-changed'], FB),
  },
  {
    given: '"pro-Palestinian" turned into "pro-Israeli"',
    text: 'What are your thoughts on the exclusion of the pro-Israeli, award-winning filmmaker Ken Loach from the Labour Party?',
    expected: altered(['name-changed'], INTERVIEWER),
  },
  {
    given: '"pro-Palestinian" turned into "pro Israeli", written apart',
    text: 'What are your thoughts on the exclusion of the pro Israeli, award-winning filmmaker Ken Loach from the Labour Party?',
    expected: altered(['name-changed'], INTERVIEWER),
  },
  {
    given: '"worst" swapped for "best"',
    text: 'Starmer is without doubt the best leader in living memory',
    speaker: CW,
    expected: altered([], INTERVIEW),
  },
  {
    given: 'one verb swapped',
    text: 'A social movement can secure political change, not by being nice to politicians, but by bribing them into action.',
    speaker: CW,
    expected: altered([], INTERVIEW),
  },
  {
    given: 'a few words changed and dropped',
    text: 'A Defence Diversification Agency would protect high-tech jobs',
    speaker: CW,
    expected: altered([], OPED),
  },
  {
    given: 'the middle of a sentence left out',
    text: "Ken Loach is a towering figure in the labour movement, so I'm appalled by the way he's been treated",
    speaker: CW,
    expected: altered([], INTERVIEW),
  },
  {
    given: '"anti-" dropped from "anti-racist"',
    text: 'I have been a racist all my life',
    speaker: CW,
    expected: altered([], FB),
  },
  {
    given: 'a compound adjective dropped',
    text: 'Zionism is a racist ideology',
    speaker: CW,
    expected: altered([], INTERVIEW),
  },
  {
    given: '"an abject failure" turned into "a great success"',
    text: 'The privatisation of the Probation Service was a great success',
    speaker: CW,
    expected: altered([], FB),
  },
  // spliced: parts verbatim, from places that are not adjacent
  {
    given: 'two of his sentences from different documents',
    text: 'The British public are tired of war and foreign meddling. Our only hope is to build an alternative to the Labour Party.',
    speaker: CW,
    expected: { verdict: 'spliced', flags: [], where: [FB, INTERVIEW] },
  },
  {
    given: 'two paragraphs of one op-ed joined with "and"',
    text: 'I am standing as an independent in Derby North, and I have every confidence we can win this election',
    speaker: CW,
    expected: { verdict: 'spliced', flags: [], where: [OPED, OPED] },
  },
  {
    given: 'a post and an answer joined with "but"',
    text: 'Britain must stand for international law, not guns and occupation, but we need a social movement to ensure that those who are elected do not lose their way',
    expected: { verdict: 'spliced', flags: [], where: [FB, INTERVIEW] },
  },
  {
    given: 'three sentences from three documents',
    text: 'Tuition fees were introduced. Ian Austin’s departure as a Labour MP is certainly no loss. Momentum, too, has been a barrier to building an anti-imperialist, socialist movement.',
    expected: { verdict: 'spliced', flags: [], where: [INTERVIEW, FB, OPED] },
  },
  {
    given: 'a splice with the name before a colon',
    text: 'Chris Williamson: "Starmer is without doubt the worst leader in living memory. The Labour Party should stand aside in Derby North."',
    expected: { verdict: 'spliced', flags: [], where: [INTERVIEW, OPED] },
  },
  {
    given: 'two adjacent sentences pasted in reverse order',
    text: 'We need to get out of this abusive relationship and start again. That means recognising that the Labour Party is not the solution.',
    expected: { verdict: 'spliced', flags: [], where: [INTERVIEW, INTERVIEW] },
  },
  // misattributed: in the corpus, but someone else's words
  {
    given: "the interviewer's question claimed as his",
    text: 'What are your thoughts on the exclusion of the pro-Palestinian, award-winning filmmaker Ken Loach from the Labour Party?',
    speaker: CW,
    expected: {
      verdict: 'misattributed',
      flags: [],
      where: ['hard-labour-interview · Rachael Swindon'],
    },
  },
  {
    given: "the interviewer's introduction claimed as his",
    text: 'this Labour Party, led by the hapless Keir Starmer, is pleading with billionaires',
    speaker: CW,
    expected: {
      verdict: 'misattributed',
      flags: [],
      where: ['hard-labour-interview · Rachael Swindon'],
    },
  },
  {
    given: "the interviewer's question, one word changed, claimed as his",
    text: 'What are your thoughts on the expulsion of the pro-Palestinian, award-winning filmmaker Ken Loach from the Labour Party?',
    speaker: CW,
    expected: {
      verdict: 'misattributed',
      flags: [],
      where: ['hard-labour-interview · Rachael Swindon'],
    },
  },
  {
    given: 'a reader comment claimed as his',
    text: 'Good decision. I have no doubt that a committed long term Labour member like Williamson would only take this path',
    speaker: CW,
    expected: { verdict: 'misattributed', flags: [], where: ['ei-independent-run · a reader'] },
  },
  {
    given: 'a reply to a reader claimed as his',
    text: 'This is the time to take on the Labour Party and replace it with a new grass roots movement',
    speaker: 'Williamson',
    expected: { verdict: 'misattributed', flags: [], where: ['hard-labour-interview · a reader'] },
  },
  {
    given: 'the Nye Bevan line he quoted, attributed to him by a dash',
    text: '“The purpose of getting power is to be able to give it away.” — Chris Williamson',
    expected: { verdict: 'misattributed', flags: [], where: ['morning-star-oped · Nye Bevan'] },
  },
  {
    given: 'an anonymous source close to him claimed as his',
    text: 'Chris has got lots of supporters who are willing to be expelled',
    speaker: CW,
    expected: {
      verdict: 'misattributed',
      flags: [],
      where: ['ei-independent-run · a source close to Williamson'],
    },
  },
  {
    given: "a blog's narration claimed as his",
    text: 'A movement to replace this discredited group should be welcomed.',
    speaker: CW,
    expected: {
      verdict: 'misattributed',
      flags: [],
      where: ['grassroots-movement · Red Revolution Media'],
    },
  },
  {
    given: 'his words claimed as the interviewer’s',
    text: 'Starmer is without doubt the worst leader in living memory',
    speaker: 'Rachael Swindon',
    expected: { verdict: 'misattributed', flags: [], where: [INTERVIEW] },
  },
  {
    given: "the interviewer's opening line claimed as his",
    text: 'The Labour party is in crisis',
    speaker: CW,
    expected: {
      verdict: 'misattributed',
      flags: [],
      where: ['hard-labour-interview · Rachael Swindon'],
    },
  },
  {
    given: 'the first reader comment claimed as his',
    text: 'Labour suspended Chris Williamson for daring to tell the truth',
    speaker: CW,
    expected: { verdict: 'misattributed', flags: [], where: ['ei-independent-run · a reader'] },
  },
  {
    given: 'his words claimed as Keir Starmer’s',
    text: 'Starmer is without doubt the worst leader in living memory',
    speaker: 'Keir Starmer',
    expected: { verdict: 'misattributed', flags: [], where: [INTERVIEW] },
  },
  // paraphrase: the same thing in other words
  {
    given: 'his verdict on Starmer in other words',
    text: 'Starmer is the worst leader Labour has ever had',
    speaker: CW,
    expected: { verdict: 'paraphrase', flags: [], where: [INTERVIEW] },
  },
  {
    given: 'the Venezuelan gold post in other words',
    text: 'Britain should hand Venezuela its gold back',
    speaker: CW,
    expected: { verdict: 'paraphrase', flags: [], where: [FB] },
  },
  {
    given: 'the probation post in other words',
    text: 'He said probation privatisation failed and cost hundreds of millions',
    expected: { verdict: 'paraphrase', flags: [], where: [FB] },
  },
  {
    given: 'the rough sleeping line in other words',
    text: 'Rough sleeping has gone up seven years in a row',
    speaker: CW,
    expected: { verdict: 'paraphrase', flags: [], where: [FB] },
  },
  {
    given: 'the call for an election in other words',
    text: 'He called for a general election and a Corbyn government instead of a second referendum',
    expected: { verdict: 'paraphrase', flags: [], where: [FB] },
  },
  {
    given: 'the Ken Loach answer in other words',
    text: "Ken Loach being expelled was the result of the Campaign Group's cowardice",
    speaker: CW,
    expected: { verdict: 'paraphrase', flags: [], where: [INTERVIEW] },
  },
  // not found: invented lines
  {
    given: 'an invented line about the monarchy',
    text: 'I have always admired the monarchy and the royal family',
    speaker: CW,
    expected: { verdict: 'not-found', flags: [], where: [] },
  },
  {
    given: 'an accusation he never made',
    text: 'Jeremy Corbyn is an antisemite',
    speaker: CW,
    expected: { verdict: 'not-found', flags: [], where: [] },
  },
  {
    given: 'the page furniture of the Facebook mirror',
    text: 'Chris Williamson is located at 9a Theatre Walk, INTU Centre',
    expected: { verdict: 'not-found', flags: [], where: [] },
  },
  {
    given: 'an invented line about tax cuts',
    text: 'We must cut taxes for the rich to grow the economy',
    speaker: CW,
    expected: { verdict: 'not-found', flags: [], where: [] },
  },
  {
    given: 'an invented line about Brexit',
    text: 'Brexit is the greatest opportunity this country has ever had',
    speaker: CW,
    expected: { verdict: 'not-found', flags: [], where: [] },
  },
  {
    given: 'an invented line praising the government',
    text: 'The Conservative government has done a fantastic job on the NHS',
    speaker: CW,
    expected: { verdict: 'not-found', flags: [], where: [] },
  },
  {
    given: 'an invented claim made of words the corpus uses',
    text: 'Chris Williamson said he would vote Conservative at the next general election',
    expected: { verdict: 'not-found', flags: [], where: [] },
    knownMiss:
      'key terms cannot tell a claim about voting Conservative from a sentence about the votes between Williamson and the Conservative candidate: 5 of 7 weighted terms are shared',
  },
];
