/**
 * Builds the site and starts the one HTTP server for it: what `npm start` runs beside the console
 * or the chat platforms. Logs the address; listening problems reject with a ListenError.
 */
import type { WebConfig } from '../../config.js';
import { createSite, type SiteOptions } from './create-site.js';
import { startSiteServer, type SiteServer } from './http-server.js';
import type { SiteDeps } from './site-deps.js';

export async function serveSite(
  config: WebConfig,
  deps: Omit<SiteDeps, 'publicUrl'>,
  options: SiteOptions,
): Promise<SiteServer> {
  const started = performance.now();
  const site = createSite(
    { ...deps, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) },
    { prepare: true, ...options },
  );
  const preparedMs = Math.round(performance.now() - started);
  const server = await startSiteServer({ app: site, port: config.port, host: config.host });
  deps.logger.info(
    { port: server.port, host: config.host, publicUrl: config.publicUrl, preparedMs },
    `web site at ${siteAddress(config, server.port)}`,
  );
  return server;
}

/** Where a person opens the site: PUBLIC_URL when set, else the local address. */
export function siteAddress(config: WebConfig, port: number): string {
  if (config.publicUrl) return config.publicUrl;
  const local = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host);
  const host = local ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
  return `http://${host}:${port}`;
}
