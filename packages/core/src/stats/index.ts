export { quantile } from './quantile.js';
export { type DistributionSummary, summarizeDistribution } from './summarize-distribution.js';
