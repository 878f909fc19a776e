/**
 * HTTP mode transport: Bolt's HTTPReceiver on PORT, every request checked first (request-checks.ts:
 * signature with SLACK_SIGNING_SECRET and a timestamp within five minutes either way, else 401; a
 * body Bolt cannot route, 400), plus GET /healthz, which answers 200 while the app takes work and
 * every platform of the process runs, and 503 before it is ready, while it shuts down, and while a
 * platform is down; the body lists each platform's state.
 * @see https://api.slack.com/authentication/verifying-requests-from-slack
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPReceiver, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';
import { EVENTS_PATH } from './build-manifest.js';
import { checkedRequestListener } from './request-checks.js';

const HEALTH_PATH = '/healthz';

export interface HttpTransport {
  receiver: HTTPReceiver;
  /** Called with the server Bolt started, to learn its port and close it later. */
  attach(server: Server): number;
  /** Stops listening and closes every connection; resolves by `deadline` (epoch ms). */
  close(deadline: number): Promise<void>;
}

export function createHttpTransport(options: {
  signingSecret: string;
  port: number;
  slackLogger: SlackLogger;
  logger: Logger;
  /** True while the app is started and not stopping, and every platform is running. */
  ready: () => boolean;
  /** Each platform's state (`{ discord: 'down', slack: 'running' }`), for the body. */
  platforms?: () => Record<string, string>;
}): HttpTransport {
  let server: Server | undefined;
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: EVENTS_PATH,
    port: options.port,
    logger: options.slackLogger,
    // ack() answers Slack at once; the work goes on after.
    processBeforeResponse: false,
    customRoutes: [
      {
        path: HEALTH_PATH,
        method: ['GET'],
        handler: (_req, res) => {
          const ready = options.ready();
          res.writeHead(ready ? 200 : 503, {
            'content-type': 'application/json',
            'cache-control': 'no-store',
          });
          res.end(
            JSON.stringify({
              status: ready ? 'ready' : 'not ready',
              ...(options.platforms ? { platforms: options.platforms() } : {}),
            }),
          );
        },
      },
    ],
  });
  // Bolt's server calls this property for every request; the checks run first.
  receiver.requestListener = checkedRequestListener(receiver.requestListener, {
    path: EVENTS_PATH,
    signingSecret: options.signingSecret,
    logger: options.logger,
  });
  return {
    receiver,
    attach(started: Server): number {
      server = started;
      return (started.address() as AddressInfo).port;
    },
    async close(deadline: number): Promise<void> {
      const s = server;
      if (!s) return;
      server = undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(
          () => {
            s.closeAllConnections();
            resolve();
          },
          Math.max(0, deadline - Date.now()),
        );
        s.close(() => {
          clearTimeout(timer);
          resolve();
        });
        s.closeIdleConnections();
      });
    },
  };
}
