export { createHealthRoutes, type ReadinessCheck } from './create-health-routes.js';
export { createInFlightTracker, type InFlightTracker } from './create-in-flight-tracker.js';
export { createReadinessChecks } from './create-readiness-checks.js';
export { installGracefulShutdown } from './install-graceful-shutdown.js';
