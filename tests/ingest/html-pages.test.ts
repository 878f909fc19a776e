/**
 * Saved web pages end to end: `ingest` writes each as a corpus document (front matter and body
 * checked field by field), the project's loader reads the folder without a complaint, and /quote
 * finds a quote from each with its speaker.
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
    [
      fixture('article-jsonld.html'),
      fixture('article-opengraph.html'),
      fixture('blog-comments.html'),
    ],
    { corpusDir: dir },
  );
  corpus = await loadWritten(dir);
});
afterAll(() => cleanUp(dir));

describe('saved web pages', () => {
  it('GIVEN three saved pages THEN three documents are added, nothing skipped, and the loader reads them without a problem', () => {
    expect(result.skipped).toEqual([]);
    expect(result.added.map((a) => a.file)).toEqual([
      'council-approves-bus-depot-on-gasworks-site.md',
      'why-the-night-buses-matter.md',
      'depot-vote-what-happens-next.md',
    ]);
    expect(corpus.issues).toEqual([]);
    expect([...corpus.documents.keys()].sort()).toEqual([
      'council-approves-bus-depot-on-gasworks-site',
      'depot-vote-what-happens-next',
      'why-the-night-buses-matter',
    ]);
  });

  it('GIVEN a page with JSON-LD in an @graph THEN its headline, author and publisher (by @id), date and address are the metadata, over Open Graph', async () => {
    const { fields, body } = await readWritten(
      dir,
      'council-approves-bus-depot-on-gasworks-site.md',
    );
    expect(fields).toEqual({
      id: 'council-approves-bus-depot-on-gasworks-site',
      title: 'Council approves bus depot on gasworks site',
      publisher: 'Riverside Chronicle',
      author: 'Sinéad Walsh',
      url: 'https://riverside-chronicle.example/news/2024/03/05/bus-depot-approved',
      published: '2024-03-05',
      kind: 'article',
    });
    expect(body).toBe(
      [
        "Riverside Borough Council has approved a new bus depot on the old gasworks site off Gas Lane, ending a six-year search for somewhere to park the east side's night buses.",
        'The planning committee voted seven to four on Monday evening after a debate that ran for almost three hours.',
        "“We will build the depot on the gasworks site, and we will start before the end of this year,” said Councillor Maya Okafor, who chairs the council's transport board.",
        'The clean-up of the contaminated land will be paid for by a remediation grant the council won last autumn. Okafor said not one pound would come out of the council tax.',
        'Tom Reid, who leads the opposition group, said the costs of the clean-up had been underestimated. “Residents on Gas Lane were promised a park on that land, and they are getting a car park for buses,” he said.',
        '> “A third of the site stays green, and the depot roof carries the solar panels that run the charging bays.”',
        '— Maya Okafor, chair of the transport board',
        'Work on the site is expected to begin in the autumn, subject to the remediation survey.',
      ].join('\n\n') + '\n',
    );
  });

  it('GIVEN the JSON-LD article THEN /quote finds each speaker’s words: the councillor, the opposition leader, and the block quote by its attribution line', async () => {
    const source = 'council-approves-bus-depot-on-gasworks-site';
    const okafor = await firstQuote(corpus, 'start before the end of this year', source);
    expect([okafor.text, okafor.speaker, okafor.role]).toEqual([
      'We will build the depot on the gasworks site, and we will start before the end of this year',
      'Maya Okafor',
      'subject',
    ]);
    const reid = await firstQuote(corpus, 'car park for buses', source);
    expect([reid.speaker, reid.role]).toEqual(['Tom Reid', 'quoted']);
    const block = await firstQuote(corpus, 'solar panels charging bays', source);
    expect([block.speaker, block.source.publisher, block.source.published]).toEqual([
      'Maya Okafor',
      'Riverside Chronicle',
      '2024-03-05',
    ]);
  });

  it('GIVEN a page with only Open Graph and article:* tags THEN they give the metadata, and the Opinion section makes it an op-ed', async () => {
    const { fields, body } = await readWritten(dir, 'why-the-night-buses-matter.md');
    expect(fields).toEqual({
      id: 'why-the-night-buses-matter',
      title: 'Why the night buses matter',
      publisher: 'The Eastside Voice',
      author: 'Priya Raman',
      url: 'https://eastside-voice.example/opinion/why-the-night-buses-matter',
      published: '2024-02-11',
      kind: 'op-ed',
    });
    expect(body).toBe(
      [
        'I have taken the 44 home from the hospital at two in the morning for eleven years, and I have never once seen it empty.',
        'The people on it are cleaners, porters, nurses and kitchen staff, and none of them can afford a taxi across the river at that hour.',
        '“The 44 is the only way I get to work,” said Dan Hollis, a hospital porter who has ridden it since 2015. “If it goes, I go.”',
        'I think the council is right to build the depot. Without it the night service will be cut within two years, and the people who keep this city running will be left standing at the stop.',
        'What happens next',
        'The planning committee meets again in April. I hope every councillor who votes on the depot rides the 44 once before they do.',
      ].join('\n\n') + '\n',
    );
    const porter = await firstQuote(corpus, 'only way I get to work', 'why-the-night-buses-matter');
    expect([porter.text, porter.speaker]).toEqual([
      'The 44 is the only way I get to work',
      'Dan Hollis',
    ]);
    const writer = await firstQuote(
      corpus,
      'right to build the depot',
      'why-the-night-buses-matter',
    );
    expect([writer.speaker, writer.role]).toEqual(['Priya Raman', 'author']);
  });

  it('GIVEN a blog post with a comment section THEN the meta author, <time> and canonical link are the metadata, and the comments follow the post under their heading, each under "Name says:" and its time', async () => {
    const { fields, body } = await readWritten(dir, 'depot-vote-what-happens-next.md');
    expect(fields).toEqual({
      id: 'depot-vote-what-happens-next',
      title: 'Depot vote: what happens next',
      publisher: 'gaslanediary.example',
      author: 'Phil Dunmore',
      url: 'https://gaslanediary.example/2024/03/depot-vote/',
      published: '2024-03-06',
      kind: 'article',
    });
    expect(body).toBe(
      [
        'Posted on 6 March 2024 by Phil Dunmore',
        'So the depot is going ahead. The committee voted seven to four on Monday, and the remediation survey starts next month.',
        'I went along to the meeting, mostly to hear what would happen to the strip of land behind the allotments. The answer is that a third of the site stays green, which is more than I expected.',
        'What nobody could tell me is when the fences go up. If you hear anything, leave a comment.',
        '2 thoughts on “Depot vote: what happens next”',
        'Kiri Te Aho says:\n6 March 2024 at 8:12 pm',
        'The fences go up on the first of April. My cousin drives the survey truck and he starts that Monday.',
        'Ross Mabey says:\n6 March 2024 at 9:47 pm',
        'Good to know. I just hope the allotments keep their water tap through all of it.',
      ].join('\n\n') + '\n',
    );
  });

  it('GIVEN the blog post THEN /quote gives a comment to its commenter (a reply too) and the post to its author', async () => {
    const source = 'depot-vote-what-happens-next';
    const kiri = await firstQuote(corpus, 'cousin drives the survey truck', source);
    expect([kiri.speaker, kiri.role]).toEqual(['Kiri Te Aho', 'commenter']);
    const ross = await firstQuote(corpus, 'allotments water tap', source);
    expect([ross.speaker, ross.role]).toEqual(['Ross Mabey', 'commenter']);
    const phil = await firstQuote(corpus, 'strip of land behind the allotments', source);
    expect([phil.speaker, phil.role]).toEqual(['Phil Dunmore', 'author']);
  });
});
