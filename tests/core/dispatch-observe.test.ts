/**
 * `CommandContext.observe`: the core tells adapters about every command and button action it
 * answers, with a bounded name (never what a user typed), the outcome and a duration.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  COMMANDS,
  dispatch,
  dispatchAction,
  dispatchText,
  type CommandEvent,
  type Corpus,
} from '../../src/core/index.js';
import { seedCorpus, testContext } from '../helpers/seed-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await seedCorpus();
});

function observed() {
  const events: CommandEvent[] = [];
  const ctx = { ...testContext(corpus), observe: (e: CommandEvent) => void events.push(e) };
  return { ctx, events };
}

describe('dispatch reports each answer to ctx.observe', () => {
  it.each([
    ['quote', { query: 'gold venezuela' }, 'quote', 'ok'],
    ['quote', { query: 'gold', speaker: 'Nobody Known' }, 'quote', 'unknown-speaker'],
    ['quote', {}, 'quote', 'invalid-input'],
    ['drop table', {}, 'unknown', 'unknown-command'],
  ])('GIVEN %s %j THEN one event %s / %s', async (name, raw, command, outcome) => {
    const { ctx, events } = observed();
    await dispatch(COMMANDS, name, raw, ctx);
    expect(events).toEqual([{ command, outcome, ms: expect.any(Number) }]);
    expect(events[0]!.ms).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ['/quote gold venezuela', 'quote', 'ok'],
    ['/quote from:yesterday', 'quote', 'invalid-input'],
    ['/frobnicate <script>', 'unknown', 'unknown-command'],
    ['?!', 'unknown', 'unknown-command'],
  ])('GIVEN the text %j THEN one event %s / %s', async (line, command, outcome) => {
    const { ctx, events } = observed();
    await dispatchText(COMMANDS, line, ctx);
    expect(events).toEqual([{ command, outcome, ms: expect.any(Number) }]);
  });

  it('GIVEN a page button and a stale one THEN the action id, or unknown', async () => {
    const { ctx, events } = observed();
    await dispatchAction(
      COMMANDS,
      { id: 'quote.page', kind: 'page', state: { args: 'gold', page: 1 } },
      ctx,
    );
    await dispatchAction(COMMANDS, { id: 'quote.nope', kind: 'context', state: {} }, ctx);
    expect(events.map((e) => [e.command, e.outcome])).toEqual([
      ['quote.page', 'ok'],
      ['unknown', 'stale-action'],
    ]);
  });

  it('GIVEN an observer that throws THEN the user still gets the answer', async () => {
    const ctx = {
      ...testContext(corpus),
      observe: () => {
        throw new Error('metrics broke');
      },
    };
    const reply = await dispatch(COMMANDS, 'quote', { query: 'gold venezuela' }, ctx);
    expect(reply.type).toBe('list');
  });
});
