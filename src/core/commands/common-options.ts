/**
 * Options several commands share (speaker, source, date range), declared once with their zod
 * schemas, and the lookups that turn what a user typed into corpus names or a helpful error.
 */
import { z } from 'zod';
import type { PartialDate } from '../types.js';
import type { Corpus } from '../library/index.js';
import { parsePartialDate } from '../corpus/index.js';
import { ErrorCode, errorReply, type Reply } from '../reply/index.js';
import type { OptionDef } from './define-command.js';

export const MAX_NAME_LENGTH = 100;

export const speakerOptionDef: OptionDef = {
  name: 'speaker',
  description: 'Only words said by this person (e.g. Chris Williamson)',
  type: 'string',
  required: false,
  maxLength: MAX_NAME_LENGTH,
  autocomplete: 'speaker',
};

export const sourceOptionDef: OptionDef = {
  name: 'source',
  description: 'Only this source (its id, see /source)',
  type: 'string',
  required: false,
  maxLength: MAX_NAME_LENGTH,
  autocomplete: 'source',
};

export const fromOptionDef: OptionDef = {
  name: 'from',
  description: 'Sources published from this date (2019, 2019-11 or 2019-11-06)',
  type: 'date',
  required: false,
  maxLength: 10,
};

export const toOptionDef: OptionDef = {
  name: 'to',
  description: 'Sources published up to this date (2019, 2019-11 or 2019-11-06)',
  type: 'date',
  required: false,
  maxLength: 10,
};

export const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`);

export const dateSchema = z.union([z.string(), z.number()]).transform((v, ctx): PartialDate => {
  const d = parsePartialDate(String(v).trim());
  if (!d) {
    ctx.addIssue({
      code: 'custom',
      message: `"${v}" is not a date: use 2019, 2019-11 or 2019-11-06`,
    });
    return z.NEVER;
  }
  return d;
});

/** A whole number option that arrives as a number (platforms) or a string (text grammar). */
export function intSchema(min: number, max: number) {
  return z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
}

/** A yes/no option from a platform (boolean) or text (`private:yes`). */
export const flagSchema = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine(
      (v) => ['true', 'false', 'yes', 'no', '1', '0', 'on', 'off'].includes(v),
      'use yes or no',
    )
    .transform((v) => ['true', 'yes', '1', 'on'].includes(v)),
]);

export type Resolved<T> = { ok: true; value: T } | { ok: false; reply: Reply };

export function resolveSpeaker(corpus: Corpus, typed: string | undefined): Resolved<string | null> {
  if (!typed) return { ok: true, value: null };
  const name = corpus.speakers.resolve(typed);
  if (name) return { ok: true, value: name };
  const known = corpus.speakers.all();
  return {
    ok: false,
    reply: errorReply(
      ErrorCode.UnknownSpeaker,
      `No speaker called "${typed}" in this corpus.`,
      `Speakers include: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`,
    ),
  };
}

export function resolveSource(corpus: Corpus, typed: string | undefined): Resolved<string | null> {
  if (!typed) return { ok: true, value: null };
  if (corpus.documents.has(typed)) return { ok: true, value: typed };
  const lower = typed.toLowerCase();
  const byTitle = [...corpus.documents.values()].filter(
    (a) => a.document.id.toLowerCase() === lower || a.document.title.toLowerCase().includes(lower),
  );
  if (byTitle.length === 1) return { ok: true, value: byTitle[0]!.document.id };
  return {
    ok: false,
    reply: errorReply(
      ErrorCode.UnknownSource,
      byTitle.length > 1
        ? `"${typed}" matches ${byTitle.length} sources; use its id.`
        : `No source "${typed}" in this corpus.`,
      `Source ids: ${[...corpus.documents.keys()].join(', ')} (see /source)`,
    ),
  };
}
