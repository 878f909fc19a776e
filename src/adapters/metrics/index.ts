/** Prometheus metrics and the readiness check: what other parts of the process may use. */
export { createMetrics } from './create-metrics.js';
export { metricsRoutes } from './metrics-routes.js';
