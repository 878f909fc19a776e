import { describe, expect, it } from 'vitest';
import {
  readCommentDateLine,
  readCommentHeaderLine,
  readPostHeaderLine,
} from '../../src/core/corpus/page-headers.js';

describe('post header lines', () => {
  it.each([
    [
      'Sam Ortiz @samortiz · Mar 3',
      { type: 'author', name: 'Sam Ortiz', handle: 'samortiz', dateText: 'Mar 3' },
    ],
    [
      'Sam Ortiz 🚲 @samortiz · 2h',
      { type: 'author', name: 'Sam Ortiz 🚲', handle: 'samortiz', dateText: '2h' },
    ],
    [
      'Westfield Council @WestfieldCC · Mar 3, 2023',
      {
        type: 'author',
        name: 'Westfield Council',
        handle: 'WestfieldCC',
        dateText: 'Mar 3, 2023',
      },
    ],
    ['@samortiz', { type: 'author', name: null, handle: 'samortiz', dateText: null }],
    [
      'Sam Ortiz · 3 March',
      { type: 'author', name: 'Sam Ortiz', handle: null, dateText: '3 March' },
    ],
    ['Sam Ortiz reposted', { type: 'repost', name: 'Sam Ortiz' }],
    ['Sam Ortiz shared a post.', { type: 'repost', name: 'Sam Ortiz' }],
    ['Replying to @samortiz', { type: 'reply', handles: ['samortiz'] }],
    ['Replying to @samortiz and @patlee77', { type: 'reply', handles: ['samortiz', 'patlee77'] }],
    ['Pinned', { type: 'pinned' }],
  ])('GIVEN %j THEN it reads as %j', (line, expected) => {
    expect(readPostHeaderLine(line)).toEqual(expected);
  });

  it.each([
    'Westfield Cycling Club @westfieldcc Follow',
    'Thanks @westfieldcc for a great ride today.',
    'Councillor for Mill ward. @samortiz on the other site.',
  ])('GIVEN %j THEN it is not a post header', (line) => {
    expect(readPostHeaderLine(line)).toBeNull();
  });
});

describe('comment header lines', () => {
  it.each([
    ['Gary Potts says:', { name: 'Gary Potts', dateText: null }],
    [
      'Gary Potts says: 14 June 2023 at 9:12 am',
      { name: 'Gary Potts', dateText: '14 June 2023 at 9:12 am' },
    ],
    [
      'Gary Potts 14 June 2023 at 9:12 am',
      { name: 'Gary Potts', dateText: '14 June 2023 at 9:12 am' },
    ],
    [
      'Gary Potts on June 14, 2023 at 9:12 am said:',
      { name: 'Gary Potts', dateText: 'June 14, 2023 at 9:12 am' },
    ],
    ['millrider82 says:', { name: 'millrider82', dateText: null }],
    ['Jo Lee | 3 hours ago', { name: 'Jo Lee', dateText: '3 hours ago' }],
    ['@millrider82 2 years ago', { name: '@millrider82', dateText: '2 years ago' }],
    ['Sneha Kulkarni • 2nd', { name: 'Sneha Kulkarni', dateText: null }],
    ['Rahul Venkatesh • 3rd+', { name: 'Rahul Venkatesh', dateText: null }],
    ['   Ada Quill • Author', { name: 'Ada Quill', dateText: null }],
    ['▲ 212  ▼   mehak.s · 2 days ago', { name: 'mehak.s', dateText: '2 days ago' }],
    ['↑ 7 ↓ bharatbuilds · 18 hours ago', { name: 'bharatbuilds', dateText: '18 hours ago' }],
    ['14 points lurker 3 hours ago', { name: 'lurker', dateText: '3 hours ago' }],
  ])('GIVEN %j THEN it is a comment header %j', (line, expected) => {
    expect(readCommentHeaderLine(line)).toEqual(expected);
  });

  it.each([
    'Council says scheme will fail',
    'Sam Ortiz said:',
    'the council says:',
    'Tuesday 9 February 2021 10:00',
    'Sam Ortiz 14 June 2023',
    'We says nothing at all, she wrote.',
    'The vote went through • 1st reading',
    '▲ 212 ▼ the council voted · 2 days ago',
    '▲ 212 ▼ Tuesday · 2 days ago',
  ])('GIVEN %j THEN it is not a comment header', (line) => {
    expect(readCommentHeaderLine(line)).toBeNull();
  });

  it.each([
    ['14 June 2023 at 9:12 am', false, '14 June 2023 at 9:12 am'],
    ['June 14, 2023', false, 'June 14, 2023'],
    ['June 14, 2023', true, null],
    ['5 days ago', true, '5 days ago'],
  ])(
    'GIVEN the line %j (time required: %s) THEN the timestamp is %j',
    (line, withTime, expected) => {
      expect(readCommentDateLine(line, withTime)).toBe(expected);
    },
  );
});
