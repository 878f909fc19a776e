/**
 * The Discord platform: a discord.js Client with only the Guilds intent, every interaction handed
 * to the core, and a bounded stop. See docs/discord.md for setup.
 * @see https://discord.js.org/docs/packages/discord.js/main/Client:Class
 */
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { PlatformDeps, RunningPlatform } from '../../platform.js';
import { CustomIdCodec } from './custom-id.js';
import { handleInteraction, type InteractionDeps } from './handle-interaction.js';
import { DESTROY_RESERVE_MS, REST_TIMEOUT_MS, STOPPING_MESSAGE } from './limits.js';
import { NO_MENTIONS } from './render-discord.js';
import { safeErrorFields } from './safe-error.js';
import { StoppableShardingStrategy } from './stoppable-gateway.js';
import { budgetFrom, untilDeadline } from './until-deadline.js';

export { buildCommandData, VERIFY_MESSAGE_COMMAND } from './command-data.js';
export { registerCommands } from './register-commands.js';
export { renderDiscord } from './render-discord.js';

/** How long login may take before start-up gives up. */
const READY_TIMEOUT_MS = 30_000;

export interface DiscordStartOptions {
  /** Defer replies the core has not produced after this long (tests shorten it). */
  deferAfterMs?: number;
}

/** Thrown when the bot cannot connect; the message is safe to show (no token). */
export class DiscordStartError extends Error {
  override name = 'DiscordStartError';
}

/** Logs in and starts answering interactions; resolves once the gateway session is ready. */
export async function startDiscord(
  deps: PlatformDeps<DiscordConfig>,
  options: DiscordStartOptions = {},
): Promise<RunningPlatform> {
  const { config, logger } = deps;
  // Set by discord.js when it builds the gateway (a holder: TS cannot see the callback assign it).
  const gateway: { current: StoppableShardingStrategy | null } = { current: null };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ws: { buildStrategy: (manager) => (gateway.current = new StoppableShardingStrategy(manager)) },
    rest: { timeout: REST_TIMEOUT_MS, ...(config.apiUrl ? { api: config.apiUrl } : {}) },
  });
  const handlerDeps: InteractionDeps = {
    commands: deps.commands,
    ctx: { corpus: deps.corpus, logger, now: deps.now ?? (() => new Date()) },
    logger,
    codec: new CustomIdCodec(),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  };

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    const work = (
      stopping ? answerWhileStopping(interaction) : handleInteraction(interaction, handlerDeps)
    ).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.Error, (err) => logger.error(safeErrorFields(err), 'discord client error'));
  client.on(Events.ShardError, (err) =>
    logger.warn(safeErrorFields(err), 'gateway connection error'),
  );
  client.on(Events.ShardDisconnect, (event) => {
    if (!stopping) logger.warn({ code: event.code }, 'gateway disconnected');
  });
  client.on(Events.ShardReconnecting, () => {
    if (!stopping) logger.info('gateway reconnecting');
  });
  client.on(Events.ShardResume, () => logger.info('gateway session resumed'));
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { method: info.method, retryAfter: info.retryAfter, global: info.global },
      'rate limited by Discord',
    ),
  );

  try {
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    // Bounded: a gateway that never says hello would otherwise keep login waiting for ever.
    const loggedIn = client.login(config.token).then(() => ready);
    const isReady = await untilDeadline(
      loggedIn.then(() => true),
      READY_TIMEOUT_MS,
      false,
    );
    if (!isReady) {
      throw new DiscordStartError('Discord did not finish the gateway handshake within 30 s.');
    }
  } catch (err) {
    logger.error(safeErrorFields(err), 'discord login failed');
    gateway.current?.stayDown();
    await untilDeadline(
      client.destroy().catch(() => undefined),
      DESTROY_RESERVE_MS,
      undefined,
    );
    if (err instanceof DiscordStartError) throw err;
    throw new DiscordStartError(loginFailure(err));
  }
  logger.info({ user: client.user?.tag, applicationId: config.applicationId }, 'discord ready');

  /**
   * Interactions that arrive once stop has begun get a short private answer (an empty list for
   * autocomplete) rather than Discord's "The application did not respond": the person learns it
   * is a restart, not a broken command. Best effort: the gateway may close before it is sent.
   */
  async function answerWhileStopping(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable())
        await interaction.reply({
          content: STOPPING_MESSAGE,
          flags: MessageFlags.Ephemeral,
          allowedMentions: NO_MENTIONS,
        });
    } catch (err) {
      logger.warn(safeErrorFields(err), 'could not answer an interaction while stopping');
    }
  }

  let stopped: Promise<void> | null = null;
  return {
    name: 'discord',
    stop(deadlineMs: number): Promise<void> {
      stopped ??= (async () => {
        stopping = true;
        const started = Date.now();
        const budget = budgetFrom(deadlineMs, started);
        const drained = await untilDeadline(
          Promise.allSettled([...inFlight]).then(() => true),
          Math.max(0, budget - DESTROY_RESERVE_MS),
          false,
        );
        if (!drained)
          logger.warn({ abandoned: inFlight.size }, 'stopping with replies still in flight');
        // destroy() alone does not cancel a reconnect in progress, and can hang or reject: the
        // gateway is told to stay down first, the wait is bounded, and a rejection is handled here.
        gateway.current?.stayDown();
        const destroyed = client.destroy().then(
          () => true,
          (err: unknown) => {
            logger.warn(safeErrorFields(err), 'discord client did not close cleanly');
            return true;
          },
        );
        const closed = await untilDeadline(
          destroyed,
          Math.max(0, budget - (Date.now() - started)),
          false,
        );
        logger.info({ closed }, closed ? 'discord stopped' : 'discord stop deadline reached');
      })();
      return stopped;
    },
  };
}

function loginFailure(err: unknown): string {
  const fields = safeErrorFields(err);
  if (
    fields['status'] === 401 ||
    (err instanceof Error && /TokenInvalid|invalid token/i.test(`${err.name} ${err.message}`))
  ) {
    return 'Discord rejected DISCORD_TOKEN (401). Copy a fresh token from Developer Portal → Bot → Reset Token.';
  }
  if (
    fields['code'] === 4014 ||
    (err instanceof Error && /disallowed intents/i.test(err.message))
  ) {
    return 'Discord refused the gateway intents; Verbatim asks only for Guilds, so check the application settings.';
  }
  return `Could not connect to Discord (${String(fields['error'])}${fields['status'] ? ` ${String(fields['status'])}` : ''}).`;
}
