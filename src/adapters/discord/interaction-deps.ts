/**
 * What every interaction of a Discord client shares, built once from the platform's deps for
 * either transport (gateway or HTTP): the commands and the corpora of each place, the command
 * context but its corpus, the custom-id codec over the shared long button state (any instance may
 * get the click on a button another made), the cooldown, the site's address and the metrics.
 */
import type { Logger } from 'pino';
import { Scheduler } from '../../core/index.js';
import { corporaOf, type PlatformDeps } from '../../platform.js';
import { memoryState } from '../../shared-state/index.js';
import { CustomIdCodec, parseStoredPayload } from './custom-id.js';
import type { InteractionDeps } from './handle-interaction.js';

export function interactionDeps(
  deps: PlatformDeps<unknown>,
  logger: Logger,
  deferAfterMs: number | undefined,
): InteractionDeps {
  const meter = deps.meter;
  const shared = deps.shared ?? memoryState();
  return {
    commands: deps.commands,
    corpora: corporaOf(deps),
    ctx: {
      logger,
      scheduler: deps.scheduler ?? new Scheduler(),
      now: deps.now ?? (() => new Date()),
      ...(meter ? { observe: (event) => meter.commandAnswered('discord', event) } : {}),
    },
    logger,
    codec: new CustomIdCodec(shared.longState('discord-button', parseStoredPayload)),
    cooldown: deps.cooldown ?? null,
    publicUrl: deps.publicUrl,
    ...(meter ? { meter } : {}),
    ...(deferAfterMs !== undefined ? { deferAfterMs } : {}),
  };
}
