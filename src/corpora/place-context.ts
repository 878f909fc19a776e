/**
 * The command context for one interaction: the corpus of the place it came from, or the private
 * answer for a place that has none. Adapters call this where they used to share one context.
 */
import { ErrorCode, errorReply, type CommandContext, type Reply } from '../core/index.js';
import type { Corpora } from './corpora.js';
import type { Place } from './place-rules.js';

/** A command context without its corpus: what every interaction of an adapter shares. */
export type SharedContext = Omit<CommandContext, 'corpus'>;

export type PlaceContext =
  { ok: true; ctx: CommandContext; corpusId: string } | { ok: false; reply: Reply };

export function contextForPlace(
  corpora: Corpora,
  shared: SharedContext,
  place: Place,
): PlaceContext {
  const placed = corpora.forPlace(place);
  if (!placed) return { ok: false, reply: noCorpusReply(place) };
  return {
    ok: true,
    corpusId: placed.id,
    ctx: {
      ...shared,
      corpus: placed.corpus,
      ...(placed.title ? { corpusTitle: placed.title } : {}),
      logger: shared.logger.child({ corpus: placed.id }),
    },
  };
}

/** Said privately where corpora.yaml maps no corpus and names no default. */
function noCorpusReply(place: Place): Reply {
  const where =
    place.platform === 'slack'
      ? 'This workspace'
      : place.platform === 'discord' && !place.guildId
        ? 'Direct messages'
        : place.platform === 'discord'
          ? 'This server'
          : 'This console';
  const how =
    place.platform === 'slack'
      ? 'slack_teams or slack_channels'
      : place.platform === 'discord'
        ? 'discord_guilds or discord_channels'
        : 'a default';
  return errorReply(
    ErrorCode.NoCorpus,
    `${where} has no corpus configured, so there is nothing to quote from here.`,
    `The bot's operator can add it to corpora.yaml (${how} under places:, or a default).`,
  );
}
