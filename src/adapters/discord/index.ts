/**
 * The Discord platform: a discord.js Client with only the Guilds intent, every interaction handed
 * to the core, and a bounded stop. A session Discord refuses for good (bad token, disallowed
 * intents) is logged as an error naming what to fix and reported down. See docs/discord.md.
 * @see https://discord.js.org/docs/packages/discord.js/main/Client:Class
 */
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { PlatformDeps, RunningPlatform } from '../../platform.js';
import { PlatformStatus } from '../../platform-status.js';
import { firstResponder, firstResponseDeadline } from './first-response.js';
import { gatewayIncoming, gatewayResponder } from './gateway-interaction.js';
import { gatewayRefusal, type GatewayRefusal } from './gateway-refusal.js';
import { handleInteraction } from './handle-interaction.js';
import { interactionDeps } from './interaction-deps.js';
import type { Incoming } from './incoming.js';
import { DESTROY_RESERVE_MS, STOPPING_MESSAGE } from './limits.js';
import { NO_MENTIONS } from './render-discord.js';
import { restOptions } from './rest-policy.js';
import { safeErrorFields } from './safe-error.js';
import { StoppableShardingStrategy } from './stoppable-gateway.js';
import { untilDeadline } from './until-deadline.js';

export { startDiscordHttp } from './http-platform.js';
export { INTERACTIONS_PATH } from './http-interactions.js';

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
  const status = deps.status ?? new PlatformStatus();
  status.report('discord', 'starting');
  // Set by discord.js when it builds the gateway (a holder: TS cannot see the callback assign it).
  const gateway: { current: StoppableShardingStrategy | null } = { current: null };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ws: { buildStrategy: (manager) => (gateway.current = new StoppableShardingStrategy(manager)) },
    rest: restOptions({
      logger,
      apiUrl: config.apiUrl,
      ...(deps.meter ? { meter: deps.meter } : {}),
    }),
  });
  const handlerDeps = interactionDeps(deps, logger, options.deferAfterMs);

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let sessionReady = false;
  /** A refusal seen while logging in: login() then fails with a bare "Authentication failed". */
  let refusedAtLogin: GatewayRefusal | null = null;
  client.on(Events.InteractionCreate, (interaction) => {
    const receivedAt = Date.now();
    const work = (
      stopping
        ? answerWhileStopping(interaction, receivedAt)
        : answerFromGateway(interaction, receivedAt)
    ).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.Error, (err) => logger.error(safeErrorFields(err), 'discord client error'));
  client.on(Events.ShardError, (err) => {
    // A refusal comes with a bare "Authentication failed" error: the error line already says more.
    if (refusedAtLogin || status.states()['discord'] === 'down') return;
    logger.warn(safeErrorFields(err), 'gateway connection error');
  });
  // discord.js emits this only for the close codes it will not reconnect after.
  client.on(Events.ShardDisconnect, (event) => {
    if (stopping) return;
    const refusal = gatewayRefusal(event.code) ?? {
      code: event.code,
      variable: null,
      message: `Discord closed the gateway for good (close ${event.code}).`,
    };
    if (!sessionReady) {
      refusedAtLogin = refusal;
      return;
    }
    logger.error({ closeCode: refusal.code, variable: refusal.variable }, refusal.message);
    status.report('discord', 'down', refusal.message);
  });
  client.on(Events.ShardReconnecting, () => {
    if (!stopping) logger.info('gateway reconnecting');
  });
  client.on(Events.ShardResume, () => logger.info('gateway session resumed'));

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
    // Assigned by the ShardDisconnect listener, which TypeScript cannot see.
    const refusal = refusedAtLogin as GatewayRefusal | null;
    const message =
      refusal?.message ?? (err instanceof DiscordStartError ? err.message : loginFailure(err));
    const variable =
      refusal?.variable ?? (message.includes('DISCORD_TOKEN') ? 'DISCORD_TOKEN' : null);
    logger.error(
      { ...(refusal ? { closeCode: refusal.code } : safeErrorFields(err)), variable },
      message,
    );
    status.report('discord', 'down', message);
    gateway.current?.stayDown();
    await untilDeadline(
      client.destroy().catch(() => undefined),
      DESTROY_RESERVE_MS,
      undefined,
    );
    throw new DiscordStartError(message);
  }
  sessionReady = true;
  status.report('discord', 'running');
  logger.info({ user: client.user?.tag, applicationId: config.applicationId }, 'discord ready');

  async function answerFromGateway(interaction: Interaction, receivedAt: number): Promise<void> {
    let incoming: Incoming;
    try {
      incoming = gatewayIncoming(interaction);
    } catch (err) {
      logger.error(
        { interactionId: interaction.id, ...safeErrorFields(err) },
        'unreadable interaction',
      );
      return;
    }
    await handleInteraction(incoming, gatewayResponder(interaction), handlerDeps, receivedAt);
  }

  /**
   * Interactions that arrive once stop has begun get a short private answer (an empty list for
   * autocomplete) rather than Discord's "The application did not respond": the person learns it
   * is a restart, not a broken command. Best effort: the gateway may close before it is sent.
   */
  async function answerWhileStopping(interaction: Interaction, receivedAt: number): Promise<void> {
    const first = firstResponder({
      deadline: firstResponseDeadline(receivedAt),
      logger,
      interactionId: interaction.id,
    });
    try {
      if (interaction.isAutocomplete()) await first(() => interaction.respond([]));
      else if (interaction.isRepliable())
        await first(() =>
          interaction.reply({
            content: STOPPING_MESSAGE,
            flags: MessageFlags.Ephemeral,
            allowedMentions: NO_MENTIONS,
          }),
        );
    } catch (err) {
      logger.warn(safeErrorFields(err), 'could not answer an interaction while stopping');
    }
  }

  let stopped: Promise<void> | null = null;
  return {
    name: 'discord',
    stop(timeoutMs: number): Promise<void> {
      stopped ??= (async () => {
        stopping = true;
        if (status.states()['discord'] !== 'down') status.report('discord', 'stopping');
        const started = Date.now();
        const budget = Math.max(0, timeoutMs);
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
  return `Could not connect to Discord (${String(fields['error'])}${fields['status'] ? ` ${String(fields['status'])}` : ''}).`;
}
