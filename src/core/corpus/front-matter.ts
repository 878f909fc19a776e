/**
 * The metadata a corpus file may carry in YAML front matter, validated with zod. Field names are
 * the README's; every error names the field and says what is expected.
 */
import { z } from 'zod';
import { parsePartialDate } from './partial-date.js';
import type { DocumentKind, PartialDate } from '../types.js';

const KIND_ALIASES: Record<string, DocumentKind> = {
  article: 'article',
  news: 'article',
  blog: 'article',
  'blog-post': 'article',
  report: 'article',
  interview: 'interview',
  'q&a': 'interview',
  'op-ed': 'op-ed',
  oped: 'op-ed',
  opinion: 'op-ed',
  column: 'op-ed',
  essay: 'op-ed',
  social: 'social',
  post: 'social',
  tweet: 'social',
  transcript: 'transcript',
  speech: 'speech',
  letter: 'letter',
  other: 'other',
};

const partialDate = z.union([z.string(), z.number()]).transform((value, ctx): PartialDate => {
  const parsed = parsePartialDate(value);
  if (!parsed) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a partial date: use 2019, 2019-11 or 2019-11-06, with ~ after it when approximate (2019-11~)`,
    });
    return z.NEVER;
  }
  return parsed;
});

const text = z.union([z.string(), z.number()]).transform((v) => String(v).trim());

const url = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), {
    message: 'must be an http(s) URL, e.g. https://example.org/article',
  });

export const frontMatterSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'use letters, digits, - _ . (up to 64 characters)')
    .optional(),
  title: text
    .pipe(z.string().min(1, 'must not be empty').max(300, 'must be at most 300 characters'))
    .optional(),
  publisher: text.optional(),
  author: text.optional(),
  url: url.optional(),
  published: partialDate.optional(),
  updated: partialDate.optional(),
  kind: z
    .string()
    .trim()
    .transform((v, ctx): DocumentKind => {
      const kind = KIND_ALIASES[v.toLowerCase()];
      if (!kind) {
        ctx.addIssue({
          code: 'custom',
          message: `"${v}" is not a known kind: use one of ${[...new Set(Object.values(KIND_ALIASES))].join(', ')}`,
        });
        return z.NEVER;
      }
      return kind;
    })
    .optional(),
  subject: text.optional(),
  interviewer: text.optional(),
  comments_start: text.optional(),
  furniture: z.array(text).optional(),
});

/** Fields the schema knows, for warning about typos (`publised:`). */
export const FRONT_MATTER_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(frontMatterSchema.shape),
);

/** The optional corpus file (`corpus.yaml`): the subject and each speaker's aliases. */
export const corpusProfileSchema = z.object({
  subject: text.optional(),
  speakers: z.record(z.string(), z.array(text)).optional(),
});
