/**
 * /timeline: dated events of the corpus, oldest first, each with the sentence and source behind
 * it; narrowed by topic (search index), date span and speaker; paged.
 */
import { z } from 'zod';
import { ErrorCode, errorReply, makeReply, type Reply } from '../reply/index.js';
import {
  dateSchema,
  fromOptionDef,
  intSchema,
  nameSchema,
  resolveSpeaker,
  speakerOptionDef,
  toOptionDef,
} from './common-options.js';
import { defineCommand, type CommandContext, type OptionDef } from './define-command.js';
import { formatOptionText, parseOptionText } from './option-text.js';
import { tokenizeWords } from '../search/index.js';
import { selectEvents } from '../timeline/index.js';
import { timelineReply } from './timeline-reply.js';

const MAX_TOPIC_LENGTH = 200;
const MAX_LIMIT = 500;

const options: readonly OptionDef[] = [
  {
    name: 'topic',
    description: 'Only events about this (words, as in /quote)',
    type: 'string',
    required: false,
    positional: true,
    maxLength: MAX_TOPIC_LENGTH,
  },
  { ...fromOptionDef, description: 'Events from this date (2019, 2019-11 or 2019-11-06)' },
  { ...toOptionDef, description: 'Events up to this date (2019, 2019-11 or 2019-11-06)' },
  { ...speakerOptionDef, description: 'Only events told by this person (e.g. Chris Williamson)' },
  {
    name: 'limit',
    description: `At most this many events, oldest first (1-${MAX_LIMIT})`,
    type: 'integer',
    required: false,
    min: 1,
    max: MAX_LIMIT,
  },
];

const input = z.object({
  topic: z
    .string()
    .trim()
    .max(MAX_TOPIC_LENGTH, `must be at most ${MAX_TOPIC_LENGTH} characters`)
    .optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  speaker: nameSchema.optional(),
  limit: intSchema(1, MAX_LIMIT).optional(),
  page: intSchema(0, 1000).optional(),
});

type TimelineInput = z.output<typeof input>;

export const timelineCommand = defineCommand({
  name: 'timeline',
  description: 'What happened when: dated events with the sentence and source behind each',
  options,
  input,
  examples: ['', 'suspended', 'from:2019 to:2019', 'election speaker:"Chris Williamson"'],
  run: (args, ctx) => showTimeline(args, ctx),
  actions: {
    /** state: { args: the options in the text grammar, page } */
    page: (state, ctx) => {
      const parsed = parseOptionText(String(state.args ?? ''), options);
      const again = parsed.ok ? input.safeParse({ ...parsed.values, page: state.page }) : null;
      if (!again?.success)
        return errorReply(
          ErrorCode.StaleAction,
          'This button no longer works. Run the command again.',
        );
      return showTimeline(again.data, ctx);
    },
  },
});

function showTimeline(args: TimelineInput, ctx: CommandContext): Reply {
  const { corpus } = ctx;
  if (args.from && args.to && args.from.value > args.to.value) {
    return errorReply(
      ErrorCode.InvalidInput,
      `from (${args.from.value}) is after to (${args.to.value}).`,
    );
  }
  const topic = args.topic ? args.topic : undefined;
  if (topic && tokenizeWords(topic).length === 0) {
    return errorReply(
      ErrorCode.InvalidInput,
      'There are no words to look for in that topic.',
      'Try /timeline suspended.',
    );
  }
  const speaker = resolveSpeaker(corpus, args.speaker);
  if (!speaker.ok) return speaker.reply;

  const events = selectEvents(corpus, {
    from: args.from ?? null,
    to: args.to ?? null,
    speaker: speaker.value,
    topic: topic ?? null,
    limit: args.limit ?? null,
  });

  const scope = scopeOf(topic, args, speaker.value);
  if (events.length === 0) return noEvents(scope, args);

  const { skipped, index } = corpus.timeline;
  const skippedCount = speaker.value
    ? (index.skippedBySpeaker.get(speaker.value) ?? 0)
    : skipped.length;
  const argsText = formatOptionText(
    { topic, from: args.from?.value, to: args.to?.value, speaker: args.speaker, limit: args.limit },
    options,
  );
  return timelineReply({
    title: topic ? `Timeline: “${topic}”` : 'Timeline',
    events,
    page: args.page ?? 0,
    args: argsText,
    scope,
    skipped: topic || args.from || args.to ? 0 : skippedCount,
  });
}

function scopeOf(
  topic: string | undefined,
  args: TimelineInput,
  speaker: string | null,
): string | null {
  const parts: string[] = [];
  if (topic) parts.push(`about “${topic}”`);
  if (args.from || args.to) parts.push(`${args.from?.value ?? '…'} to ${args.to?.value ?? '…'}`);
  if (speaker) parts.push(`told by ${speaker}`);
  return parts.length > 0 ? `Events ${parts.join(' · ')}` : null;
}

function noEvents(scope: string | null, args: TimelineInput): Reply {
  const tips: string[] = [];
  if (args.topic)
    tips.push('Try fewer or more general words, or /quote to find the passage first.');
  if (args.from || args.to || args.speaker)
    tips.push('Remove a filter (from, to, speaker) to see more.');
  return makeReply({
    type: 'card',
    title: 'No events',
    blocks: [
      {
        type: 'text',
        text: scope
          ? `No dated events ${scope.replace(/^Events /, '')}.`
          : 'This corpus has no dated events.',
      },
      ...(tips.length > 0 ? [{ type: 'context' as const, text: tips.join(' ') }] : []),
    ],
    visibility: 'private',
    data: { events: [] },
  });
}
