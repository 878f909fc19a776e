import { afterEach, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/index.js';
import { loadCorpora } from '../../src/corpora/index.js';
import { silentLogger } from '../../src/logger.js';
import { makeTwoCorpora, PLACES } from './two-corpora.js';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});

async function mistakes(yaml: string): Promise<{ file: string; errors: string[] } | 'loaded'> {
  const made = await makeTwoCorpora(yaml);
  cleanups.push(made.cleanup);
  const loaded = await loadCorpora(made.dir, {
    logger: silentLogger(),
    cacheDir: null,
    scheduler: new Scheduler(),
  });
  if (loaded.ok) return 'loaded';
  return { file: loaded.file.slice(made.dir.length + 1), errors: loaded.errors };
}

const TWO = 'corpora:\n  harbour: { dir: harbour }\n  orchard: { dir: orchard }\n';

describe('mistakes in corpora.yaml: each names the file, the entry and the field, and how to fix it', () => {
  it.each([
    [
      'a place naming an unknown corpus',
      `${TWO}places:\n  - corpus: orchad\n    discord_guilds: ["${PLACES.guildB}"]\n`,
      [
        'places[0] (corpus: orchad): corpus "orchad" is not a corpus of this file (known: harbour, orchard); use one of those names or add it under corpora:',
      ],
    ],
    [
      'a corpus without dir',
      'corpora:\n  harbour: { title: Harbour }\n',
      [
        'corpora.harbour.dir: dir is required: the folder of its documents, relative to corpora.yaml',
      ],
    ],
    [
      'a dir that does not exist',
      'corpora:\n  harbour: { dir: harbor }\n',
      [
        'corpora.harbour.dir: the folder "harbor" does not exist; create it or fix the path (relative to corpora.yaml)',
      ],
    ],
    [
      'the same guild in two places',
      `${TWO}places:\n  - corpus: harbour\n    discord_guilds: [${PLACES.guildA}]\n  - corpus: orchard\n    discord_guilds: ["${PLACES.guildA}"]\n`,
      [
        `places[1] (corpus: orchard): discord_guilds "${PLACES.guildA}" is also in places[0] (corpus: harbour); a place can have one corpus, so keep it in one entry`,
      ],
    ],
    [
      'bad YAML syntax',
      'corpora:\n  harbour: { dir: harbour\n',
      [
        'is not valid YAML: Flow map in block collection must be sufficiently indented and end with a } at line 3, column 1:',
      ],
    ],
    [
      'a default naming an unknown corpus',
      `default: pier\n${TWO}`,
      [
        'default: "pier" is not a corpus of this file (known: harbour, orchard); use one of those names or add it under corpora:',
      ],
    ],
    [
      'a misspelt field and a bad Slack id',
      `${TWO}places:\n  - corpus: harbour\n    slack_team: [T1]\n    slack_channels: [general]\n`,
      [
        'places[0] (corpus: harbour).slack_channels[0]: a Slack channel id starts with C (or G, D), e.g. C0123ABCD: open the channel details to copy it',
        'places[0] (corpus: harbour): unknown field slack_team (check the spelling; see README "Several corpora")',
      ],
    ],
    [
      'a place naming no place',
      `${TWO}places:\n  - corpus: harbour\n`,
      [
        'places[0] (corpus: harbour): names no place; add discord_guilds, discord_channels, slack_teams or slack_channels',
      ],
    ],
    [
      'two corpora in one folder',
      'corpora:\n  harbour: { dir: harbour }\n  again: { dir: ./harbour/ }\n',
      [
        'corpora.again.dir: "./harbour/" is also the folder of corpora.harbour; give each corpus its own folder',
      ],
    ],
    [
      'an empty file',
      '',
      ['is empty: list the corpora under corpora: (see README "Several corpora")'],
    ],
    [
      'a bad corpus name',
      'corpora:\n  Harbour Town: { dir: harbour }\n',
      [
        'corpora.Harbour Town: a corpus name is 1-40 lowercase letters, digits, - or _, starting with a letter or digit',
      ],
    ],
  ])('GIVEN %s THEN start-up is refused with that mistake', async (_, yaml, errors) => {
    expect(await mistakes(yaml)).toEqual({ file: 'corpora.yaml', errors });
  });

  it('GIVEN a 19-digit guild id written as a bare number THEN it is kept exactly (not rounded)', async () => {
    const made = await makeTwoCorpora(
      `${TWO}places:\n  - corpus: orchard\n    discord_guilds: [1500000000000000003]\n`,
    );
    cleanups.push(made.cleanup);
    const loaded = await loadCorpora(made.dir, {
      logger: silentLogger(),
      cacheDir: null,
      scheduler: new Scheduler(),
    });
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(
      loaded.corpora.forPlace({ platform: 'discord', guildId: '1500000000000000003' })?.id,
    ).toBe('orchard');
    // 1500000000000000003 as a float is 1500000000000000000: that server must not match.
    expect(
      loaded.corpora.forPlace({ platform: 'discord', guildId: '1500000000000000000' }),
    ).toBeNull();
  });

  it('GIVEN a valid file THEN nothing is refused', async () => {
    expect(await mistakes(`${TWO}`)).toBe('loaded');
  });
});
