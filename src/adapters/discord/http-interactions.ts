/**
 * Discord over HTTP: `POST /discord/interactions`, a Hono sub-app the process's one HTTP server
 * mounts. Each request is checked (Ed25519 signature over timestamp + raw body, five minutes
 * either way, else 401), PING is answered with PONG, and everything else runs through the same
 * handlers as the gateway, the first response going back in this request's body within 3 s.
 * @see https://discord.com/developers/docs/interactions/overview#configuring-an-interactions-endpoint-url
 */
import type { ServerResponse } from 'node:http';
import {
  InteractionResponseType,
  InteractionType,
  REST,
  type APIInteractionResponse,
} from 'discord.js';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { DiscordConfig } from '../../config.js';
import type { PlatformDeps } from '../../platform.js';
import { firstResponseDeadline } from './first-response.js';
import { handleInteraction } from './handle-interaction.js';
import { interactionDeps } from './interaction-deps.js';
import { readInteraction } from './http-payload.js';
import { HttpResponder, toApiMessage } from './http-responder.js';
import { STOPPING_MESSAGE } from './limits.js';
import { renderNotice } from './render-discord.js';
import { restOptions } from './rest-policy.js';
import { checkSignature, publicKeyFromHex } from './verify-signature.js';

/** Where Discord sends interactions (the Interactions Endpoint URL's path). */
export const INTERACTIONS_PATH = '/discord/interactions';

/** Interactions are a few kilobytes; a message command carries its target message (≤ 4000 chars). */
const MAX_BODY_BYTES = 256 * 1024;

const TOO_SLOW =
  'Sorry, that took too long to answer. Please try again; if it keeps happening, tell the server managers.';

export interface DiscordHttpDeps extends PlatformDeps<DiscordConfig> {
  /** Defer replies the core has not produced after this long (tests shorten it). */
  deferAfterMs?: number;
  /** Answers in progress, for a stop that waits for them (http-platform.ts). */
  inFlight?: Set<Promise<void>>;
  /** True once stop has begun: new interactions get a short "restarting" answer. */
  stopping?: () => boolean;
}

/** The sub-app; `deps.config.publicKey` must be set (config.ts ensures it in http mode). */
export function discordInteractionRoutes(deps: DiscordHttpDeps): Hono {
  const { config, logger } = deps;
  if (!config.publicKey) throw new Error('DISCORD_PUBLIC_KEY is required for HTTP interactions');
  const publicKey = publicKeyFromHex(config.publicKey);
  const meter = deps.meter;
  const rest = new REST({
    version: '10',
    ...restOptions({ logger, apiUrl: config.apiUrl, ...(meter ? { meter } : {}) }),
  });
  const shared = interactionDeps(deps, logger, deps.deferAfterMs);

  const app = new Hono();
  app.post(
    INTERACTIONS_PATH,
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => {
        logger.warn({ maxBytes: MAX_BODY_BYTES }, 'discord interaction refused: body too large');
        return c.json({ error: 'request body too large' }, 413);
      },
    }),
    async (c) => {
      const receivedAt = Date.now();
      const raw = new Uint8Array(await c.req.arrayBuffer());
      const refusal = checkSignature(
        {
          signature: c.req.header('x-signature-ed25519'),
          timestamp: c.req.header('x-signature-timestamp'),
          body: raw,
        },
        publicKey,
        receivedAt,
      );
      if (refusal) {
        logger.warn({ reason: refusal }, 'discord interaction refused: invalid request signature');
        return c.json({ error: 'invalid request signature' }, 401);
      }
      let body: unknown;
      try {
        body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      } catch {
        logger.warn('discord interaction refused: the body is not JSON');
        return c.json({ error: 'the body is not JSON' }, 400);
      }
      // Discord's PING (the portal's endpoint check) carries few fields: answered before the rest
      // of the payload is read.
      if ((body as { type?: unknown } | null)?.type === InteractionType.Ping)
        return c.json({ type: InteractionResponseType.Pong });
      const read = readInteraction(body);
      if (!read.ok) {
        logger.warn({ error: read.error }, 'discord interaction refused: malformed');
        return c.json({ error: read.error }, 400);
      }
      const { interaction } = read;
      if (deps.stopping?.()) return c.json(whileStopping(interaction.type));

      const responder = new HttpResponder({
        rest,
        applicationId: interaction.applicationId,
        token: interaction.token,
        interactionId: interaction.incoming.id,
        logger,
      });
      const work = handleInteraction(interaction.incoming, responder, shared, receivedAt);
      const tracked = work.then(() => undefined).finally(() => deps.inFlight?.delete(tracked));
      deps.inFlight?.add(tracked);

      const first = await firstOf(responder, work, firstResponseDeadline(receivedAt) - Date.now());
      afterResponse(c.env, () => responder.markSent());
      if (first === 'none' && interaction.incoming.kind === 'other') {
        return c.json({ error: `interaction type ${interaction.type} is not supported` }, 400);
      }
      if (first === 'late' || first === 'none') {
        logger.error(
          {
            interactionId: interaction.incoming.id,
            reason: first === 'late' ? 'deadline' : 'no answer',
          },
          'no answer from the handler within the 3 s window: answered "took too long"',
        );
        const fallback = fallbackFor(interaction.type);
        responder.giveUp(fallback);
        return c.json(fallback);
      }
      return c.json(first);
    },
  );
  return app;
}

/**
 * The handler's first response; `late` when the window is closing first; `none` when the handler
 * finished without one.
 */
async function firstOf(
  responder: HttpResponder,
  work: Promise<void>,
  waitMs: number,
): Promise<APIInteractionResponse | 'late' | 'none'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, waitMs));
  });
  try {
    // The first response first: once given, it wins over the handler finishing.
    return await Promise.race([responder.firstResponse, late, work.then(() => 'none' as const)]);
  } finally {
    clearTimeout(timer);
  }
}

/** Calls `then` once the response is written (Node's server), or on the next turn elsewhere. */
function afterResponse(env: unknown, then: () => void): void {
  const outgoing = (env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (outgoing && typeof outgoing.once === 'function' && !outgoing.writableFinished) {
    outgoing.once('finish', then);
    outgoing.once('close', then);
  } else setImmediate(then);
}

function fallbackFor(type: number): APIInteractionResponse {
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    };
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: toApiMessage(renderNotice(TOO_SLOW)),
  };
}

function whileStopping(type: number): APIInteractionResponse {
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    };
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: toApiMessage(renderNotice(STOPPING_MESSAGE)),
  };
}
