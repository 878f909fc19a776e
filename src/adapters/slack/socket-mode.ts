/**
 * Socket Mode transport: Bolt's SocketModeReceiver, with two repairs for @slack/socket-mode 3.1.
 * A reconnect whose apps.connections.open fails ends in an unhandled rejection and no further
 * attempts, and a connection completed after disconnect() stays open. The guard below catches the
 * first and retries, and closes the second (both fixed upstream in 3.2, not available here).
 * @see https://docs.slack.dev/apis/events-api/using-socket-mode
 */
import { SocketModeReceiver, type Logger as SlackLogger, type webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { errorFields } from './bolt-logger.js';

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
  /** Socket Mode's ping timeout; also the first reconnect delay (socket-mode multiplies it). */
  pingTimeoutMs: number;
}

export function createSocketTransport(options: SocketOptions): SocketTransport {
  const receiver = new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.slackLogger,
    clientPingTimeout: options.pingTimeoutMs,
    // The receiver builds its own Web API client for apps.connections.open from these options.
    installerOptions: { clientOptions: { ...options.clientOptions } },
  });
  const client = receiver.client;
  let closing = false;
  let started = false;
  let retryTimer: NodeJS.Timeout | undefined;
  let retryCount = 0;

  const originalStart = client.start.bind(client);
  const guardedStart = async (): Promise<webApi.AppsConnectionsOpenResponse> => {
    try {
      const result = await originalStart();
      started = true;
      retryCount = 0;
      if (closing) void client.disconnect();
      else options.logger.info('socket mode connected');
      return result;
    } catch (err) {
      if (!started) throw err; // the first start: startSlack reports it
      if (closing) return {} as webApi.AppsConnectionsOpenResponse;
      retryCount += 1;
      const delay = Math.min(options.pingTimeoutMs * retryCount, 60_000);
      options.logger.warn(
        { err: errorFields(err), retryInMs: delay },
        'socket mode reconnect failed; retrying',
      );
      retryTimer = setTimeout(() => {
        retryTimer = undefined;
        if (!closing) void client.start();
      }, delay);
      return {} as webApi.AppsConnectionsOpenResponse;
    }
  };
  // socket-mode calls `this.start` for every reconnect: the instance property wins over the prototype.
  client.start = guardedStart;
  client.on('reconnecting', () => options.logger.warn('socket mode connection lost; reconnecting'));

  return {
    receiver,
    async close(deadline: number): Promise<void> {
      closing = true;
      clearTimeout(retryTimer);
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
