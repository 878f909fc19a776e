/**
 * /quote: the exact words, who said them and where, best first, paged.
 */
import { z } from 'zod';
import { QUOTE_ID_PATTERN } from '../corpus/index.js';
import {
  makeReply,
  ErrorCode,
  errorReply,
  type Block,
  type Button,
  type Reply,
} from '../reply/index.js';
import { tokenizeWords, type SearchOutcome } from '../search/index.js';
import {
  dateSchema,
  flagSchema,
  fromOptionDef,
  intSchema,
  nameSchema,
  resolveSource,
  resolveSpeaker,
  sourceOptionDef,
  speakerOptionDef,
  toOptionDef,
} from './common-options.js';
import { defineCommand, type CommandContext, type OptionDef } from './define-command.js';
import { formatOptionText, parseOptionText } from './option-text.js';
import { quoteBlockOf, quoteResultOf } from './quote-block.js';
import { showQuote } from './show-quote.js';

const MAX_QUERY_LENGTH = 500;
const DEFAULT_PER_PAGE = 3;
const MAX_PER_PAGE = 10;
/** Results past this are not worth paging to: refine the query instead. */
const MAX_RESULTS = 50;
/**
 * How /quote searches: passages with every word first, then pages filled from those with some of
 * them (a two-word query whose only full match is an interviewer's question still shows the
 * answer and more); a matched question brings the answer after it.
 */
export const QUOTE_SEARCH = { fill: true, answers: true, limit: MAX_RESULTS } as const;

const options: readonly OptionDef[] = [
  {
    name: 'query',
    description: 'Words to find; "double quotes" for an exact phrase',
    type: 'string',
    required: true,
    positional: true,
    maxLength: MAX_QUERY_LENGTH,
    autocomplete: 'quote',
  },
  speakerOptionDef,
  sourceOptionDef,
  fromOptionDef,
  toOptionDef,
  {
    name: 'limit',
    description: `Results per page (1-${MAX_PER_PAGE}, default ${DEFAULT_PER_PAGE})`,
    type: 'integer',
    required: false,
    min: 1,
    max: MAX_PER_PAGE,
  },
  { name: 'private', description: 'Answer only to you', type: 'boolean', required: false },
];

const input = z.object({
  query: z
    .string({ error: 'type what to look for, e.g. /quote venezuela gold' })
    .trim()
    .min(1, 'type what to look for, e.g. /quote venezuela gold')
    .max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
  speaker: nameSchema.optional(),
  source: nameSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  limit: intSchema(1, MAX_PER_PAGE).optional(),
  private: flagSchema.optional(),
  page: intSchema(0, 1000).optional(),
});

type QuoteInput = z.output<typeof input>;

export const quoteCommand = defineCommand({
  name: 'quote',
  description: 'Find the exact words, who said them and where',
  options,
  input,
  examples: [
    'venezuela gold',
    '"abusive relationship"',
    'privatisation speaker:"Chris Williamson" from:2019',
  ],
  run: (args, ctx) => findQuotes(args, ctx),
  actions: {
    /** state: { args: the options in the text grammar, page } */
    page: (state, ctx) => {
      const parsed = parseOptionText(String(state.args ?? ''), options);
      if (!parsed.ok)
        return errorReply(
          ErrorCode.StaleAction,
          'This button no longer works. Run the command again.',
        );
      const again = input.safeParse({ ...parsed.values, page: state.page });
      if (!again.success)
        return errorReply(
          ErrorCode.StaleAction,
          'This button no longer works. Run the command again.',
        );
      return findQuotes(again.data, ctx);
    },
  },
});

function findQuotes(args: QuoteInput, ctx: CommandContext): Reply {
  const { corpus } = ctx;
  const visibility = args.private ? 'private' : 'public';
  if (QUOTE_ID_PATTERN.test(args.query) && corpus.passages.has(args.query)) {
    return { ...showQuote(corpus, args.query), visibility };
  }
  if (tokenizeWords(args.query).length === 0) {
    return errorReply(
      ErrorCode.InvalidInput,
      'There are no words to look for in that query.',
      'Try /quote venezuela or /quote "exact phrase".',
    );
  }
  const speaker = resolveSpeaker(corpus, args.speaker);
  if (!speaker.ok) return speaker.reply;
  const source = resolveSource(corpus, args.source);
  if (!source.ok) return source.reply;
  if (args.from && args.to && args.from.value > args.to.value) {
    return errorReply(
      ErrorCode.InvalidInput,
      `from (${args.from.value}) is after to (${args.to.value}).`,
    );
  }

  const outcome = corpus.index.search({
    text: args.query,
    speaker: speaker.value,
    source: source.value,
    from: args.from ?? null,
    to: args.to ?? null,
    ...QUOTE_SEARCH,
  });
  if (outcome.hits.length === 0) return nothingFound(args, outcome);

  const perPage = args.limit ?? DEFAULT_PER_PAGE;
  const total = Math.min(outcome.hits.length, MAX_RESULTS);
  const pageCount = Math.ceil(total / perPage);
  const page = Math.min(args.page ?? 0, pageCount - 1);
  const first = page * perPage;
  const shown = outcome.hits.slice(first, Math.min(total, (page + 1) * perPage));
  const withAllWords = Math.min(outcome.partialFrom, total);

  const blocks: Block[] = [];
  if (outcome.relaxed) {
    blocks.push({
      type: 'context',
      text: 'No passage has all of those words; these have some of them.',
    });
  }
  // Where this page passes from passages with every word to those with some (relaxed: all are).
  const partialAt = outcome.relaxed ? -1 : Math.max(withAllWords, first) - first;
  shown.forEach((hit, i) => {
    if (i === partialAt)
      blocks.push({ type: 'context', text: 'These passages have some of those words, not all.' });
    blocks.push(quoteBlockOf(corpus, hit.passage, hit.excerpt));
  });
  if (pageCount > 1)
    blocks.push({ type: 'context', text: `Page ${page + 1} of ${pageCount} · ${total} results` });

  const argsText = formatOptionText(
    {
      query: args.query,
      speaker: args.speaker,
      source: args.source,
      from: args.from?.value,
      to: args.to?.value,
      limit: args.limit,
      private: args.private ? 'yes' : undefined,
    },
    options,
  );
  const buttons: Button[] = [];
  if (pageCount > 1) {
    buttons.push(
      {
        kind: 'action',
        label: 'Previous',
        style: 'secondary',
        disabled: page === 0,
        action: { id: 'quote.page', kind: 'page', state: { args: argsText, page: page - 1 } },
      },
      {
        kind: 'action',
        label: 'Next',
        style: 'secondary',
        disabled: page >= pageCount - 1,
        action: { id: 'quote.page', kind: 'page', state: { args: argsText, page: page + 1 } },
      },
    );
  }
  for (const hit of shown) {
    buttons.push({
      kind: 'action',
      label: `Context ${hit.passage.id}`,
      style: 'secondary',
      action: { id: 'source.context', kind: 'context', state: { id: hit.passage.id } },
    });
  }
  blocks.push({ type: 'buttons', buttons });

  return makeReply({
    type: 'list',
    title: /["“”]/.test(args.query) ? `Quotes for ${args.query}` : `Quotes for “${args.query}”`,
    blocks,
    visibility,
    paging: { page, pageCount, total },
    data: {
      results: shown.map((h) => ({
        ...quoteResultOf(corpus, h.passage, h.excerpt),
        score: round(h.score),
      })),
      page,
      pageCount,
      total,
      withAllWords,
    },
  });
}

function nothingFound(args: QuoteInput, outcome: SearchOutcome): Reply {
  const tips: string[] = [];
  const closest = outcome.unmatched.filter((u) => u.closest).map((u) => `${u.word} → ${u.closest}`);
  if (closest.length > 0) tips.push(`Closest words in the corpus: ${closest.join(', ')}.`);
  const missing = outcome.unmatched.filter((u) => !u.closest).map((u) => u.word);
  if (missing.length > 0) tips.push(`Not in the corpus at all: ${missing.join(', ')}.`);
  if (args.speaker || args.source || args.from || args.to)
    tips.push('Remove a filter (speaker, source, from, to) to search more widely.');
  if (/["“”]/.test(args.query))
    tips.push('Drop the double quotes to match the words in any order.');
  tips.push('Fewer or more general words find more.');
  return makeReply({
    type: 'card',
    title: `No quote matches “${args.query}”`,
    blocks: [
      { type: 'text', text: `Nothing in this corpus matches “${args.query}”.` },
      { type: 'context', text: tips.join(' ') },
    ],
    visibility: 'private',
    data: { results: [], suggestions: outcome.unmatched },
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
