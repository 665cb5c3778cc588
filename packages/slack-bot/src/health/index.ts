export { createHealthRoutes, type ReadinessCheck } from './create-health-routes.js';
export { createReadinessChecks } from './create-readiness-checks.js';
