/**
 * The web site: the one HTTP server of the process and the pages it serves. Page routes import
 * `SiteDeps` (site-deps.ts) and `RenderPage` (render-page.ts) from their files.
 */
export { createSite, type SiteOptions } from './create-site.js';
export { startSiteServer, ListenError, type SiteServer } from './http-server.js';
export { serveSite, siteAddress } from './serve-site.js';
