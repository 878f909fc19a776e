/**
 * The timeline, verify and sources pages: Hono sub-apps the site's one server mounts, each given
 * the site's dependencies and its layout.
 */
export { timelineRoutes } from './timeline-routes.js';
export { verifyRoutes } from './verify-routes.js';
export { sourcesRoutes } from './sources-routes.js';
