/**
 * The gold table of an untuned corpus (`_gold.yaml`, written by reading the documents, before the
 * bot is run on them): who speaks in each quotable passage, the furniture lines, the dated events
 * and the /verify verdicts. Read with yaml, validated with zod; every problem names the file and
 * the entry, so a mistake in the gold is fixed in the gold and never scored as the bot's.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { Corpus } from '../../src/core/index.js';
import type { Role } from '../../src/core/types.js';
import type { EventPrecision } from '../../src/core/timeline/types.js';
import type { Verdict } from '../../src/core/verify/index.js';

export const GOLD_FILE = '_gold.yaml';

/** Speakers a gold quote may name besides a canonical name of `corpus.yaml`. */
export const THE_AUTHOR = 'the author';
export const UNNAMED = 'unnamed';
export const UNATTRIBUTED = 'unattributed';

export interface GoldQuote {
  /** Document id. */
  doc: string;
  /** What a person would type to find it (`/quote <query>`). */
  query: string;
  /** An exact substring of the document's body. */
  text: string;
  /** A canonical name, `the author`, `unnamed` (described, not named) or `unattributed`. */
  speaker: string;
  role: Role;
}

/** A line of page furniture: never quotable, never anyone's words. */
export interface GoldFurniture {
  doc: string;
  query: string;
  text: string;
}

export interface GoldEvent {
  doc: string;
  /** The sentence that dates the event (or the part of it that holds the date), verbatim. */
  evidence: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  start: string;
  end: string | null;
  precision: EventPrecision;
}

export interface GoldVerdict {
  /** The quote as pasted. */
  text: string;
  /** The speaker claimed with it, when one is. */
  speaker?: string;
  verdict: Verdict;
}

/**
 * Words that are not the subject's, kept only for the seeds (quality-queries.ts `NOT_HIS`): a
 * trap each, found with its own words as the query. The YAML tables have no such list.
 */
export type GoldOtherWords = GoldFurniture;

export interface GoldTable {
  subject: string;
  quotes: GoldQuote[];
  furniture: GoldFurniture[];
  events: GoldEvent[];
  verify: GoldVerdict[];
  otherWords?: GoldOtherWords[];
}

const text = z.union([z.string(), z.number()]).transform(String);
const nonEmpty = text.pipe(z.string().min(1, 'must not be empty'));
const partialDate = text.pipe(
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

const ROLES = ['subject', 'interviewer', 'author', 'quoted', 'commenter'] as const;
const PRECISIONS = ['day', 'month', 'year', 'range'] as const;
const VERDICTS = [
  'verbatim',
  'altered',
  'spliced',
  'misattributed',
  'paraphrase',
  'not-found',
] as const satisfies readonly Verdict[];

const goldSchema = z.object({
  subject: nonEmpty,
  quotes: z
    .array(
      z.object({
        doc: nonEmpty,
        query: nonEmpty,
        text: nonEmpty,
        speaker: nonEmpty,
        role: z.enum(ROLES),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  furniture: z
    .array(z.object({ doc: nonEmpty, query: nonEmpty, text: nonEmpty }))
    .nullish()
    .transform((v) => v ?? []),
  events: z
    .array(
      z.object({
        doc: nonEmpty,
        evidence: nonEmpty,
        start: partialDate,
        end: partialDate.nullish().transform((v) => v ?? null),
        precision: z.enum(PRECISIONS),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  verify: z
    .array(
      z.object({
        text: nonEmpty,
        speaker: nonEmpty.optional(),
        verdict: z.enum(VERDICTS),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});

export type GoldRead = { ok: true; gold: GoldTable } | { ok: false; problems: string[] };

/** Reads and validates `<dir>/_gold.yaml`; a missing file is `{ ok: false }` with that problem. */
export async function readGoldTable(dir: string): Promise<GoldRead> {
  const file = path.join(dir, GOLD_FILE);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return { ok: false, problems: [`${file}: no gold table`] };
  }
  let data: unknown;
  try {
    data = YAML.parse(raw);
  } catch (err) {
    return { ok: false, problems: [`${file}: not YAML (${(err as Error).message})`] };
  }
  const parsed = goldSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`),
    };
  }
  return { ok: true, gold: parsed.data };
}

/**
 * What in a gold table does not hold against its corpus: unknown documents, texts and evidence
 * that are not exact substrings of their document, speakers that are not canonical names, a
 * subject other than `corpus.yaml`'s. Named by list and position (`quotes[3]`).
 */
export function checkGold(corpus: Corpus, gold: GoldTable): string[] {
  const problems: string[] = [];
  const bodyOf = (doc: string) => corpus.documents.get(doc)?.document.body;
  const names = profileNames(corpus);
  if (corpus.profile.subject !== gold.subject)
    problems.push(`subject: "${gold.subject}" but corpus.yaml says "${corpus.profile.subject}"`);
  const inDoc = (list: string, i: number, doc: string, words: string) => {
    const body = bodyOf(doc);
    if (body === undefined) problems.push(`${list}[${i}]: no document "${doc}"`);
    else if (!body.includes(words))
      problems.push(`${list}[${i}]: not verbatim in ${doc}: "${words.slice(0, 60)}"`);
  };
  gold.quotes.forEach((q, i) => {
    inDoc('quotes', i, q.doc, q.text);
    const special = [THE_AUTHOR, UNNAMED, UNATTRIBUTED].includes(q.speaker);
    if (!special && !names.has(q.speaker))
      problems.push(`quotes[${i}]: speaker "${q.speaker}" is not a name of corpus.yaml`);
  });
  gold.furniture.forEach((f, i) => inDoc('furniture', i, f.doc, f.text));
  (gold.otherWords ?? []).forEach((o, i) => inDoc('otherWords', i, o.doc, o.text));
  gold.events.forEach((e, i) => {
    inDoc('events', i, e.doc, e.evidence);
    if ((e.precision === 'range') !== (e.end !== null))
      problems.push(`events[${i}]: a range has an end, and only a range`);
  });
  return problems;
}

/** The canonical names of `corpus.yaml` (the subject among them). */
export function profileNames(corpus: Corpus): Set<string> {
  const names = new Set(Object.keys(corpus.profile.speakers));
  if (corpus.profile.subject) names.add(corpus.profile.subject);
  return names;
}
