/**
 * End to end: what a user typed comes back shown as typed. The real discord.js Client against the
 * fake Discord; a /timeline topic holding a URL, a right-to-left override and markdown is echoed
 * in the public reply's title and scope line: the URL not a link, no override, no formatting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, type Corpus } from '../../src/core/index.js';
import { silentLogger } from '../../src/logger.js';
import { loadTestCorpus, startHarness, type Harness } from './harness.js';
import { chatInput } from './interactions.js';

let corpus: Corpus;
let cleanup: () => Promise<void>;
let h: Harness;

beforeAll(async () => {
  ({ corpus, cleanup } = await loadTestCorpus(silentLogger()));
  h = await startHarness({ corpus, commands: COMMANDS });
});
afterAll(async () => {
  await h.close();
  await cleanup();
});

const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('echoed user text on Discord', () => {
  it('GIVEN /timeline with a URL, a right-to-left override and *bold* ~strike~ in the topic THEN the public title and scope show it as typed: the URL escaped out of linking, the override gone, every mark escaped', async () => {
    const interaction = chatInput('timeline', {
      topic: 'suspended https://evil.example/x \u202Eevil *bold* ~strike~',
    });
    h.fake.sendInteraction(interaction);
    const callback = await h.fake.waitForRequest(
      (r) =>
        r.kind === 'interaction-callback' && r.path.includes(`/interactions/${interaction['id']}/`),
    );
    const data = (
      callback.body as { data: { flags: number; embeds: { title: string; description: string }[] } }
    ).data;
    expect({
      flags: data.flags,
      title: data.embeds[0]!.title,
      scope: data.embeds[0]!.description.split('\n\n')[0],
      bidi: JSON.stringify(callback.body).match(BIDI_CONTROLS),
    }).toEqual({
      flags: 0,
      title: 'Timeline: “suspended https\\://evil.example/x evil \\*bold\\* \\~strike\\~”',
      scope: '_Events about “suspended https\\://evil.example/x evil \\*bold\\* \\~strike\\~”_',
      bidi: null,
    });
  });
});
