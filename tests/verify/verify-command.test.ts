import { beforeAll, describe, expect, it } from 'vitest';
import {
  dispatch,
  dispatchText,
  outcomeOf,
  toPlainText,
  type Corpus,
} from '../../src/core/index.js';
import { verifyCommand } from '../../src/core/commands/verify-command.js';
import { seedCorpus, testContext } from '../helpers/seed-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

const INTERVIEW_SOURCE = {
  id: 'hard-labour-interview',
  title: 'Rachael talks ‘hard labour’ with Chris Williamson',
  publisher: 'Creating Socialism',
  author: 'Rachael Swindon',
  url: 'https://creatingsocialism.org/rachael-talks-hard-labour-with-chris-williamson/',
  published: '2021-09~',
  publishedLabel: 'c. Sep 2021',
  kind: 'interview',
};

describe('/verify command', () => {
  it('GIVEN a fragment of an answer claimed by an alias THEN the reply shows the full sentence with the fragment marked', async () => {
    const reply = await dispatch(
      [verifyCommand],
      'verify',
      { text: '“the worst leader in living memory”', speaker: 'williamson' },
      testContext(corpus),
    );
    const sentence =
      'Starmer is without doubt the worst leader in living memory, probably the worst leader the party’s ever had.';
    const body = corpus.documents.get('hard-labour-interview')!.document.body;
    const start = body.indexOf(sentence) + 25;
    const quoteId = [...corpus.passages.values()].find((p) =>
      p.text.startsWith('Starmer is without doubt'),
    )!.id;
    expect(reply).toEqual({
      type: 'card',
      title: 'Verbatim: the words are in the corpus',
      blocks: [
        {
          type: 'text',
          text: 'Found word for word (ignoring case, punctuation and quotation marks): Chris Williamson’s own words. The pasted words are part of a longer sentence, shown in full below.',
        },
        {
          type: 'quote',
          text: sentence,
          quoteId,
          speaker: 'Chris Williamson',
          role: 'subject',
          highlights: [{ start: 25, end: 58 }],
          truncatedBefore: false,
          truncatedAfter: true,
          source: INTERVIEW_SOURCE,
        },
      ],
      visibility: 'public',
      paging: null,
      data: {
        verdict: 'verbatim',
        flags: [],
        matches: [
          {
            id: quoteId,
            text: 'the worst leader in living memory',
            speaker: 'Chris Williamson',
            role: 'subject',
            source: INTERVIEW_SOURCE,
            diff: [{ type: 'equal', text: 'the worst leader in living memory' }],
            context: sentence,
            span: { start, end: start + 33 },
            similarity: 1,
            quotedBy: null,
            pasted: null,
          },
        ],
        text: 'the worst leader in living memory',
        claimedSpeaker: 'Chris Williamson',
        speakerFrom: 'option',
        glue: [],
      },
    });
  });

  it('GIVEN a negation removed THEN the plain text shows the verdict, the flag and the diff', async () => {
    const reply = await dispatchText(
      [verifyCommand],
      'verify "Guaido was elected to lead anything" speaker:"Chris Williamson"',
      testContext(corpus),
    );
    expect(toPlainText(reply).split('\n')).toEqual([
      'Altered: close to the source, but the words differ',
      'Close to Chris Williamson’s own words, but the wording differs (similarity 0.92). The change may flip the meaning: a negation was removed.',
      '',
      '“…✔️ Guaido was never elected to lead anything.…”',
      '  — Chris Williamson (own words)',
      '  Chris Williamson — webtoady.com (mirror of his Facebook page), c. Feb 2019 · https://webtoady.com/business/east-midlands/chris-williamson',
      `  quote id: ${(reply.blocks[1] as { quoteId: string }).quoteId}`,
      '  Differences ([-in the source-] {+in the paste+}): Guaido was [-never-] elected to lead anything',
    ]);
  });

  it('GIVEN an invented line THEN it says "not in this corpus", not "never said"', async () => {
    const reply = await dispatch(
      [verifyCommand],
      'verify',
      { text: 'I have always admired the monarchy and the royal family' },
      testContext(corpus),
    );
    expect({ title: reply.title, blocks: reply.blocks, data: reply.data }).toEqual({
      title: 'Not found in this corpus',
      blocks: [
        {
          type: 'text',
          text: 'Not in this corpus: nothing close in wording or meaning. That is not the same as never said: the corpus holds only some documents.',
        },
        {
          type: 'context',
          text: 'Searched 5 documents. Try /quote with a few distinctive words if you remember them differently.',
        },
      ],
      data: {
        verdict: 'not-found',
        flags: [],
        matches: [],
        text: 'I have always admired the monarchy and the royal family',
        claimedSpeaker: null,
        speakerFrom: null,
        glue: [],
      },
    });
  });

  it.each([
    {
      given: 'an unknown claimed speaker',
      options: { text: 'the party is finished', speaker: 'Boris Johnson' },
      code: 'unknown-speaker',
    },
    { given: 'two words', options: { text: '"Labour Party"' }, code: 'invalid-input' },
    { given: 'only punctuation', options: { text: '“…”' }, code: 'invalid-input' },
    { given: 'no text', options: { text: '   ' }, code: 'invalid-input' },
    {
      given: 'more than 1,000 characters',
      options: { text: 'the party is finished '.repeat(50) },
      code: 'invalid-input',
    },
  ])(
    'GIVEN $given THEN the reply is a private error with code $code',
    async ({ options, code }) => {
      const reply = await dispatch([verifyCommand], 'verify', options, testContext(corpus));
      expect({ type: reply.type, visibility: reply.visibility, code: outcomeOf(reply) }).toEqual({
        type: 'error',
        visibility: 'private',
        code,
      });
    },
  );

  it('GIVEN the declaration THEN text is the required positional option and speaker autocompletes speakers', () => {
    expect(
      verifyCommand.options.map((o) => ({
        name: o.name,
        required: o.required,
        positional: o.positional ?? false,
        maxLength: o.maxLength,
        autocomplete: o.autocomplete ?? null,
      })),
    ).toEqual([
      { name: 'text', required: true, positional: true, maxLength: 1000, autocomplete: null },
      {
        name: 'speaker',
        required: false,
        positional: false,
        maxLength: 100,
        autocomplete: 'speaker',
      },
    ]);
  });
});
