/** Table tests for the small parts of ingestion: addresses, dates, names, text decoding, cues. */
import { describe, expect, it } from 'vitest';
import { nonPublicRange } from '../../src/ingest/address-policy.js';
import { decodeText } from '../../src/core/corpus/decode-text.js';
import { chooseId, clipTitle, slugify } from '../../src/ingest/document-names.js';
import { urlKey } from '../../src/ingest/existing-corpus.js';
import { titleFromName } from '../../src/ingest/extract.js';
import { toPartialDate } from '../../src/ingest/published-date.js';
import { extractHtml } from '../../src/ingest/html-article.js';
import { extractSubtitles } from '../../src/ingest/subtitles.js';

describe('addresses a fetch may not reach', () => {
  it.each([
    ['127.0.0.1', 'a loopback address'],
    ['127.8.9.10', 'a loopback address'],
    ['::1', 'a loopback address'],
    ['10.1.2.3', 'a private address'],
    ['172.16.0.1', 'a private address'],
    ['172.31.255.254', 'a private address'],
    ['192.168.1.20', 'a private address'],
    ['100.64.0.1', 'a carrier-grade NAT address'],
    ['100.127.255.255', 'a carrier-grade NAT address'],
    ['169.254.169.254', 'a link-local address'],
    ['fe80::1', 'a link-local address'],
    ['fd12:3456:789a::1', 'a unique-local address'],
    ['fc00::1', 'a unique-local address'],
    ['0.0.0.0', 'an unspecified address'],
    ['::', 'an unspecified address'],
    ['224.0.0.251', 'a multicast address'],
    ['::ffff:127.0.0.1', 'a loopback address'],
    ['::ffff:7f00:1', 'a loopback address'],
    ['::ffff:10.0.0.1', 'a private address'],
    ['8.8.8.8', null],
    ['172.32.0.1', null],
    ['100.128.0.1', null],
    ['2606:4700:4700::1111', null],
    ['::ffff:8.8.8.8', null],
  ])('GIVEN %s THEN it is %s', (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });
});

describe('publication dates at the precision given', () => {
  it.each([
    ['2024-03-05T18:30:00+00:00', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024-03', '2024-03'],
    ['2024', '2024'],
    ['20240305T120000Z', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['March 2024', '2024-03'],
    ['2024-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('GIVEN "%s" THEN %s', (text, date) => {
    expect(toPartialDate(text)).toBe(date);
  });
});

describe('titles and ids', () => {
  it.each([
    ['Council approves bus depot on gasworks site', 'council-approves-bus-depot-on-gasworks-site'],
    ['Te Awaroa: Ōtaki café reopens — “at last”', 'te-awaroa-otaki-cafe-reopens-at-last'],
    [
      'A very long headline about the council and its buses that goes on well past sixty characters',
      'a-very-long-headline-about-the-council-and-its-buses-that',
    ],
    ['Протокол заседания', ''],
  ])('GIVEN the title "%s" THEN the slug is "%s"', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('GIVEN an id already taken THEN a numbered suffix; GIVEN no letters to slug THEN kind and a hash of the text', () => {
    const taken = new Set(['town-hall', 'town-hall-2']);
    expect(chooseId('Town hall', 'transcript', 'x', (id) => taken.has(id))).toBe('town-hall-3');
    expect(chooseId('Протокол', 'transcript', 'text', () => false)).toMatch(
      /^transcript-[0-9a-f]{8}$/,
    );
  });

  it('GIVEN a long title THEN it is cut at a word with an ellipsis', () => {
    expect(clipTitle('one two three four five', 12)).toBe('one two…');
  });

  it.each([
    ['town-hall_2024-03-04.vtt', 'Town hall 2024-03-04'],
    ['depot-interview.srt', 'Depot interview'],
    ['.srt', 'Untitled'],
  ])('GIVEN the file name %s THEN the title is "%s"', (name, title) => {
    expect(titleFromName(name)).toBe(title);
  });
});

describe('one address however it is written', () => {
  it('GIVEN the same page with www, a trailing slash, a fragment and tracking parameters THEN one key', () => {
    const key = urlKey('https://example.org/news/depot');
    expect(urlKey('http://WWW.example.org/news/depot/?utm_source=x&fbclid=y#comments')).toBe(key);
    expect(urlKey('https://example.org/news/depot?page=2')).not.toBe(key);
    expect(urlKey('mailto:x@example.org')).toBeNull();
  });
});

describe('text in any encoding', () => {
  it.each([
    ['UTF-8', Buffer.from('Café “quoted”', 'utf8'), 'Café “quoted”', 'utf-8'],
    [
      'UTF-8 with a BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café')]),
      'Café',
      'utf-8',
    ],
    [
      'UTF-16 LE with a BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café', 'utf16le')]),
      'Café',
      'utf-16le',
    ],
    [
      'Latin-1',
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]),
      'Café “q”',
      'windows-1252',
    ],
  ])('GIVEN %s THEN it decodes', (_, bytes, text, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding });
  });

  it('GIVEN bytes with NULs THEN a binary file, refused', () => {
    expect(decodeText(Buffer.from([0x4d, 0x5a, 0x00, 0x01]))).toEqual({
      ok: false,
      reason: 'a binary file, not text',
    });
  });
});

describe('subtitle cues', () => {
  it('GIVEN rolling captions that repeat the line before THEN each line is kept once', () => {
    const vtt = `WEBVTT

00:00:01.000 --> 00:00:02.000
the depot is going

00:00:02.000 --> 00:00:03.000
the depot is going
ahead this year

00:00:03.000 --> 00:00:04.000
ahead this year
and the park stays
`;
    const result = extractSubtitles(vtt, 'captions.vtt', 'Captions');
    expect(result.ok && result.documents[0]!.body).toBe(
      '[00:00:01]\nthe depot is going ahead this year and the park stays\n',
    );
  });

  it('GIVEN a pause of two seconds or more THEN a new paragraph at its own time', () => {
    const srt = `1
00:01:00,000 --> 00:01:02,000
First thought.

2
00:01:05,000 --> 00:01:06,000
Second thought.
`;
    const result = extractSubtitles(srt, 's.srt', 'S');
    expect(result.ok && result.documents[0]!.body).toBe(
      '[00:01:00]\nFirst thought.\n\n[00:01:05]\nSecond thought.\n',
    );
  });

  it('GIVEN subtitles with no cue text THEN a reason', () => {
    expect(extractSubtitles('WEBVTT\n\n', 'e.vtt', 'E')).toEqual({
      ok: false,
      reason: 'the subtitles hold no cue with text',
    });
  });
});

describe('comment sections', () => {
  it('GIVEN a "12 comments" link above the article and the section below THEN the section is found, and a comment with no marked text keeps its paragraphs only', () => {
    const html = `<html><body><header><a class="comments" href="#comments">12 comments</a></header>
<article><p>The depot vote went the council's way on Monday, seven votes to four, after three hours.</p></article>
<section id="comments"><h3>12 comments</h3>
<div class="comment"><span class="comment-author">Jo Ames</span><time>2 days ago</time><p>I agree with every word of this piece.</p><a class="reply">Reply</a></div>
</section></body></html>`;
    const result = extractHtml(html, 'page.html', null);
    expect(result.ok && result.documents[0]!.body).toBe(
      [
        "The depot vote went the council's way on Monday, seven votes to four, after three hours.",
        '12 comments',
        'Jo Ames says:\n2 days ago',
        'I agree with every word of this piece.',
      ].join('\n\n') + '\n',
    );
  });
});
