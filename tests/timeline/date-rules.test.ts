import { describe, expect, it } from 'vitest';
import { DATE_RULES, datelineParts } from '../../src/core/timeline/date-rules.js';
import { findDates } from '../../src/core/timeline/find-dates.js';
import { expectedFound, optionsOf, referenceOf, type RuleCase } from './date-rule-helpers.js';
import { CALENDAR_TABLES } from './rule-tables-calendar.js';
import { COUNTED_TABLES } from './rule-tables-counted.js';
import { RELATIVE_TABLES } from './rule-tables-relative.js';
import { TENSE_TABLES } from './rule-tables-tense.js';

/** The tables of every file, rule by rule. */
const TABLES: Record<string, RuleCase[]> = {};
for (const tables of [CALENDAR_TABLES, RELATIVE_TABLES, COUNTED_TABLES, TENSE_TABLES])
  for (const [rule, cases] of Object.entries(tables)) (TABLES[rule] ??= []).push(...cases);

describe('date rules', () => {
  it('GIVEN the rule list THEN every rule has a table of cases, and every table a rule', () => {
    expect(Object.keys(TABLES).sort()).toEqual(DATE_RULES.map((r) => r.name).sort());
  });

  describe.each(DATE_RULES.map((r) => [r.name, TABLES[r.name] ?? []] as const))(
    'rule %s',
    (_name, cases) => {
      it.each(cases)('GIVEN $given THEN $then', (c) => {
        expect(findDates(c.sentence, referenceOf(c.ref), optionsOf(c))).toEqual(expectedFound(c));
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
