/**
 * The corpus snapshot: the analysed documents, their passages, the dated events and the built
 * index in one file, so a restart with an unchanged corpus loads in a second instead of
 * re-analysing and re-reading every date. Layout: a magic line; the payload (the documents as
 * JSON lines, the timeline as JSON lines (snapshot-timeline.ts), the posting lists as raw typed
 * arrays, each section 8-aligned); a JSON header (format, key, SHA-256 of the payload, section table); the
 * header's length and an end mark. The header comes last so the payload streams to disk document
 * by document instead of being assembled in memory first. A snapshot whose key
 * differs is stale, one whose checksum or structure is wrong is corrupt: both are rebuilt, never
 * trusted. Loading parses in slices and yields between them, so the event loop stays free while
 * the platforms connect.
 */
import { createHash } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AnalysedDocument, CorpusIssue, CorpusProfile, Passage } from '../types.js';
import type { Scheduler } from '../schedule/index.js';
import { describeFsError } from '../corpus/index.js';
import type { IndexData } from '../search/index.js';
import type { Timeline } from '../timeline/index.js';
import { makeFolders } from './cache-dir.js';
import { SNAPSHOT_FORMAT } from './corpus-key.js';
import { decodeDocument, encodeDocument, type EncodedDocument } from './snapshot-documents.js';
import {
  checkIndexData,
  indexSections,
  rebuildIndexShape,
  type TypedSection,
} from './snapshot-index.js';
import {
  decodeTimeline,
  encodeEvent,
  encodeSkipped,
  SKIPPED_PER_LINE,
} from './snapshot-timeline.js';

const MAGIC = 'VERBATIM SNAPSHOT\n';
const PAYLOAD_START = 24;
const END = '\nEND';

export interface CorpusParts {
  profile: CorpusProfile;
  issues: CorpusIssue[];
  /** Documents by id, in file-name order. */
  documents: Map<string, AnalysedDocument>;
  /** Every passage by quote id, in document order. */
  passages: Map<string, Passage>;
  /** Dated events, oldest first, and the expressions skipped. */
  timeline: Timeline;
  index: IndexData;
}

export type SnapshotRead =
  | { ok: true; parts: CorpusParts; bytes: number }
  | { ok: false; reason: 'missing' | 'stale' | 'corrupt'; detail: string };

interface Header {
  format: number;
  key: string;
  checksum: string;
  payloadBytes: number;
  sections: { name: string; offset: number; length: number }[];
  averageLengths: number[];
}

/** One snapshot file per corpus folder (and quote id scope) inside the cache folder. */
export function snapshotPath(cacheDir: string, corpusDir: string, idScope = ''): string {
  const where = idScope ? `${path.resolve(corpusDir)}\u0000${idScope}` : path.resolve(corpusDir);
  const id = createHash('sha256').update(where).digest('hex').slice(0, 16);
  return path.join(cacheDir, `corpus-${id}.snapshot`);
}

/** Writes atomically (temporary file, then rename), streaming document by document; returns bytes. */
export async function writeSnapshot(
  file: string,
  key: string,
  parts: CorpusParts,
  scheduler: Scheduler,
): Promise<number> {
  await makeFolders(path.dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  // `wx` after removing a leftover: opening a named pipe left under that name would never return.
  await rm(tmp, { force: true });
  const handle = await open(tmp, 'wx');
  const checksum = createHash('sha256');
  const sections: Header['sections'] = [];
  let offset = 0;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tail = 0;
  const flush = async () => {
    for (const chunk of pending) await handle.write(chunk);
    pending = [];
    pendingBytes = 0;
  };
  /** Appends payload bytes (hashed); written out in batches of about a megabyte. */
  const put = async (chunk: Uint8Array) => {
    checksum.update(chunk);
    pending.push(chunk);
    pendingBytes += chunk.length;
    offset += chunk.length;
    if (pendingBytes >= 1 << 20) await flush();
  };
  const section = async (name: string, write: () => Promise<void>) => {
    const pad = (8 - (offset % 8)) % 8;
    if (pad) await put(new Uint8Array(pad));
    const start = offset;
    await write();
    sections.push({ name, offset: start, length: offset - start });
  };
  try {
    await handle.write(magicBytes());
    await section('corpus', async () => {
      await put(Buffer.from(JSON.stringify({ profile: parts.profile, issues: parts.issues })));
      for (const a of parts.documents.values()) {
        await put(Buffer.from(`\n${JSON.stringify(encodeDocument(a))}`));
        await scheduler.pause();
      }
    });
    await section('timeline', async () => {
      const { events, skipped } = parts.timeline;
      await put(Buffer.from(JSON.stringify({ events: events.length, skipped: skipped.length })));
      for (const e of events) {
        await put(Buffer.from(`\n${JSON.stringify(encodeEvent(e, parts))}`));
        await scheduler.pause();
      }
      for (let i = 0; i < skipped.length; i += SKIPPED_PER_LINE) {
        const line = skipped.slice(i, i + SKIPPED_PER_LINE).map((x) => encodeSkipped(x, parts));
        await put(Buffer.from(`\n${JSON.stringify(line)}`));
      }
    });
    const { terms, readable, sequences } = parts.index;
    await section('strings', () =>
      put(Buffer.from(JSON.stringify({ terms, readable, words: sequences.words }))),
    );
    for (const s of indexSections(parts.index))
      await section(s.name, () =>
        put(new Uint8Array(s.array.buffer, s.array.byteOffset, s.array.byteLength)),
      );
    const header: Header = {
      format: SNAPSHOT_FORMAT,
      key,
      checksum: checksum.digest('hex'),
      payloadBytes: offset,
      sections,
      averageLengths: parts.index.fields.map((f) => f.averageLength),
    };
    const headerBytes = Buffer.from(JSON.stringify(header));
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(headerBytes.length, 0);
    trailer.write(END, 4, 'latin1');
    pending.push(headerBytes, trailer);
    tail = headerBytes.length + trailer.length;
    await flush();
  } finally {
    await handle.close();
  }
  await rename(tmp, file).catch(async (err: unknown) => {
    await rm(tmp, { force: true });
    throw err;
  });
  return PAYLOAD_START + offset + tail;
}

export async function readSnapshot(
  file: string,
  key: string,
  scheduler: Scheduler,
): Promise<SnapshotRead> {
  let buf: Buffer;
  try {
    // Reading a named pipe (or a device) would not return: only a regular file is read.
    if (!(await stat(file)).isFile()) return corrupt('not a regular file');
    buf = await readFile(file);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT')
      return { ok: false, reason: 'missing', detail: 'no snapshot yet' };
    return corrupt(`cannot read: ${describeFsError(err)}`);
  }
  try {
    if (buf.length < PAYLOAD_START + 8 || !buf.subarray(0, PAYLOAD_START).equals(magicBytes()))
      return corrupt('not a snapshot file');
    if (buf.toString('latin1', buf.length - 4) !== END) return corrupt('no end mark (truncated?)');
    const headerLength = buf.readUInt32LE(buf.length - 8);
    const headerStart = buf.length - 8 - headerLength;
    if (headerStart < PAYLOAD_START) return corrupt('bad header length');
    const header = JSON.parse(buf.toString('utf8', headerStart, buf.length - 8)) as Header;
    if (header.format !== SNAPSHOT_FORMAT || header.key !== key)
      return { ok: false, reason: 'stale', detail: 'the corpus, the options or the code changed' };
    const payload = buf.subarray(PAYLOAD_START, headerStart);
    if (payload.length !== header.payloadBytes) return corrupt('wrong length');
    if ((await sha256InSlices(payload, scheduler)) !== header.checksum)
      return corrupt('checksum mismatch');
    const parts = await decode(payload, header, scheduler);
    await scheduler.yieldNow();
    const problem = await checkIndexData(parts.index, parts.passages, () => scheduler.yieldNow());
    if (problem) return corrupt(problem);
    return { ok: true, parts, bytes: buf.length };
  } catch (err) {
    return corrupt(err instanceof Error ? err.message.split('\n')[0]! : 'unreadable');
  }
}

/** The magic line, padded so that the payload starts 8-aligned. */
function magicBytes(): Buffer {
  const b = Buffer.alloc(PAYLOAD_START);
  b.write(MAGIC, 0, 'latin1');
  return b;
}

function corrupt(detail: string): SnapshotRead {
  return { ok: false, reason: 'corrupt', detail };
}

async function sha256InSlices(buf: Buffer, scheduler: Scheduler): Promise<string> {
  const hash = createHash('sha256');
  const SLICE = 4 << 20;
  for (let at = 0; at < buf.length; at += SLICE) {
    hash.update(buf.subarray(at, Math.min(buf.length, at + SLICE)));
    await scheduler.yieldNow();
  }
  return hash.digest('hex');
}

async function decode(buf: Buffer, header: Header, scheduler: Scheduler): Promise<CorpusParts> {
  const section = (name: string) => {
    const s = header.sections.find((x) => x.name === name);
    if (!s || s.offset + s.length > header.payloadBytes) throw new Error(`section ${name} missing`);
    return { at: s.offset, length: s.length };
  };
  // One document per line, decoded line by line from the bytes: no string of the whole section.
  const corpus = section('corpus');
  const documentLines = lines(buf, corpus.at, corpus.length);
  const head = JSON.parse(documentLines.next()) as {
    profile: CorpusProfile;
    issues: CorpusIssue[];
  };
  const documents = new Map<string, AnalysedDocument>();
  const passages = new Map<string, Passage>();
  const pause = () => scheduler.pause();
  while (!documentLines.done()) {
    const a = decodeDocument(JSON.parse(documentLines.next()) as EncodedDocument);
    documents.set(a.document.id, a);
    for (const p of a.passages) passages.set(p.id, p);
    await pause();
  }
  const dated = section('timeline');
  const timelineLines = lines(buf, dated.at, dated.length);
  const timeline = await decodeTimeline(timelineLines, { documents, passages }, pause);
  const strings = section('strings');
  const { terms, readable, words } = JSON.parse(
    buf.toString('utf8', strings.at, strings.at + strings.length),
  ) as { terms: string[]; readable: string[]; words: string[] };
  const typed = (s: TypedSection) => {
    const { at, length } = section(s.name);
    const Ctor = s.array.constructor as Uint32ArrayConstructor | Uint16ArrayConstructor;
    if (length % Ctor.BYTES_PER_ELEMENT !== 0) throw new Error(`section ${s.name} misaligned`);
    // A copy, not a view: a view would keep the whole file's buffer (documents too) alive.
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(buf.subarray(at, at + length));
    return new Ctor(copy);
  };
  await scheduler.yieldNow();
  const ids = [...passages.values()].filter((p) => p.kind !== 'heading').map((p) => p.id);
  const index = rebuildIndexShape(ids, terms, readable, words, header.averageLengths, typed);
  return { profile: head.profile, issues: head.issues, documents, passages, timeline, index };
}

/** Reads a section line by line, each decoded from the bytes when asked for. */
function lines(buf: Buffer, at: number, length: number): { next(): string; done(): boolean } {
  const end = at + length;
  let lineStart = at;
  return {
    next() {
      const nl = buf.indexOf(10, lineStart);
      const lineEnd = nl < 0 || nl > end ? end : nl;
      const line = buf.toString('utf8', lineStart, lineEnd);
      lineStart = lineEnd + 1;
      return line;
    },
    done: () => lineStart >= end,
  };
}
