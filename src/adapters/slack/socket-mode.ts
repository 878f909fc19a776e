/**
 * Socket Mode transport: Bolt's SocketModeReceiver, with the client's own reconnection turned off
 * (`autoReconnectEnabled: false`) and done here instead, through the client's public `start()`,
 * `disconnect()` and `disconnected` event. @slack/socket-mode 3.1 reconnecting by itself retries an
 * apps.connections.open refusal it does not list (`token_revoked`) forever inside `start()`, ends
 * a failed reconnect in an unhandled rejection with no further attempt, and keeps a connection
 * completed after `disconnect()` open (the last two fixed upstream in 3.2, not available here).
 * Here a refused token ends Slack for good (`onFatal`), anything else is retried with a growing
 * delay, and a connection that completes after `close()` is closed again.
 * @see https://docs.slack.dev/apis/events-api/using-socket-mode
 */
import { SocketModeReceiver, type Logger as SlackLogger, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { errorFields, platformErrorCode } from './bolt-logger.js';

/**
 * apps.connections.open errors that no retry can fix: the app token is wrong, revoked or expired,
 * or the app or workspace is gone. socket-mode lists some of them; it retries the others.
 */
export const REFUSED_TOKEN_CODES: ReadonlySet<string> = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'missing_scope',
  'user_removed_from_team',
  'team_disabled',
]);

/** Longest wait between two reconnect attempts, in ms. */
const MAX_RETRY_DELAY_MS = 60_000;

export interface SocketTransport {
  receiver: SocketModeReceiver;
  /** Disconnects; resolves when closed or at `deadline` (epoch ms), whichever is first. */
  close(deadline: number): Promise<void>;
}

export interface SocketOptions {
  appToken: string;
  clientOptions: webApi.WebClientOptions;
  slackLogger: SlackLogger;
  logger: Logger;
  /** Socket Mode's ping timeout; also the step of the reconnect delay (step × attempt). */
  pingTimeoutMs: number;
  /** Called once when Slack refuses the app token on a reconnect (`invalid_auth`, …): no retry. */
  onTokenRefused: (code: string) => void;
}

export function createSocketTransport(options: SocketOptions): SocketTransport {
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.slackLogger,
    clientPingTimeout: options.pingTimeoutMs,
    autoReconnectEnabled: false,
    // The receiver builds its own Web API client for apps.connections.open from these options.
    installerOptions: { clientOptions: { ...options.clientOptions } },
  });
  const client = receiver.client;
  /** Set by the first connection (app.start); a failed first start is startSlack's to report. */
  let started = false;
  let closing = false;
  let connecting = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const scheduleReconnect = (): void => {
    const delay = Math.min(options.pingTimeoutMs * (failures + 1), MAX_RETRY_DELAY_MS);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void reconnect();
    }, delay);
  };

  const reconnect = async (): Promise<void> => {
    if (closing) return;
    connecting = true;
    try {
      await client.start();
      failures = 0;
      if (closing) void client.disconnect();
      else options.logger.info('socket mode connected');
    } catch (err) {
      if (closing) return;
      const code = platformErrorCode(err);
      if (code && REFUSED_TOKEN_CODES.has(code)) {
        closing = true;
        options.onTokenRefused(code);
        return;
      }
      failures += 1;
      options.logger.warn(
        { err: errorFields(err), attempt: failures },
        'socket mode reconnect failed; retrying',
      );
      scheduleReconnect();
    } finally {
      connecting = false;
    }
  };

  client.on('connected', () => {
    started = true;
  });
  // Emitted when a connection ends, and when a start() in progress fails (which reconnect handles).
  client.on('disconnected', () => {
    if (!started || closing || connecting || retryTimer) return;
    options.logger.warn('socket mode connection lost; reconnecting');
    scheduleReconnect();
  });

  return {
    receiver,
    async close(deadline: number): Promise<void> {
      closing = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      const remaining = Math.max(0, deadline - Date.now());
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), remaining);
      });
      const result = await Promise.race([
        client.disconnect().then(() => 'closed' as const),
        timedOut,
      ]);
      clearTimeout(timer);
      if (result === 'timeout')
        options.logger.warn('socket mode did not close before the deadline');
    },
  };
}
