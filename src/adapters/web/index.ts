/**
 * The web site: the one HTTP server of the process and the pages it serves.
 */
export { createSite, type PageRoutes, type SiteOptions } from './create-site.js';
export { startSiteServer, ListenError, type SiteServer } from './http-server.js';
export { serveSite, siteAddress } from './serve-site.js';
export type { SiteDeps } from './site-deps.js';
export type { RenderPage, PageContent } from './render-page.js';
