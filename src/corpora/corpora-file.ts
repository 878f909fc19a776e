/**
 * Reads `corpora.yaml` in CORPUS_DIR: the corpora one deployment serves and where each applies
 * (Discord servers and channels, Slack workspaces and channels), with a default. Every mistake is
 * named by file, entry and field, with how to fix it; none is fatal until all are collected.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { PlaceRules } from './place-rules.js';

const CORPORA_FILE = 'corpora.yaml';

/** One corpus as corpora.yaml names it. */
interface CorpusEntry {
  /** The name places and `--corpus` use; also scopes its quote ids. */
  id: string;
  /** Its folder, resolved against the folder of corpora.yaml. */
  dir: string;
  /** Shown by /source; null when not given. */
  title: string | null;
}

interface CorporaPlan {
  /** The path of corpora.yaml, as errors and logs name it. */
  file: string;
  corpora: CorpusEntry[];
  /** Used where no place rule matches; null: such places get "no corpus here". */
  defaultId: string | null;
  rules: PlaceRules;
}

export type CorporaFileResult =
  | { kind: 'absent' }
  | { kind: 'plan'; plan: CorporaPlan }
  | { kind: 'invalid'; file: string; errors: string[] };

const CORPUS_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** Ids may be written bare: YAML would read a 19-digit snowflake as a rounded number otherwise. */
const idText = z.union([z.string(), z.bigint(), z.number()]).transform((v) => String(v).trim());

const idList = (pattern: RegExp, what: string) =>
  z.array(idText.refine((v) => pattern.test(v), { message: what })).optional();

const corpusEntrySchema = z.strictObject({
  dir: z
    .string({ message: 'dir is required: the folder of its documents, relative to corpora.yaml' })
    .trim()
    .min(1, { message: 'dir is empty: give the folder of its documents' }),
  title: z.string().trim().min(1).optional(),
});

const placeSchema = z.strictObject({
  corpus: z.string({ message: 'corpus is required: the name of a corpus under corpora:' }),
  discord_guilds: idList(
    /^\d{1,22}$/,
    'a Discord server id is digits only (Developer Mode on, right-click the server, Copy Server ID)',
  ),
  discord_channels: idList(
    /^\d{1,22}$/,
    'a Discord channel id is digits only (Developer Mode on, right-click the channel, Copy Channel ID)',
  ),
  slack_teams: idList(
    /^[TE][A-Z0-9]{2,}$/,
    'a Slack workspace id starts with T (or E for an Enterprise Grid org), e.g. T0123ABCD',
  ),
  slack_channels: idList(
    /^[CGD][A-Z0-9]{2,}$/,
    'a Slack channel id starts with C (or G, D), e.g. C0123ABCD: open the channel details to copy it',
  ),
});

const fileSchema = z.strictObject({
  default: z.string().optional(),
  corpora: z.record(
    z.string().regex(CORPUS_ID, {
      message:
        'a corpus name is 1-40 lowercase letters, digits, - or _, starting with a letter or digit',
    }),
    corpusEntrySchema,
    {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? 'a corpus name is 1-40 lowercase letters, digits, - or _, starting with a letter or digit'
          : issue.input === undefined
            ? 'corpora is required: a map of corpus names to { dir, title }'
            : undefined,
    },
  ),
  places: z.array(placeSchema).optional(),
});

type PlaceEntry = z.output<typeof placeSchema>;

/** The plan in `corpusDir/corpora.yaml`, `absent` when there is none (one corpus: the folder). */
export async function readCorporaFile(
  corpusDir: string,
  readText: (file: string) => Promise<string>,
): Promise<CorporaFileResult> {
  const file = path.join(corpusDir, CORPORA_FILE);
  let raw: string;
  try {
    raw = await readText(file);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return { kind: 'absent' };
    return invalid(file, [`cannot be read (${(err as Error).message}); fix its permissions`]);
  }
  let data: unknown;
  try {
    data = YAML.parse(raw, { intAsBigInt: true });
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    return invalid(file, [`is not valid YAML: ${first}`]);
  }
  if (data === null || data === undefined)
    return invalid(file, [
      'is empty: list the corpora under corpora: (see README "Several corpora")',
    ]);
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    return invalid(
      file,
      parsed.error.issues.map((i) => `${describePath(i.path, data)}: ${describeIssue(i)}`),
    );
  }
  const errors: string[] = [];
  const corpora: CorpusEntry[] = [];
  const dirs = new Map<string, string>();
  for (const [id, entry] of Object.entries(parsed.data.corpora)) {
    const dir = path.resolve(corpusDir, entry.dir);
    const problem = await folderProblem(dir);
    if (problem) errors.push(`corpora.${id}.dir: the folder "${entry.dir}" ${problem}`);
    const twin = dirs.get(dir);
    if (twin)
      errors.push(
        `corpora.${id}.dir: "${entry.dir}" is also the folder of corpora.${twin}; give each corpus its own folder`,
      );
    dirs.set(dir, id);
    corpora.push({ id, dir, title: entry.title ?? null });
  }
  if (corpora.length === 0) errors.push('corpora: is empty; name at least one corpus');
  const known = corpora.map((c) => c.id);
  const unknown = (name: string) =>
    `"${name}" is not a corpus of this file (known: ${known.join(', ') || 'none'}); use one of those names or add it under corpora:`;
  const defaultId = parsed.data.default ?? null;
  if (defaultId !== null && !known.includes(defaultId))
    errors.push(`default: ${unknown(defaultId)}`);
  const rules = placeRules(parsed.data.places ?? [], known, unknown, errors);
  if (errors.length > 0) return invalid(file, errors);
  return { kind: 'plan', plan: { file, corpora, defaultId, rules } };
}

/** Builds the lookup tables; an id in two places is an error naming both. */
function placeRules(
  places: readonly PlaceEntry[],
  known: readonly string[],
  unknown: (name: string) => string,
  errors: string[],
): PlaceRules {
  const rules = {
    discordGuilds: new Map<string, string>(),
    discordChannels: new Map<string, string>(),
    slackTeams: new Map<string, string>(),
    slackChannels: new Map<string, string>(),
  } satisfies PlaceRules;
  const where = new Map<string, string>();
  const fields = [
    ['discord_guilds', rules.discordGuilds],
    ['discord_channels', rules.discordChannels],
    ['slack_teams', rules.slackTeams],
    ['slack_channels', rules.slackChannels],
  ] as const;
  places.forEach((place, i) => {
    const entry = `places[${i}] (corpus: ${place.corpus})`;
    if (!known.includes(place.corpus)) errors.push(`${entry}: corpus ${unknown(place.corpus)}`);
    if (fields.every(([field]) => (place[field] ?? []).length === 0))
      errors.push(
        `${entry}: names no place; add discord_guilds, discord_channels, slack_teams or slack_channels`,
      );
    for (const [field, table] of fields) {
      for (const id of place[field] ?? []) {
        const earlier = where.get(`${field} ${id}`);
        if (earlier && earlier !== entry) {
          errors.push(
            `${entry}: ${field} "${id}" is also in ${earlier}; a place can have one corpus, so keep it in one entry`,
          );
          continue;
        }
        where.set(`${field} ${id}`, entry);
        table.set(id, place.corpus);
      }
    }
  });
  return rules;
}

async function folderProblem(dir: string): Promise<string | null> {
  try {
    return (await stat(dir)).isDirectory() ? null : 'is a file, not a folder';
  } catch (err) {
    return (err as { code?: unknown }).code === 'ENOENT'
      ? 'does not exist; create it or fix the path (relative to corpora.yaml)'
      : `cannot be read (${(err as Error).message})`;
  }
}

/** `places[1] (corpus: kinsella).discord_guilds[0]`: the entry named as a person would look for it. */
function describePath(at: readonly PropertyKey[], data: unknown): string {
  if (at.length === 0) return 'the file';
  let out = '';
  let node: unknown = data;
  for (const key of at) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : null;
    const name = node && typeof node === 'object' ? (node as { corpus?: unknown }).corpus : null;
    if (typeof key === 'number' && typeof name === 'string') out += ` (corpus: ${name})`;
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling; see README "Several corpora")`;
  return issue.message;
}

function invalid(file: string, errors: string[]): CorporaFileResult {
  return { kind: 'invalid', file, errors };
}
