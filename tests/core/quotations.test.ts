import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/core/corpus/quotations.js';
import { findQuoteMarks } from '../../src/core/corpus/quote-marks.js';
import { UNATTRIBUTED } from '../../src/core/corpus/mentions.js';
import { DocumentNames } from '../../src/core/corpus/person-names.js';
import { createSpeakerDirectory } from '../../src/core/corpus/speakers.js';

const speakers = createSpeakerDirectory({
  subject: 'Chris Williamson',
  speakers: {
    'Chris Williamson': ['Williamson', 'Chris'],
    'Jeremy Corbyn': ['Jeremy', 'Corbyn'],
    'Nye Bevan': ['Bevan'],
  },
});

function quotesOf(text: string, voice = 'The Author') {
  return findQuotations(
    text,
    { start: 0, end: text.length },
    { speakers, names: new DocumentNames(), voice },
    '',
    null,
  ).map((q) => [text.slice(q.content.start, q.content.end), q.speaker]);
}

describe('who said a quotation', () => {
  it.each([
    [
      '“I have hundreds of activists ready,” Williamson said.',
      [['I have hundreds of activists ready', 'Chris Williamson']],
    ],
    [
      '“Chris has got lots of supporters,” said a source close to Williamson.',
      [['Chris has got lots of supporters', 'a source close to Williamson']],
    ],
    [
      'As the great Nye Bevan said: “The purpose of getting power is to be able to give it away.”',
      [['The purpose of getting power is to be able to give it away.', 'Nye Bevan']],
    ],
    [
      'Jeremy told me last year to “keep going” with my campaign.',
      [['keep going', 'Jeremy Corbyn']],
    ],
    [
      'The party’s legal unit said he was “ineligible to represent the party” due to it.',
      [['ineligible to represent the party', 'the party’s legal unit']],
    ],
    [
      'Williamson has registered. “Contrary to Jeremy’s wishes, we will win,”he wrote.',
      [['Contrary to Jeremy’s wishes, we will win', 'Chris Williamson']],
    ],
    [
      'Chris Williamson is to launch a “new grassroots movement” this year, the former Labour MP has said.',
      [['new grassroots movement', 'Chris Williamson']],
    ],
    ['“It is over,” according to Lisa Nandy.', [['It is over', 'Lisa Nandy']]],
    [
      '“The care is a short drive away,” said Dr. Jasleen Varaich, Minister of Health.',
      [['The care is a short drive away', 'Dr. Jasleen Varaich']],
    ],
    [
      "A UN rapporteur has said sanctions could be tantamount to 'crimes against humanity'.",
      [['crimes against humanity', 'a UN rapporteur']],
    ],
    ['“We will win this,” he said.', [['We will win this', UNATTRIBUTED]]],
    [
      'As I said at the time, “this is wrong and I oppose it.”',
      [['this is wrong and I oppose it.', 'The Author']],
    ],
  ])('GIVEN %j THEN the quotation and its speaker are found', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it.each([
    ['He was the only MP to criticise the crisis as “smears.”'],
    ['The High Court found that the party’s “re-suspension” of Williamson was illegal.'],
    ['Our movement can never be “too apologetic” about racism.'],
    ['It defines the “national interest.”'],
    ["while offering 'help' with a humanitarian crisis"],
  ])('GIVEN scare quotes in %j THEN nobody is credited with them', (text) => {
    expect(quotesOf(text).map(([, speaker]) => speaker)).toEqual([null]);
  });

  it('GIVEN apostrophes THEN they are not taken for quotation marks', () => {
    expect(findQuoteMarks("The party’s rules and Labour's policy, don’t you think?")).toEqual([]);
    expect(findQuoteMarks('a ‘Corbynesque’ type')).toEqual([[2, 14]]);
  });
});
