/**
 * A PDF transcript and SRT and WebVTT subtitles end to end: the written front matter and body
 * field by field, the loader reading them, /quote finding each speaker's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/index.js';
import { ingest, type IngestResult } from '../../src/ingest/index.js';
import { cleanUp, firstQuote, fixture, loadWritten, readWritten, tempCorpus } from './helpers.js';

let dir: string;
let result: IngestResult;
let corpus: Corpus;

beforeAll(async () => {
  dir = await tempCorpus();
  result = await ingest(
    [fixture('transcript.pdf'), fixture('depot-interview.srt'), fixture('town-hall.vtt')],
    { corpusDir: dir },
  );
  corpus = await loadWritten(dir);
});
afterAll(() => cleanUp(dir));

describe('transcripts and subtitles', () => {
  it('GIVEN a PDF, an SRT and a VTT THEN each is one transcript document, read by the loader without a problem', () => {
    expect(result).toEqual({
      added: [
        {
          id: 'planning-committee-transcript-4-march-2024',
          file: 'planning-committee-transcript-4-march-2024.md',
          title: 'Planning Committee transcript, 4 March 2024',
          publisher: null,
          author: 'Riverside Borough Council',
          published: null,
          url: null,
          kind: 'transcript',
        },
        {
          id: 'depot-interview',
          file: 'depot-interview.md',
          title: 'Depot interview',
          publisher: null,
          author: null,
          published: null,
          url: null,
          kind: 'transcript',
        },
        {
          id: 'town-hall',
          file: 'town-hall.md',
          title: 'Town hall',
          publisher: null,
          author: null,
          published: null,
          url: null,
          kind: 'transcript',
        },
      ],
      skipped: [],
    });
    expect(corpus.issues).toEqual([]);
  });

  it('GIVEN a three-page PDF transcript THEN the running header, the footer and the page numbers are gone, NAME: labels open their paragraphs, and the answer broken by a page runs on', async () => {
    const { fields, body } = await readWritten(
      dir,
      'planning-committee-transcript-4-march-2024.md',
    );
    expect(fields).toEqual({
      id: 'planning-committee-transcript-4-march-2024',
      title: 'Planning Committee transcript, 4 March 2024',
      author: 'Riverside Borough Council',
      kind: 'transcript',
    });
    expect(body).toBe(
      [
        'Planning Committee, 4 March 2024',
        'CHAIR: Item four is the application for the bus depot on the old gasworks site. I call Councillor Okafor to open.',
        'MAYA OKAFOR: Thank you, Chair. The buses on the east side have nowhere to sleep at night, so they run empty across the river twice a day. We will build the depot on the gasworks site, and we will start before the end of this year.',
        'TOM REID: The site is contaminated. Who pays for the clean-up?',
        'MAYA OKAFOR: The clean-up is funded by the remediation grant we won last autumn, every penny of it. Not one pound comes out of the council tax.',
        'TOM REID: Residents on Gas Lane have been promised a park on that land for ten years.',
        'MAYA OKAFOR: And they will have one. A third of the site stays green, and the depot roof carries the solar panels that run the charging bays.',
        'CHAIR: Thank you both. We will take the vote after the break.',
      ].join('\n\n') + '\n',
    );
    const source = 'planning-committee-transcript-4-march-2024';
    const okafor = await firstQuote(corpus, 'remediation grant every penny', source);
    expect([okafor.speaker, okafor.role]).toEqual(['Maya Okafor', 'subject']);
    const reid = await firstQuote(corpus, 'promised a park ten years', source);
    expect(reid.speaker).toBe('Tom Reid');
    const acrossPages = await firstQuote(corpus, 'solar panels charging bays', source);
    expect(acrossPages.text).toContain('the depot roof carries the solar panels');
  });

  it('GIVEN SRT subtitles THEN cues join into paragraphs under their start times, NAME: openings are labels, a dash starts a new turn and [Applause] is left out', async () => {
    const { fields, body } = await readWritten(dir, 'depot-interview.md');
    expect(fields).toEqual({ id: 'depot-interview', title: 'Depot interview', kind: 'transcript' });
    expect(body).toBe(
      [
        '[00:00:01]\nMAYA OKAFOR: The depot is not a luxury. It is where the night buses sleep. Without it the 44 runs empty across the river twice a day.',
        '[00:00:11]\nAnd the clean-up?',
        '[00:00:11]\nPaid for by the remediation grant.',
        '[00:00:16]\nTOM REID: Residents on Gas Lane were promised a park on that land.',
      ].join('\n\n') + '\n',
    );
    const okafor = await firstQuote(corpus, 'where the night buses sleep', 'depot-interview');
    expect([okafor.speaker, okafor.text]).toEqual([
      'Maya Okafor',
      'The depot is not a luxury. It is where the night buses sleep. Without it the 44 runs empty across the river twice a day.',
    ]);
    const reid = await firstQuote(corpus, 'promised a park', 'depot-interview');
    expect(reid.speaker).toBe('Tom Reid');
  });

  it('GIVEN WebVTT with voice tags THEN <v Name> is a label, each change of voice a new paragraph (two voices in one cue too), tags and entities are text, and the timestamps stay', async () => {
    const { fields, body } = await readWritten(dir, 'town-hall.md');
    expect(fields).toEqual({ id: 'town-hall', title: 'Town hall', kind: 'transcript' });
    expect(body).toBe(
      [
        '[00:00:02]\nMaya Okafor: Thank you all for coming out on a wet Tuesday night. A third of the site stays green, and that is a promise.',
        '[00:00:12]\nTom Reid: Who will pay for the park & its upkeep?',
        "[00:00:15]\nMaya Okafor: The depot's solar roof pays for the upkeep.",
        '[00:00:15]\nTom Reid: I will believe that when I see it.',
        '[00:01:23]\nMaya Okafor: Fences go up on the first of April.',
      ].join('\n\n') + '\n',
    );
    const reid = await firstQuote(corpus, 'believe that when I see it', 'town-hall');
    expect([reid.speaker, reid.text]).toEqual(['Tom Reid', 'I will believe that when I see it.']);
    const okafor = await firstQuote(corpus, 'fences first of April', 'town-hall');
    expect([okafor.speaker, okafor.text]).toEqual([
      'Maya Okafor',
      'Fences go up on the first of April.',
    ]);
  });
});
