/**
 * The core quality test's table (tests/core/quality.test.ts), for the benchmark to score the
 * configuration it measures with the same 40 queries. Keep the two in step (or have the test
 * import this file).
 */
const CW = 'Chris Williamson';

export const QUALITY_QUERIES: [query: string, fragment: string, speaker: string][] = [
  ['gold venezuela', 'refusing to give $1.2 billion worth of gold', CW],
  ['bank of england gold', 'refusing to give $1.2 billion worth of gold', CW],
  ['venezuela civil war', 'My worst fear is Venezuela descends into civil war', CW],
  ['attempted coup', 'This is nothing short of an attempted coup.', CW],
  ['guaido never elected', 'Guaido was never elected to lead anything.', CW],
  ['crimes against humanity', 'crimes against humanity', 'a UN rapporteur'],
  [
    'UN rapporteur sanctions venezuela',
    'A UN rapporteur has said sanctions could be tantamount',
    CW,
  ],
  ['homeless kids christmas', '120,000 kids will wake up on Christmas Day without a home', CW],
  ['homelessness', 'a homeless man died a stones throw from parliament', CW],
  ['privatization probation service', 'The privatisation of the Probation Service', CW],
  ['fox hunting boxing day', 'bloodsports brigade continue indulging', CW],
  [
    'apologise anti-semitism choice of words',
    'I deeply regret, and apologise for, my recent choice of words',
    CW,
  ],
  ['Ian Austin resign by-election', 'Ian Austin’s departure'.replace('’', "'"), CW],
  ['second referendum tories', 'calls for a second referendum are misplaced', CW],
  ['war on poverty', 'They want a war on poverty at home', CW],
  ['Ken Loach expulsion', 'The expulsion of Ken Loach, is the inevitable', CW],
  ['Ken Loach towering figure', 'Ken Loach is a towering figure in the labour movement', CW],
  [
    'worst leader in living memory',
    'Starmer is without doubt the worst leader in living memory',
    CW,
  ],
  [
    '"abusive relationship"',
    'We need to get out of this abusive relationship and start again.',
    CW,
  ],
  [
    'Noam Chomsky support',
    'It was enormously uplifting to receive the support of people like Noam Chomsky',
    CW,
  ],
  ['labour party is finished', 'No, the party is finished.', CW],
  [
    'new labour inequality privatisation',
    'Remember inequality rocketed when New Labour was in government.',
    CW,
  ],
  ['zionism racist settler-colonial', 'Zionism is a racist, settler-colonial ideology', CW],
  ['festival of resistance nottingham', 'Festival of Resistance in Nottingham', CW],
  ['book 10 years hard labour', 'The title of the book will be', CW],
  ['lost 2015 by 41 votes', 'before losing in 2015 by 41 votes', CW],
  [
    'hundreds of activists campaign Derby',
    'I have hundreds of activists from around the country',
    CW,
  ],
  [
    'ineligible to represent',
    'ineligible to represent the Labour Party and stand as a candidate',
    'the party’s legal unit',
  ],
  [
    'supporters willing to be expelled',
    'Chris has got lots of supporters who are willing to be expelled',
    'a source close to Williamson',
  ],
  [
    'socialist in words and deeds at home imperialist abroad',
    'Contrary to Jeremy’s wishes, if Labour wins this election',
    CW,
  ],
  ['Integrity Initiative', 'challenging state-funded operations like the Integrity Initiative', CW],
  [
    'Nye Bevan power give it away',
    'The purpose of getting power is to be able to give it away.',
    'Nye Bevan',
  ],
  ['open selection trust the members', 'I say trust the members', CW],
  ['Defence Diversification Agency', 'Defence Diversification Agency', CW],
  ['Yemeni children school buses', 'Yemeni children being incinerated in school buses', CW],
  ['momentum zionism anti-zionism', 'zionism and anti-zionism are morally equivalent', CW],
  ['Momentum pernicious influence', 'pernicious influence in the Labour Party', CW],
  ['loose federated structure', 'I think we need something with a loose federated structure', CW],
  [
    'grassroots witch hunt anti-racist activists',
    'The focus shifted from mobilising grassroots',
    CW,
  ],
  [
    'politically homeless socialists',
    'There’s a lot of politically homeless socialists out there',
    'Rachael Swindon',
  ],
];

/** Words in the seeds that are not the subject's: returning any of them as his is an attribution error. */
export const NOT_HIS = [
  'crimes against humanity',
  'ineligible to represent',
  'Chris has got lots of supporters',
  'The purpose of getting power',
  'was not meeting the charity test',
  'unlawful harassment related to Jewish ethnicity',
  'What are your thoughts on the exclusion',
  'There’s a lot of politically homeless socialists',
  'Totally agree We most definitely',
  'Your standpoint is the very one',
  'Labour suspended Chris Williamson for daring',
  'I felt physically sick yesterday',
  'Here CHRIS WILLIAMSON explains',
  'Huge thanks to Chris Williamson',
  'It’s no big secret',
];
