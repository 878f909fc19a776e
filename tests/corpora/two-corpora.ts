/**
 * A CORPUS_DIR with corpora.yaml and two small corpora with different speakers, plus one document
 * present, byte for byte, in both (the same passage text, to test that quote ids stay unique).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Discord and Slack ids the yaml maps (guild A: harbour, guild B: orchard, one channel of B: harbour). */
export const PLACES = {
  guildA: '1500000000000000001',
  guildB: '1500000000000000002',
  guildNone: '1500000000000000003',
  channelOfB: '1400000000000000002',
  harbourChannelInB: '1400000000000000009',
  teamA: 'T0HARBOUR',
  teamB: 'T0ORCHARD',
  teamNone: 'T0NOBODY',
  harbourChannelInTeamB: 'C0HARBOUR',
} as const;

export const CORPORA_YAML = `# no default: a place no rule names has no corpus
corpora:
  harbour: { dir: harbour, title: "Maya Okafor" }
  orchard: { dir: orchard, title: "Tomas Reyes" }
places:
  - corpus: harbour
    discord_guilds: [${PLACES.guildA}]
    slack_teams: [${PLACES.teamA}]
  - corpus: orchard
    discord_guilds: ["${PLACES.guildB}"]
    slack_teams: [${PLACES.teamB}]
  - corpus: harbour
    discord_channels: ["${PLACES.harbourChannelInB}"]
    slack_channels: [${PLACES.harbourChannelInTeamB}]
`;

const post = (id: string, author: string, date: string, body: string) => `---
id: ${id}
title: ${id.replace(/-/g, ' ')}
publisher: Loopback Gazette
author: ${author}
url: https://example.org/${id}
published: ${date}
kind: social
---
${body}
`;

/** Same file in both corpora: the same document id and the same passage text. */
export const SHARED_TEXT =
  'The ferry timetable agreed by both councils starts on the first of May.';
const SHARED = post('shared-ferry', 'Joint Committee', '2021-04-01', SHARED_TEXT);

const HARBOUR = {
  'corpus.yaml': 'subject: Maya Okafor\n',
  'harbour-wall.md': post(
    'harbour-wall',
    'Maya Okafor',
    '2021-02-01',
    'The lighthouse keeps its lamp and the harbour wall gets repaired before winter.',
  ),
  'shared-ferry.md': SHARED,
};
const ORCHARD = {
  'corpus.yaml': 'subject: Tomas Reyes\n',
  'cider-press.md': post(
    'cider-press',
    'Tomas Reyes',
    '2021-03-01',
    'The pear orchard opens its cider press to every family in the valley.',
  ),
  'shared-ferry.md': SHARED,
};

/** Writes the folder; `yaml` replaces corpora.yaml (null: none). */
export async function makeTwoCorpora(
  yaml: string | null = CORPORA_YAML,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-corpora-'));
  for (const [folder, files] of [
    ['harbour', HARBOUR],
    ['orchard', ORCHARD],
  ] as const) {
    await mkdir(join(dir, folder));
    for (const [name, text] of Object.entries(files))
      await writeFile(join(dir, folder, name), text);
  }
  if (yaml !== null) await writeFile(join(dir, 'corpora.yaml'), yaml);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
