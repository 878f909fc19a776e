import { describe, expect, it } from 'vitest';
import { DATE_RULES, datelineParts, isAboutPlans } from '../../src/core/timeline/date-rules.js';
import { findDates } from '../../src/core/timeline/find-dates.js';
import { expectedFound, referenceOf, type RuleCase } from './date-rule-helpers.js';
import { CALENDAR_TABLES } from './rule-tables-calendar.js';
import { RELATIVE_TABLES } from './rule-tables-relative.js';

const TABLES: Record<string, RuleCase[]> = { ...CALENDAR_TABLES, ...RELATIVE_TABLES };

describe('date rules', () => {
  it('GIVEN the rule list THEN every rule has a table of cases, and every table a rule', () => {
    expect(Object.keys(TABLES).sort()).toEqual(DATE_RULES.map((r) => r.name).sort());
  });

  describe.each(DATE_RULES.map((r) => [r.name, TABLES[r.name] ?? []] as const))(
    'rule %s',
    (_name, cases) => {
      it.each(cases)('GIVEN $given THEN $then', (c) => {
        expect(findDates(c.sentence, referenceOf(c.ref))).toEqual(expectedFound(c));
      });
    },
  );
});

describe('datelineParts', () => {
  it.each([
    ['Update, 12 November', { day: 12, month: 11, year: undefined }],
    ['Updated: 3 March 2020', { day: 3, month: 3, year: 2020 }],
    ['Posted November 12, 2019', { day: 12, month: 11, year: 2019 }],
    ['Update on the campaign', null],
    ['Williamson has now officially registered his independent campaign for Parliament.', null],
  ])('GIVEN "%s" THEN %j', (sentence, expected) => {
    expect(datelineParts(sentence)).toEqual(expected);
  });
});

describe('isAboutPlans', () => {
  it.each([
    [
      'The Resist Movement for a People’s Party is organising a Festival of Resistance in Nottingham on October 16/17 to consider the way forward.',
      true,
    ],
    [
      'I would urge people to join us in the deliberations in Nottingham in October and come to the Resist Event at the Rialto Theatre in Brighton that will take place from 26 – 28 September.',
      true,
    ],
    ['Chris Williamson to Launch “New Grassroots Movement” Later This Year', true],
    [
      'Williamson was first suspended in February, days after booking a room in Parliament to screen the documentary, WitchHunt.',
      false,
    ],
    [
      'The High Court found that the party’s “re-suspension” of Williamson in June had been illegal.',
      false,
    ],
  ])('GIVEN "%s" THEN %s', (sentence, expected) => {
    expect(isAboutPlans(sentence)).toBe(expected);
  });
});
