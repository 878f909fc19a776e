/**
 * The layout of whole pages: which units are body, headings, comments or furniture, and the post
 * and comment headers attribution reads. Pages written for these tests in the conventions of a
 * social profile, a blog with reader comments, a press release and a radio transcript.
 */
import { describe, expect, it } from 'vitest';
import { classifyUnits } from '../../src/core/corpus/classify-units.js';
import type { Document } from '../../src/core/index.js';
import { testDocument } from '../helpers/test-document.js';

function doc(body: string, fields: Partial<Document> = {}): Document {
  return testDocument(body, fields);
}

/** Each unit's text and class ("furniture" with its reason). */
function unitsOf(d: Document): [string, string][] {
  const { units, classes } = classifyUnits(d);
  return units.map((u, i) => {
    const c = classes[i]!;
    return [
      d.body.slice(u.start, u.end),
      c.type === 'furniture' ? `furniture: ${c.reason}` : c.type,
    ];
  });
}

/** Furniture lines as text and reason. */
function furnitureOf(d: Document): [string, string][] {
  return classifyUnits(d).furnitureLines.map((f) => [
    d.body.slice(f.span.start, f.span.end),
    f.reason,
  ]);
}

const PROFILE = [
  'Home',
  'Explore',
  'Notifications',
  'Sam Ortiz',
  '1,208 posts',
  'Sam Ortiz',
  '@samortiz',
  'Councillor for Mill ward. Cyclist. Views my own.',
  'Westfield  westfield.gov.uk/ortiz  Joined May 2015',
  '310 Following  2,954 Followers',
  'Posts Replies Media Likes',
  'Pinned',
  'Sam Ortiz @samortiz · Mar 3',
  'Proud of our team today.',
  '4 Replies 12 Reposts 88 Likes',
  'Sam Ortiz reposted',
  'Westfield Cycling Club @westfieldcc · Mar 2',
  'Ride to the town hall on Saturday, 10am. Bring a flask.',
  '2 Reposts 19 Likes',
  'Pat Lee @patlee77 · Mar 2',
  'Replying to @samortiz',
  'And who pays for the new lanes?',
  '3 replies',
  'Sam Ortiz @samortiz · Mar 2',
  '@patlee77 The government grant does, every penny of it.',
  '9 Likes',
  'Who to follow',
  'Westfield Cycling Club @westfieldcc Follow',
  'Terms of Service Privacy Policy Cookie Policy © 2024 X Corp.',
].join('\n\n');

describe('a social profile page', () => {
  const profile = doc(PROFILE, { title: 'Sam Ortiz (@samortiz) / X', kind: 'social' });

  it('GIVEN a profile page THEN only the bio and the posts are left as units', () => {
    expect(unitsOf(profile)).toEqual([
      ['Sam Ortiz', 'heading'],
      ['Councillor for Mill ward. Cyclist. Views my own.', 'body'],
      ['Proud of our team today.', 'body'],
      ['Ride to the town hall on Saturday, 10am. Bring a flask.', 'body'],
      ['And who pays for the new lanes?', 'body'],
      ['@patlee77 The government grant does, every penny of it.', 'body'],
    ]);
  });

  it('GIVEN post headers THEN each says who wrote the post, and whether it is a repost or a reply', () => {
    const { posts, units } = classifyUnits(profile);
    expect(posts.map(({ span: _span, lines: _lines, ...rest }) => rest)).toEqual([
      {
        name: 'Sam Ortiz',
        handle: 'samortiz',
        dateText: 'Mar 3',
        isRepost: false,
        repostedBy: null,
        isReply: false,
        replyingTo: [],
        pinned: true,
      },
      {
        name: 'Westfield Cycling Club',
        handle: 'westfieldcc',
        dateText: 'Mar 2',
        isRepost: true,
        repostedBy: 'Sam Ortiz',
        isReply: false,
        replyingTo: [],
        pinned: false,
      },
      {
        name: 'Pat Lee',
        handle: 'patlee77',
        dateText: 'Mar 2',
        isRepost: false,
        repostedBy: null,
        isReply: true,
        replyingTo: ['samortiz'],
        pinned: false,
      },
      {
        name: 'Sam Ortiz',
        handle: 'samortiz',
        dateText: 'Mar 2',
        isRepost: false,
        repostedBy: null,
        isReply: true,
        replyingTo: ['patlee77'],
        pinned: false,
      },
    ]);
    expect(units.map((u) => u.post)).toEqual([null, null, 0, 1, 2, 3]);
    expect(posts.map((p) => p.lines.map((l) => PROFILE.slice(l.start, l.end)).join(' / '))).toEqual(
      [
        'Pinned / Sam Ortiz @samortiz · Mar 3',
        'Sam Ortiz reposted / Westfield Cycling Club @westfieldcc · Mar 2',
        'Pat Lee @patlee77 · Mar 2 / Replying to @samortiz',
        'Sam Ortiz @samortiz · Mar 2',
      ],
    );
  });

  it('GIVEN the profile header, counts, tab row and sidebar THEN they are furniture with their reasons', () => {
    expect(furnitureOf(profile)).toEqual([
      ['Home', 'before the title'],
      ['Explore', 'before the title'],
      ['Notifications', 'before the title'],
      ['1,208 posts', 'counts'],
      ['Sam Ortiz', 'among furniture'],
      ['@samortiz', 'handle'],
      ['Westfield  westfield.gov.uk/ortiz  Joined May 2015', 'profile'],
      ['310 Following  2,954 Followers', 'counts'],
      ['Posts Replies Media Likes', 'among furniture'],
      ['Pinned', 'post header'],
      ['Sam Ortiz @samortiz · Mar 3', 'post header'],
      ['4 Replies 12 Reposts 88 Likes', 'counts'],
      ['Sam Ortiz reposted', 'post header'],
      ['Westfield Cycling Club @westfieldcc · Mar 2', 'post header'],
      ['2 Reposts 19 Likes', 'counts'],
      ['Pat Lee @patlee77 · Mar 2', 'post header'],
      ['Replying to @samortiz', 'post header'],
      ['3 replies', 'counts'],
      ['Sam Ortiz @samortiz · Mar 2', 'post header'],
      ['9 Likes', 'counts'],
      ['Who to follow', 'related links'],
      ['Westfield Cycling Club @westfieldcc Follow', 'among furniture'],
      ['Terms of Service Privacy Policy Cookie Policy © 2024 X Corp.', 'footer links'],
    ]);
  });
});

const BLOG = [
  'Mill Lane Notes',
  'Home About Archive Contact',
  'The depot decision',
  'Posted on 4 March 2024 by Kim Osei',
  'I went to the cabinet meeting last night expecting a row, and got one. The depot will be sold, and the community hub that residents have asked for since 2022 will not happen.',
  'Councillor Ortiz told the meeting: “We looked at every option and none of them added up.”',
  'Posted in Council | Tagged depot, Mill Lane',
  '3 thoughts on “The depot decision”',
  'Gary Potts says:',
  '4 March 2024 at 9:12 pm',
  'Every option except the one residents wanted.',
  'Reply',
  'Jo Lee 5 March 2024 at 7:40 am',
  'I was there. It was a fair meeting, whatever you think of the result.',
  'Reply',
  'Sam Ortiz on March 5, 2024 at 8:02 am said:',
  'Thanks for coming, Kim. The figures are on the council website.',
  'Reply',
  'Leave a Reply',
  'Your email address will not be published. Required fields are marked *',
  'Post Comment',
].join('\n\n');

describe('a blog with reader comments', () => {
  const blog = doc(BLOG, { title: 'The depot decision', author: 'Kim Osei', kind: 'article' });

  it('GIVEN comment headers THEN they are furniture and each comment is linked to its commenter', () => {
    const { comments, units, classes } = classifyUnits(blog);
    expect(comments.map((c) => [c.name, c.dateText, BLOG.slice(c.span.start, c.span.end)])).toEqual(
      [
        ['Gary Potts', '4 March 2024 at 9:12 pm', 'Gary Potts says:\n\n4 March 2024 at 9:12 pm'],
        ['Jo Lee', '5 March 2024 at 7:40 am', 'Jo Lee 5 March 2024 at 7:40 am'],
        ['Sam Ortiz', 'March 5, 2024 at 8:02 am', 'Sam Ortiz on March 5, 2024 at 8:02 am said:'],
      ],
    );
    const linked = units
      .map((u, i) => [BLOG.slice(u.start, u.end), classes[i]!.type, u.comment])
      .filter(([, type]) => type === 'comment');
    expect(linked).toEqual([
      ['Every option except the one residents wanted.', 'comment', 0],
      ['I was there. It was a fair meeting, whatever you think of the result.', 'comment', 1],
      ['Thanks for coming, Kim. The figures are on the council website.', 'comment', 2],
    ]);
  });

  it('GIVEN the blog’s own furniture THEN the article is left as its title and body', () => {
    expect(unitsOf(blog).filter(([, c]) => !c.startsWith('furniture') && c !== 'comment')).toEqual([
      ['The depot decision', 'heading'],
      [
        'I went to the cabinet meeting last night expecting a row, and got one. The depot will be sold, and the community hub that residents have asked for since 2022 will not happen.',
        'body',
      ],
      [
        'Councillor Ortiz told the meeting: “We looked at every option and none of them added up.”',
        'body',
      ],
    ]);
  });
});

describe('a press release', () => {
  const body = [
    'PRESS RELEASE – FOR IMMEDIATE RELEASE',
    '3 March 2024',
    'Cycling club welcomes new lanes',
    'Westfield Cycling Club has welcomed the council’s decision to build protected cycle lanes on Mill Lane and the ring road, after a three-year campaign by its members.',
    '“This will save lives,” said club secretary Ann Byrne.',
    'What the lanes will change',
    'The first section opens in June.',
    'ENDS',
    'Notes to editors',
    '1. Westfield Cycling Club was founded in 1974 and has 640 members.',
    'Media contact',
    'Ann Byrne, Club Secretary',
    'T: 01632 960 123 | E: press@westfieldcc.org.uk',
    '© Westfield Cycling Club 2024',
  ].join('\n\n');
  const release = doc(body, { title: 'Cycling club welcomes new lanes', kind: 'other' });

  it('GIVEN ENDS THEN everything after it is furniture, and a subheading stays a heading', () => {
    expect(unitsOf(release)).toEqual([
      ['Cycling club welcomes new lanes', 'heading'],
      [
        'Westfield Cycling Club has welcomed the council’s decision to build protected cycle lanes on Mill Lane and the ring road, after a three-year campaign by its members.',
        'body',
      ],
      ['“This will save lives,” said club secretary Ann Byrne.', 'body'],
      ['What the lanes will change', 'heading'],
      ['The first section opens in June.', 'body'],
      [
        '1. Westfield Cycling Club was founded in 1974 and has 640 members.',
        'furniture: notes to editors',
      ],
    ]);
  });
});

describe('a radio transcript', () => {
  it('GIVEN labelled lines and a bracketed note THEN the lines are body and the note is furniture', () => {
    const body = [
      'Westfield FM | Listen Live | Shows | News',
      'PRESENTER: Good morning.',
      'SAM ORTIZ: Morning, Kev.',
      'Q: What happens next?',
      '[ADVERT BREAK]',
      'CALLER (JANET): I agree with every word.',
      'Listen again on the Westfield FM app.',
    ].join('\n\n');
    expect(unitsOf(doc(body, { kind: 'transcript' }))).toEqual([
      ['PRESENTER: Good morning.', 'body'],
      ['SAM ORTIZ: Morning, Kev.', 'body'],
      ['Q: What happens next?', 'body'],
      ['CALLER (JANET): I agree with every word.', 'body'],
    ]);
  });
});

describe('block quotations', () => {
  it('GIVEN a dash attribution line in the quotation’s block THEN it is a unit of its own', () => {
    const body =
      'Residents spoke at the meeting.\n\n“We were never asked.”\n– Ann Byrne, Mill Lane Residents\n\nThe vote was 7 to 2.';
    expect(unitsOf(doc(body))).toEqual([
      ['Residents spoke at the meeting.', 'body'],
      ['“We were never asked.”', 'body'],
      ['– Ann Byrne, Mill Lane Residents', 'heading'],
      ['The vote was 7 to 2.', 'body'],
    ]);
  });
});

const FACEBOOK = [
  'Helen Ward',
  '2.1K followers • 340 following',
  'Leader of the opposition, Westfield Council. Mum of two.',
  'Helen Ward',
  '2 March at 18:04 ·',
  'Free buses are great. Paying for them by cutting the youth service is not.',
  '👍 You and 212 others',
  '48 comments 17 shares',
  'Like',
  'Comment',
  'Share',
  'Most relevant',
  'Tom Price',
  'Totally agree Helen',
  '1h Like Reply',
  'Jane Okoro',
  'Where is your plan then?',
  '2h Like Reply',
  'View more comments',
  'Helen Ward',
  '1 March at 09:12 ·',
  'Out in Earlsdon this morning',
].join('\n\n');

describe('a Facebook-style page', () => {
  const page = doc(FACEBOOK, { title: 'Helen Ward | Facebook', kind: 'social' });

  it('GIVEN a name over a date line THEN it is a post header, and the text under it is the post', () => {
    const { posts, units } = classifyUnits(page);
    expect(posts.map((p) => [p.name, p.handle, p.dateText])).toEqual([
      ['Helen Ward', null, '2 March at 18:04'],
      ['Helen Ward', null, '1 March at 09:12'],
    ]);
    expect(
      units.filter((u) => u.post !== null).map((u) => [FACEBOOK.slice(u.start, u.end), u.post]),
    ).toEqual([
      ['Free buses are great. Paying for them by cutting the youth service is not.', 0],
      ['Out in Earlsdon this morning', 1],
    ]);
  });

  it('GIVEN comments with a name above and an action row below THEN each is a comment by that name', () => {
    const { comments, units, classes } = classifyUnits(page);
    expect(comments.map((c) => c.name)).toEqual(['Tom Price', 'Jane Okoro']);
    expect(
      units
        .map((u, i) => [FACEBOOK.slice(u.start, u.end), classes[i]!.type, u.comment])
        .filter(([, type]) => type === 'comment'),
    ).toEqual([
      ['Totally agree Helen', 'comment', 0],
      ['Where is your plan then?', 'comment', 1],
    ]);
    expect(unitsOf(page).at(-1)).toEqual(['Out in Earlsdon this morning', 'body']);
  });
});

describe('posts and boxes inside articles', () => {
  it('GIVEN a post embedded in an article THEN the post ends at its counts and the article goes on', () => {
    const body = [
      'In a post on X, she wrote:',
      'Sam Ortiz @samortiz · Jun 12',
      'We never said it would be quick. We said it would be done properly.',
      '3 replies 12 Reposts 48 Likes',
      'The post was shared more than a thousand times.',
    ].join('\n\n');
    const { units } = classifyUnits(doc(body));
    expect(units.map((u) => [body.slice(u.start, u.end), u.post])).toEqual([
      ['In a post on X, she wrote:', null],
      ['We never said it would be quick. We said it would be done properly.', 0],
      ['The post was shared more than a thousand times.', null],
    ]);
  });

  it('GIVEN "Reposted by" above a post header THEN the post is a repost by that account', () => {
    const body =
      'Reposted by Sam Ortiz\nPat Lee @patlee77 · Jun 11\nThe bridge reopens on Monday\n2 Reposts 9 Likes';
    const { posts } = classifyUnits(doc(body, { kind: 'social' }));
    expect(posts.map((p) => [p.name, p.isRepost, p.repostedBy])).toEqual([
      ['Pat Lee', true, 'Sam Ortiz'],
    ]);
  });

  it('GIVEN a newsletter box in one block THEN its blurb and small print are furniture too', () => {
    const body = [
      'The council voted to close the bridge for nine months, starting in July.',
      'Sign up to the Morning Brief\nFree daily newsletter\nOur morning email tells you what is happening and why it matters.\nafter newsletter promotion',
      'The works will cost £4m.',
    ].join('\n\n');
    expect(unitsOf(doc(body))).toEqual([
      ['The council voted to close the bridge for nine months, starting in July.', 'body'],
      ['The works will cost £4m.', 'body'],
    ]);
  });
});

describe('prose among furniture', () => {
  it('GIVEN a short quoted sentence between a byline and a share row THEN it stays quotable', () => {
    const body = [
      'Depot to be sold',
      'By Sam Ortiz, Local Democracy Reporter',
      '“We will not back down.”',
      'Share this article',
      'Facebook Twitter WhatsApp Email',
    ].join('\n\n');
    expect(unitsOf(doc(body, { title: 'Depot to be sold' }))).toEqual([
      ['Depot to be sold', 'heading'],
      ['“We will not back down.”', 'body'],
    ]);
  });
});
