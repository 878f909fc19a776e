/**
 * The corpus snapshot: keyed by a hash of the corpus files; an unchanged corpus loads from it and
 * equals the corpus built from the files; a stale or corrupt snapshot is rebuilt, never trusted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFile, cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { loadCorpus, type Corpus } from '../../src/core/index.js';
import { createLogger } from '../../src/logger.js';
import { createHash } from 'node:crypto';
import { CODE_FOLDERS, corpusKey, hashCode } from '../../src/core/library/corpus-key.js';
import { extractTimeline } from '../../src/core/timeline/extract-events.js';
import { readSnapshot, snapshotPath, writeSnapshot } from '../../src/core/library/snapshot.js';
import { Scheduler } from '../../src/core/schedule/index.js';
import { buildIndexData, searchablePassages } from '../../src/core/search/index-data.js';
import { QUALITY_QUERIES } from '../fixtures/quality-queries.js';

let work: string;
let seedsCopy: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'verbatim-snapshot-'));
  seedsCopy = path.join(work, 'seeds');
  await cp('seeds', seedsCopy, { recursive: true });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Loads with a logger whose lines are kept: which source the corpus came from, and why. */
async function load(dir: string, cacheDir: string) {
  const lines: { msg: string; from?: string; reason?: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  const corpus = await loadCorpus(dir, { logger: createLogger('info', sink), cacheDir });
  return {
    corpus,
    from: lines.find((l) => l.msg === 'corpus loaded')?.from,
    rebuildReason: lines.find((l) => l.msg === 'rebuilding corpus snapshot')?.reason ?? null,
  };
}

/** What a user can observe of a corpus: data, and the answers to the quality queries. */
function observable(c: Corpus) {
  return {
    profile: c.profile,
    issues: c.issues,
    documents: [...c.documents.values()],
    passages: [...c.passages.values()],
    speakers: c.speakers.all(),
    size: c.index.size,
    answers: QUALITY_QUERIES.map(([q]) =>
      c.index.search({ text: q }).hits.map((h) => ({
        id: h.passage.id,
        score: h.score,
        excerpt: { ...h.excerpt },
      })),
    ),
    candidates: c.index.candidates('Guaido was never elected to lead anything', 5).map((p) => p.id),
    timeline: { events: c.timeline.events, skipped: c.timeline.skipped },
  };
}

async function freshCopy(name: string): Promise<{ dir: string; cache: string }> {
  const dir = path.join(work, name);
  await cp('seeds', dir, { recursive: true });
  return { dir, cache: path.join(work, `${name}-cache`) };
}

describe('corpus snapshot', () => {
  it('GIVEN no snapshot THEN the corpus is built and saved; GIVEN the same files THEN it loads from the snapshot and answers the same', async () => {
    const cache = path.join(work, 'cache-same');
    const first = await load(seedsCopy, cache);
    const second = await load(seedsCopy, cache);
    const plain = await loadCorpus(seedsCopy, { logger: createLogger('silent') });
    expect([first.from, first.rebuildReason, second.from]).toEqual([
      'files',
      'missing',
      'snapshot',
    ]);
    expect(observable(second.corpus)).toEqual(observable(plain));
    expect(observable(first.corpus)).toEqual(observable(plain));
  });

  it('GIVEN a corpus loaded from its snapshot THEN its events and skipped expressions equal a fresh extraction, and there are some', async () => {
    const cache = path.join(work, 'cache-events');
    await load(seedsCopy, cache);
    const second = await load(seedsCopy, cache);
    const fresh = extractTimeline(second.corpus.documents.values());
    expect(second.from).toBe('snapshot');
    expect(fresh.events.length).toBeGreaterThan(20);
    expect(fresh.skipped.length).toBeGreaterThan(0);
    expect({
      events: second.corpus.timeline.events,
      skipped: second.corpus.timeline.skipped,
    }).toEqual(fresh);
  });

  it.each([
    [
      'a document edited',
      (dir: string) => appendFile(path.join(dir, '003_f4d72a128563de51.md'), '\nA new line.\n'),
      true,
    ],
    [
      'the corpus file edited',
      (dir: string) => appendFile(path.join(dir, 'corpus.yaml'), '\n# note\n'),
      true,
    ],
    [
      'a document added',
      (dir: string) => writeFile(path.join(dir, 'new.txt'), 'Some new words.'),
      true,
    ],
    [
      'a document renamed',
      (dir: string) => rename(path.join(dir, '004_219d023ce3036e50.md'), path.join(dir, '005.md')),
      true,
    ],
    ['a hidden file added', (dir: string) => writeFile(path.join(dir, '.notes'), 'x'), false],
    [
      'an underscore file added',
      (dir: string) => writeFile(path.join(dir, '_draft.md'), 'x'),
      false,
    ],
  ])('GIVEN %s THEN the key changes: %s', async (name, change, changes) => {
    const { dir } = await freshCopy(`key-${name.replace(/\W+/g, '-')}`);
    const before = await corpusKey(dir);
    await change(dir);
    expect({ same: (await corpusKey(dir)) === before, changes }).toEqual({
      same: !changes,
      changes,
    });
  });

  it('GIVEN the date rules changed THEN the code part of the key changes (the timeline folder is hashed)', async () => {
    const core = path.join(work, 'core-copy');
    for (const folder of CODE_FOLDERS)
      await cp(path.join('src/core', folder), path.join(core, folder), { recursive: true });
    const before = await hashCode(core);
    await appendFile(path.join(core, 'timeline', 'date-rules.ts'), '\n// a new rule\n');
    expect(CODE_FOLDERS).toContain('timeline');
    expect(await hashCode(core)).not.toBe(before);
  });

  it('GIVEN the same files in two folders THEN the key is the same', async () => {
    const a = await freshCopy('twin-a');
    const b = await freshCopy('twin-b');
    expect(await corpusKey(a.dir)).toBe(await corpusKey(b.dir));
  });

  it('GIVEN a document changed after the snapshot THEN the snapshot is stale, rebuilt, and the new words are found', async () => {
    const { dir, cache } = await freshCopy('stale');
    await load(dir, cache);
    const file = path.join(dir, '000_81ce10ae56e5f3ff.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Crossroads Women', 'Zanzibar Lighthouse'));
    const again = await load(dir, cache);
    const third = await load(dir, cache);
    expect([again.from, again.rebuildReason, third.from]).toEqual(['files', 'stale', 'snapshot']);
    const found = third.corpus.index.search({ text: 'zanzibar lighthouse' }).hits;
    expect(found.map((h) => h.passage.text.slice(0, 60))).toEqual([
      "Excellent visit to the Zanzibar Lighthouse's Centre in Camde",
    ]);
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 100)],
    ['one payload byte flipped', (b: Buffer) => flip(b, b.length - 5000)],
    ['the header damaged', (b: Buffer) => flip(b, 30)],
    ['not a snapshot at all', () => Buffer.from('hello')],
    ['empty', () => Buffer.alloc(0)],
  ])('GIVEN a snapshot %s THEN it is rebuilt, not trusted, and rewritten', async (name, damage) => {
    const { dir, cache } = await freshCopy(`corrupt-${name.replace(/\W+/g, '-')}`);
    const built = await load(dir, cache);
    const file = snapshotPath(cache, dir);
    await writeFile(file, damage(await readFile(file)));
    const again = await load(dir, cache);
    const third = await load(dir, cache);
    expect([again.from, again.rebuildReason, third.from]).toEqual(['files', 'corrupt', 'snapshot']);
    expect(observable(again.corpus)).toEqual(observable(built.corpus));
  });

  it('GIVEN a snapshot with a valid checksum but postings naming a passage that does not exist THEN it is corrupt', async () => {
    const corpus = await loadCorpus(seedsCopy, { logger: createLogger('silent') });
    const index = buildIndexData(searchablePassages(corpus.passages.values()));
    index.fields[0]!.docs[0] = 10_000;
    const file = path.join(work, 'bad-postings.snapshot');
    const key = await corpusKey(seedsCopy);
    await writeSnapshot(
      file,
      key,
      {
        profile: corpus.profile,
        issues: [...corpus.issues],
        documents: new Map(corpus.documents),
        passages: new Map(corpus.passages),
        timeline: corpus.timeline,
        index,
      },
      new Scheduler(),
    );
    const read = await readSnapshot(file, key, new Scheduler());
    expect(read.ok ? 'ok' : [read.reason, read.detail]).toEqual([
      'corrupt',
      'field 0: bad postings',
    ]);
  });

  it.each([
    [
      'an event naming a passage that does not exist',
      (t: string) => t.replace(/\[\["q/, '[["z'),
      /^timeline: telling in z\w+ does not fit its passage$/,
    ],
    [
      'a telling cut off',
      (t: string) => t.replace(/,"[^"]*"\]\]\]/, ']]]'),
      /^timeline: bad telling$/,
    ],
    ['an event line missing', (t: string) => t.replace(/\n[^\n]*/, ''), /^timeline: bad event$/],
    ['a line that is not JSON', (t: string) => t.replace(/\n\[/, '\n{'), /JSON/],
  ])(
    'GIVEN a timeline section with %s under a valid checksum THEN the snapshot is corrupt, rebuilt and rewritten',
    async (name, damage, detail) => {
      const { dir, cache } = await freshCopy(`timeline-${name.replace(/\W+/g, '-')}`);
      const built = await load(dir, cache);
      const file = snapshotPath(cache, dir);
      const before = await readFile(file);
      const damaged = resealed(before, 'timeline', damage);
      expect(damaged.equals(before)).toBe(false);
      await writeFile(file, damaged);
      const read = await readSnapshot(file, await corpusKey(dir), new Scheduler());
      expect(read.ok ? 'ok' : [read.reason, read.detail]).toEqual([
        'corrupt',
        expect.stringMatching(detail),
      ]);
      const again = await load(dir, cache);
      const third = await load(dir, cache);
      expect([again.from, again.rebuildReason, third.from]).toEqual([
        'files',
        'corrupt',
        'snapshot',
      ]);
      expect(observable(third.corpus)).toEqual(observable(built.corpus));
    },
  );

  it.each([
    ['missing', 'no-such.snapshot', 'missing'],
    ['written for another key', 'other-key.snapshot', 'stale'],
  ])('GIVEN a snapshot %s THEN reading says so', async (_name, fileName, reason) => {
    const file = path.join(work, fileName);
    if (reason === 'stale') {
      const corpus = await loadCorpus(seedsCopy, { logger: createLogger('silent') });
      await writeSnapshot(
        file,
        'another key',
        {
          profile: corpus.profile,
          issues: [...corpus.issues],
          documents: new Map(corpus.documents),
          passages: new Map(corpus.passages),
          timeline: corpus.timeline,
          index: buildIndexData(searchablePassages(corpus.passages.values())),
        },
        new Scheduler(),
      );
    }
    const read = await readSnapshot(file, await corpusKey(seedsCopy), new Scheduler());
    expect(read.ok ? 'ok' : read.reason).toBe(reason);
  });
});

/**
 * The snapshot with one section's text changed and the payload's checksum, offsets and header
 * written to match: damage only the decoder's checks can catch.
 */
function resealed(file: Buffer, name: string, change: (text: string) => string): Buffer {
  const PAYLOAD_START = 24;
  const headerLength = file.readUInt32LE(file.length - 8);
  const headerStart = file.length - 8 - headerLength;
  const header = JSON.parse(file.toString('utf8', headerStart, file.length - 8)) as {
    checksum: string;
    payloadBytes: number;
    sections: { name: string; offset: number; length: number }[];
  };
  const payload = file.subarray(PAYLOAD_START, headerStart);
  const target = header.sections.find((s) => s.name === name)!;
  const text = payload.toString('utf8', target.offset, target.offset + target.length);
  const changed = Buffer.from(change(text));
  // keep every later section 8-aligned: pad the change with spaces (JSON ignores them)
  const pad = (8 - ((changed.length - target.length) % 8) + 8) % 8;
  const replacement = Buffer.concat([changed, Buffer.alloc(pad, ' ')]);
  const shift = replacement.length - target.length;
  const newPayload = Buffer.concat([
    payload.subarray(0, target.offset),
    replacement,
    payload.subarray(target.offset + target.length),
  ]);
  header.sections = header.sections.map((s) =>
    s.name === name
      ? { ...s, length: replacement.length }
      : s.offset > target.offset
        ? { ...s, offset: s.offset + shift }
        : s,
  );
  header.payloadBytes = newPayload.length;
  header.checksum = createHash('sha256').update(newPayload).digest('hex');
  const headerBytes = Buffer.from(JSON.stringify(header));
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(headerBytes.length, 0);
  trailer.write('\nEND', 4, 'latin1');
  return Buffer.concat([file.subarray(0, PAYLOAD_START), newPayload, headerBytes, trailer]);
}

function flip(b: Buffer, at: number): Buffer {
  const copy = Buffer.from(b);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}
