/**
 * End to end, HTTP mode: one Slack app, two corpora mapped to two workspaces (and a channel
 * override), the real Bolt App fed signed requests; each workspace answers only from its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, Scheduler, type Corpus } from '../../src/core/index.js';
import { loadCorpora } from '../../src/corpora/index.js';
import { silentLogger } from '../../src/logger.js';
import { startSlack, type RunningSlack } from '../../src/adapters/slack/index.js';
import { makeTwoCorpora, PLACES, SHARED_TEXT } from '../corpora/two-corpora.js';
import { FakeSlack } from './fakes/fake-slack.js';
import { interactivityBody, sendSigned, slashCommandBody } from './fakes/slack-signing.js';
import { SIGNING_SECRET, slackConfig } from './helpers.js';

const FORM = 'application/x-www-form-urlencoded' as const;

let fake: FakeSlack;
let app: RunningSlack;
let harbour: Corpus;
let orchard: Corpus;
let cleanup: () => Promise<void>;
let n = 0;

beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
  let dir: string;
  ({ dir, cleanup } = await makeTwoCorpora());
  const loaded = await loadCorpora(dir, {
    logger: silentLogger(),
    cacheDir: null,
    scheduler: new Scheduler(),
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  harbour = loaded.corpora.byId('harbour')!.corpus;
  orchard = loaded.corpora.byId('orchard')!.corpus;
  app = await startSlack({
    config: slackConfig({ apiUrl: fake.apiUrl }),
    corpus: harbour,
    corpora: loaded.corpora,
    commands: COMMANDS,
    logger: silentLogger(),
  });
});
afterAll(async () => {
  await app?.stop(5000);
  await fake?.close();
  await cleanup();
});

function idOf(corpus: Corpus, text: string): string {
  return [...corpus.passages.values()].find((p) => p.text.includes(text))!.id;
}

/** Sends a slash command from a workspace and channel; resolves with what reached its response_url. */
async function slash(command: string, text: string, team: string, channel = 'C0GENERAL') {
  const id = `r${++n}`;
  const body = slashCommandBody({
    command,
    text,
    responseUrl: fake.responseUrl(id),
    triggerId: `${n}.1.trigger`,
    team,
    channel,
  });
  const sent = await sendSigned(app.port!, body, FORM, { secret: SIGNING_SECRET });
  expect(sent.status).toBe(200);
  const post = await fake.waitFor('response', (r) => r.id === id);
  return post.body as { response_type: string; text: string; blocks: unknown[] };
}

/** Every button that runs an action (not a link), wherever it sits in the blocks. */
function actionButtons(blocks: unknown): { text: string; action_id: string; value: string }[] {
  const found: { text: string; action_id: string; value: string }[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const b = node as {
      type?: string;
      action_id?: string;
      value?: string;
      text?: { text: string };
    };
    if (b.type === 'button' && b.action_id?.startsWith('vb:') && b.value !== undefined)
      found.push({ text: b.text?.text ?? '', action_id: b.action_id, value: b.value });
    Object.values(node).forEach(visit);
  };
  visit(blocks);
  return found;
}

describe('two workspaces, two corpora', () => {
  it('GIVEN /quote lighthouse (a harbour passage) THEN workspace A finds it, B does not, and the channel of B mapped to harbour does', async () => {
    const id = idOf(harbour, 'lighthouse');
    const inA = await slash('/quote', 'lighthouse', PLACES.teamA);
    expect(inA.response_type).toBe('in_channel');
    expect(inA.text).toContain('“The lighthouse keeps its lamp');
    expect(inA.text).toContain('— Maya Okafor (own words)');
    expect(inA.text).toContain(`quote id: ${id}`);
    const inB = await slash('/quote', 'lighthouse', PLACES.teamB);
    expect(inB.response_type).toBe('ephemeral');
    expect(inB.text).toContain('Nothing in this corpus matches “lighthouse”.');
    const inOverride = await slash(
      '/quote',
      'lighthouse',
      PLACES.teamB,
      PLACES.harbourChannelInTeamB,
    );
    expect(inOverride.text).toContain(`quote id: ${id}`);
  });

  it('GIVEN an orchard quote id THEN workspace B shows it and A says it has no such quote, never its text', async () => {
    const id = idOf(orchard, 'pear');
    const inB = await slash('/source', id, PLACES.teamB);
    expect(inB.text).toContain('The pear orchard opens its cider press');
    const inA = await slash('/source', id, PLACES.teamA);
    expect(inA.response_type).toBe('ephemeral');
    expect(inA.text).toContain(`No quote with id ${id} in this corpus.`);
    expect(JSON.stringify(inA)).not.toContain('pear orchard');
  });

  it('GIVEN the passage both corpora hold THEN each workspace shows it under its own id', async () => {
    const a = await slash('/quote', 'ferry timetable', PLACES.teamA);
    const b = await slash('/quote', 'ferry timetable', PLACES.teamB);
    expect(a.text).toContain(`quote id: ${idOf(harbour, SHARED_TEXT)}`);
    expect(b.text).toContain(`quote id: ${idOf(orchard, SHARED_TEXT)}`);
    expect(idOf(harbour, SHARED_TEXT)).not.toBe(idOf(orchard, SHARED_TEXT));
  });

  it('GIVEN a Context button pressed in workspace B THEN it opens the orchard passage; in an unmapped workspace it says there is no corpus', async () => {
    const answer = await slash('/quote', 'cider', PLACES.teamB);
    const button = actionButtons(answer.blocks)[0];
    expect(button?.text).toBe(`Context ${idOf(orchard, 'cider')}`);
    const press = async (team: string) => {
      const id = `b${++n}`;
      const payload = {
        type: 'block_actions',
        user: { id: 'U0CLICK', username: 'clicker', team_id: team },
        api_app_id: 'A0APP',
        token: 'verification-token-unused',
        container: {
          type: 'message',
          message_ts: '1700000000.000100',
          channel_id: 'C0GENERAL',
          is_ephemeral: false,
        },
        trigger_id: `${n}.2.trigger`,
        team: { id: team, domain: 'loopback' },
        channel: { id: 'C0GENERAL', name: 'general' },
        message: { type: 'message', ts: '1700000000.000100', text: 'Quotes' },
        response_url: fake.responseUrl(id),
        actions: [
          {
            type: 'button',
            block_id: 'b1',
            action_id: button!.action_id,
            value: button!.value,
            text: { type: 'plain_text', text: 'Context' },
            action_ts: '1700000001.000000',
          },
        ],
      };
      await sendSigned(app.port!, interactivityBody(payload), FORM, { secret: SIGNING_SECRET });
      return (await fake.waitFor('response', (r) => r.id === id)).body as { text: string };
    };
    expect((await press(PLACES.teamB)).text).toContain(
      `Quote ${idOf(orchard, 'cider')} in context`,
    );
    expect((await press(PLACES.teamNone)).text).toContain(
      'This workspace has no corpus configured',
    );
  });

  it('GIVEN a workspace no rule names (and no default) THEN /quote answers privately that it has no corpus', async () => {
    const reply = await slash('/quote', 'pear', PLACES.teamNone);
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain(
      'This workspace has no corpus configured, so there is nothing to quote from here.',
    );
    expect(reply.text).toContain('slack_teams or slack_channels under places:, or a default');
  });
});
