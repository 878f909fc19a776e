import { describe, expect, it } from 'vitest';
import { tenseAt, type Tense } from '../../src/core/timeline/tense.js';

/** [sentence, the date expression in it, the tense that governs it]; every sentence constructed. */
const CASES: [string, string, Tense][] = [
  ['The album is out in May.', 'May', 'future'],
  ['The festival takes place on 14–16 October at the old mill.', '14–16 October', 'future'],
  ['Demolition starts in September, weeks after the last tenants leave.', 'September', 'future'],
  ['Nominations close on 11 April.', '11 April', 'future'],
  ['The board will meet again on Tuesday.', 'Tuesday', 'future'],
  ['We’re marching on Saturday.', 'Saturday', 'future'],
  ['The union is due to ballot members in June.', 'June', 'future'],
  ['The judge adjourned the case, to be heard again in January.', 'January', 'future'],
  ['Members are asked to join a rally on 3 June.', '3 June', 'future'],
  ['We have a meeting with the minister on Friday.', 'Friday', 'future'],
  ['Tickets for games at the ground in March are on sale now.', 'March', 'future'],
  ['The mayor has called a by-election for 4 July.', '4 July', 'near'],
  ['The hearing was adjourned until 3 June.', '3 June', 'near'],
  ['The firm will keep the site open until March.', 'March', 'future'],
  ['In March she announced she would stand.', 'March', 'past'],
  ['Talks collapsed on 21 February, both sides said.', '21 February', 'past'],
  ['In May, 2,300 tenants signed the petition.', 'May', 'past'],
  ['The deal that expired in April was never renewed.', 'April', 'past'],
  ['He went back to work in March.', 'March', 'past'],
  ['Labour’s candidate won the seat in May.', 'May', 'past'],
  ['The depot has been closed since March.', 'March', 'past'],
  ['The council has just approved the plan.', 'just', 'past'],
  [
    'She said the strike would begin on 18 March unless the firm returned to talks.',
    '18 March',
    'near',
  ],
  ['The clinic could close in August.', 'August', 'near'],
  ['The strike was due to start on 3 June but has been called off.', '3 June', 'near'],
  ['Talks were expected to resume in January.', 'January', 'near'],
  ['Saturday 15 July, 11am – Street stall outside the library', 'Saturday 15 July', 'none'],
];

describe('tenseAt', () => {
  it.each(CASES)('GIVEN "%s" THEN "%s" is governed by the %s', (sentence, expression, tense) => {
    const start = sentence.indexOf(expression);
    expect(tenseAt(sentence, start, start + expression.length)).toBe(tense);
  });
});
