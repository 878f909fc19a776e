/**
 * /verify <text> [speaker]: checks a quote pasted into a discussion against the corpus and says
 * whether it is verbatim, altered, spliced, misattributed, a paraphrase, or not in the corpus.
 * The Discord "Verify quote" message menu and the Slack message shortcut call it with the
 * message's text.
 */
import { z } from 'zod';
import { errorReply } from '../reply/index.js';
import { nameSchema, resolveSpeaker, speakerOptionDef } from './common-options.js';
import { defineCommand, type OptionDef } from './define-command.js';
import { VERIFY_MAX_TEXT, verifyQuote } from '../verify/index.js';
import { verifyReply } from './verify-reply.js';

const options: readonly OptionDef[] = [
  {
    name: 'text',
    description: 'The quote to check, as pasted (quotation marks and "he said" are ignored)',
    type: 'string',
    required: true,
    positional: true,
    minLength: 1,
    maxLength: VERIFY_MAX_TEXT,
  },
  {
    ...speakerOptionDef,
    description: 'Who the words are claimed to be by (e.g. Chris Williamson)',
  },
];

const input = z.object({
  text: z
    .string({
      error: 'paste the quote to check, e.g. /verify "Guaido was never elected to lead anything"',
    })
    .trim()
    .min(1, 'paste the quote to check, e.g. /verify "Guaido was never elected to lead anything"')
    .max(
      VERIFY_MAX_TEXT,
      `must be at most ${VERIFY_MAX_TEXT} characters: paste one quote, not a whole text`,
    ),
  speaker: nameSchema.optional(),
});

export const verifyCommand = defineCommand({
  name: 'verify',
  description:
    'Check a pasted quote: verbatim, altered, spliced, misattributed or not in the corpus',
  options,
  input,
  examples: [
    '"Guaido was never elected to lead anything"',
    '"Starmer is the worst leader in living memory" speaker:"Chris Williamson"',
  ],
  run: async (args, ctx) => {
    const speaker = resolveSpeaker(ctx.corpus, args.speaker);
    if (!speaker.ok) return speaker.reply;
    const outcome = await verifyQuote(ctx.corpus, args.text, speaker.value, ctx.scheduler);
    if (!outcome.ok) return errorReply(outcome.code, outcome.message);
    ctx.logger.debug(
      { verdict: outcome.result.verdict, matches: outcome.result.evidence.length },
      'verified',
    );
    return verifyReply(ctx.corpus, outcome.result);
  },
});
