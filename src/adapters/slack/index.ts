/**
 * The Slack adapter: Bolt in Socket Mode when SLACK_APP_TOKEN is set, HTTP mode otherwise (its
 * listener handed to the process's one HTTP server on PORT, or on its own port when none is given).
 * Registers every core command as a slash command, the page/context buttons, @mentions and the
 * "Verify quote" shortcut, and stops within a deadline, even mid-reconnect.
 * @see https://docs.slack.dev/tools/bolt-js/
 */
import type { Server } from 'node:http';
import { App, webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import { corporaOf, type PlatformDeps, type RunningPlatform } from '../../platform.js';
import { Scheduler } from '../../core/index.js';
import { PlatformStatus } from '../../platform-status.js';
import { memoryState } from '../../shared-state/index.js';
import { parseStoredAction } from './action-codec.js';
import { errorFields, platformErrorCode, toSlackLogger } from './bolt-logger.js';
import { registerButtonActions } from './button-actions.js';
import { EVENTS_PATH } from './build-manifest.js';
import { createHttpTransport, type HttpTransport } from './http-mode.js';
import { SLACK_NETWORK } from './limits.js';
import { registerMention } from './mention.js';
import { InFlight, type SlackRuntime } from './runtime.js';
import { registerSlashCommands } from './slash-commands.js';
import { createSocketTransport, REFUSED_TOKEN_CODES, type SocketTransport } from './socket-mode.js';
import { registerVerifyShortcut } from './verify-shortcut.js';

/** The running Slack adapter. */
export interface RunningSlack extends RunningPlatform {
  mode: 'socket' | 'http';
  /** The port HTTP mode is served on (the one HTTP server's, or its own); null in Socket Mode. */
  port: number | null;
  /** Slash command names registered (`/quote`, …). */
  commands: string[];
  /** Whether the "Verify quote" shortcut is registered. */
  verifyShortcut: boolean;
}

/** Tuning for tests and unusual networks; the defaults suit production. */
export interface SlackStartOptions {
  /** Socket Mode ping timeout and first reconnect delay, in ms (socket-mode's default is 5000). */
  socketPingTimeoutMs?: number;
  /**
   * How long to wait for a response_url to answer, in ms (default 10 s). Past it the answer counts
   * as unconfirmed and is not sent again (see answer.ts).
   */
  responseUrlTimeoutMs?: number;
  /**
   * Called once when Slack is down for good while running (Slack refused the app token on a
   * reconnect), with the message for the operator; already logged at error level. Slack takes no
   * more work; the caller decides whether the process goes on (another platform) or exits.
   */
  onFatal?: (reason: string) => void;
}

/** Starts the adapter; rejects with a message naming the setting at fault when it cannot start. */
export async function startSlack(
  deps: PlatformDeps<SlackConfig>,
  options: SlackStartOptions = {},
): Promise<RunningSlack> {
  const { config, logger } = deps;
  const status = deps.status ?? new PlatformStatus();
  status.report('slack', 'starting');
  const slackLogger = toSlackLogger(logger);
  const clientOptions: webApi.WebClientOptions = {
    ...(config.apiUrl ? { slackApiUrl: withTrailingSlash(config.apiUrl) } : {}),
    retryConfig: {
      retries: SLACK_NETWORK.webApiRetries,
      factor: 2,
      minTimeout: 500,
      maxTimeout: 2000,
    },
    timeout: SLACK_NETWORK.webApiTimeoutMs,
    logger: slackLogger,
  };
  if (!config.appToken && !config.signingSecret) {
    throw new Error(
      'SLACK_SIGNING_SECRET is required for HTTP mode (api.slack.com/apps → your app → Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode',
    );
  }
  const identity = await checkBotToken(config, clientOptions);

  let accepting = false;
  const shared = deps.shared ?? memoryState();
  const rt: SlackRuntime = {
    commands: deps.commands,
    corpora: corporaOf(deps),
    ctx: {
      logger,
      scheduler: deps.scheduler ?? new Scheduler(),
      now: deps.now ?? (() => new Date()),
      commandPrefix: deps.config.commandPrefix,
      ...(deps.meter ? { observe: (event) => deps.meter?.commandAnswered('slack', event) } : {}),
    },
    actions: shared.longState('slack-action', parseStoredAction),
    deliveries: shared.deliveries,
    cooldown: deps.cooldown ?? null,
    prefix: config.commandPrefix,
    logger,
    work: new InFlight(),
    accepting: () => accepting,
    responseUrlTimeoutMs: options.responseUrlTimeoutMs ?? SLACK_NETWORK.responseUrlTimeoutMs,
    publicUrl: deps.publicUrl,
    ...(deps.meter ? { meter: deps.meter } : {}),
    metered: new WeakSet(),
  };

  // Slack is down for good: one error line naming the setting, then the caller is told.
  let down = false;
  const fail = (reason: string): void => {
    if (down) return;
    down = true;
    accepting = false;
    logger.error({ reason }, 'slack is down for good');
    status.report('slack', 'down', reason);
    options.onFatal?.(reason);
  };

  let http: HttpTransport | null = null;
  let socket: SocketTransport | null = null;
  if (config.appToken) {
    socket = createSocketTransport({
      appToken: config.appToken,
      clientOptions,
      slackLogger,
      logger,
      pingTimeoutMs: options.socketPingTimeoutMs ?? 5000,
      onTokenRefused: (code) => fail(appTokenRefused(code, true)),
    });
  } else {
    http = createHttpTransport({
      signingSecret: config.signingSecret!,
      port: config.port,
      slackLogger,
      logger,
      ready: () => accepting && status.allRunning(),
      platforms: () => status.states(),
    });
  }

  const app = new App({
    receiver: socket ? socket.receiver : http!.receiver,
    token: config.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    logger: slackLogger,
    clientOptions,
  });
  app.error(async (err) => {
    logger.error({ err: errorFields(err) }, 'slack app error');
  });
  const commands = registerSlashCommands(app, rt);
  registerButtonActions(app, rt);
  registerMention(app, rt);
  const verifyShortcut = registerVerifyShortcut(app, rt);

  let port: number | null = null;
  if (http && deps.http) {
    // The process's one HTTP server takes Slack's requests: Bolt's receiver answers them without
    // listening itself (App's constructor already gave it the app).
    deps.http.route(EVENTS_PATH, http.receiver.requestListener);
    port = deps.http.port;
  } else {
    try {
      const started = await app.start(config.port);
      if (http) port = http.attach(started as Server);
    } catch (err) {
      logger.error({ err: errorFields(err) }, 'slack failed to start');
      throw new Error(startFailure(err, config));
    }
  }
  accepting = true;
  status.report('slack', 'running');
  logger.info(
    { mode: socket ? 'socket' : 'http', port, commands, verifyShortcut, team: identity.team },
    'slack ready',
  );

  let stopping: Promise<void> | null = null;
  return {
    name: 'slack',
    mode: socket ? 'socket' : 'http',
    port,
    commands,
    verifyShortcut,
    stop(timeoutMs: number): Promise<void> {
      stopping ??= (async () => {
        const deadline = Date.now() + Math.max(0, timeoutMs);
        accepting = false;
        if (!down) status.report('slack', 'stopping');
        // Socket Mode: stop receiving at once (Slack then delivers elsewhere) while work drains.
        // HTTP mode: keep listening while work drains, so /healthz reports "not ready" meanwhile.
        const [drained] = await Promise.all([rt.work.settle(deadline), socket?.close(deadline)]);
        if (!drained)
          logger.warn({ inFlight: rt.work.size }, 'slack stopped with work still in flight');
        if (http && deps.http) deps.http.route(EVENTS_PATH, null);
        else if (http) await http.close(deadline);
        logger.info('slack stopped');
      })();
      return stopping;
    },
  };
}

/** Calls auth.test once: a clear error for a bad token, and the bot's ids for mention handling. */
async function checkBotToken(
  config: SlackConfig,
  clientOptions: webApi.WebClientOptions,
): Promise<{ botId: string; botUserId: string; team: string | null }> {
  const client = new webApi.WebClient(config.botToken, { ...clientOptions });
  let result: webApi.AuthTestResponse;
  try {
    result = await client.auth.test();
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code) {
      throw new Error(
        `Slack refused SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) from api.slack.com/apps → your app → OAuth & Permissions, after installing the app to the workspace`,
      );
    }
    throw new Error(
      `Could not reach the Slack Web API${config.apiUrl ? ' at SLACK_API_URL' : ''}: check the network${config.apiUrl ? ' and SLACK_API_URL' : ''}`,
    );
  }
  if (!result.user_id || !result.bot_id) {
    throw new Error(
      'SLACK_BOT_TOKEN is not a bot token: use the Bot User OAuth Token (xoxb-…) from OAuth & Permissions',
    );
  }
  return { botId: result.bot_id, botUserId: result.user_id, team: result.team ?? null };
}

/** What to tell the operator when app.start() failed. */
function startFailure(err: unknown, config: SlackConfig): string {
  if (!config.appToken)
    return `Could not listen on PORT ${config.port} for Slack requests: is the port free?`;
  const code = platformErrorCode(err);
  if (code && REFUSED_TOKEN_CODES.has(code)) return appTokenRefused(code, false);
  const why = code ?? errorFields(err).message;
  return `Could not open a Socket Mode connection (${why}): check the network${config.apiUrl ? ' and SLACK_API_URL' : ''}`;
}

/** What to tell the operator when Slack refuses the app token, at start-up or on a reconnect. */
function appTokenRefused(code: string, onReconnect: boolean): string {
  const fix =
    'create an App-Level Token with the connections:write scope (api.slack.com/apps → your app → Basic Information → App-Level Tokens) and turn on Socket Mode';
  if (!onReconnect) return `Slack refused SLACK_APP_TOKEN (${code}): ${fix}`;
  return `Slack refused SLACK_APP_TOKEN (${code}) on reconnect: the token was revoked or the app uninstalled. To fix it, ${fix}, set SLACK_APP_TOKEN and restart; after reinstalling the app, update SLACK_BOT_TOKEN too (OAuth & Permissions → Bot User OAuth Token)`;
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
