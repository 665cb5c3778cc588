export { jsonVersion } from './json-version.js';
export type { ReportJson } from './to-report-json.js';
export { toStatusJson } from './to-status-json.js';
export { toTrainJson } from './to-train-json.js';
export { toValidateJson } from './to-validate-json.js';
