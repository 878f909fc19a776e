/**
 * The process's one HTTP server, on PORT and HOST: requests for a path a platform claimed (Slack's
 * `/slack/events` in HTTP mode) go to that platform's listener, everything else to the site (a Hono
 * app, through @hono/node-server). Listening fails with one sentence naming PORT or HOST.
 * @see https://hono.dev/docs/getting-started/nodejs
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { HttpHost } from '../../platform.js';

export interface SiteServer extends HttpHost {
  /** Stops listening and closes every connection; resolves by `deadline` (epoch ms). */
  close(deadline: number): Promise<void>;
}

/** Listening failed for a reason the operator fixes in the configuration (exit code 2). */
export class ListenError extends Error {}

export async function startSiteServer(options: {
  app: Hono;
  port: number;
  host: string;
}): Promise<SiteServer> {
  const claimed = new Map<string, RequestListener>();
  const site = getRequestListener(options.app.fetch);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0]!;
    const listener = claimed.get(path);
    if (listener) listener(req, res);
    else void site(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => reject(listenError(err, options));
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    route(path, listener) {
      if (listener) claimed.set(path, listener);
      else claimed.delete(path);
    },
    close: (deadline) => closeServer(server, deadline),
  };
}

function listenError(err: NodeJS.ErrnoException, at: { port: number; host: string }): Error {
  switch (err.code) {
    case 'EADDRINUSE':
      return new ListenError(
        `Could not listen on PORT ${at.port}: the port is in use on ${at.host}. Stop what uses it or set PORT to a free port.`,
      );
    case 'EACCES':
      return new ListenError(
        `Could not listen on PORT ${at.port}: not allowed (ports below 1024 need privileges). Set PORT to 1024 or above.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ListenError(
        `Could not listen on HOST ${at.host}: not an address of this machine. Set HOST to 127.0.0.1, 0.0.0.0 or one of its addresses.`,
      );
    default:
      return new ListenError(
        `Could not listen on PORT ${at.port}, HOST ${at.host}: ${err.code ?? err.message}.`,
      );
  }
}

function closeServer(server: Server, deadline: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(
      () => {
        server.closeAllConnections();
        resolve();
      },
      Math.max(0, deadline - Date.now()),
    );
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
