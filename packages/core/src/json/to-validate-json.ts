import type { DatasetReport } from '../dataset/dataset-report.js';
import { jsonVersion } from './json-version.js';
import { toReportJson } from './to-report-json.js';

/**
 * `validate --json`, version 1 (documented in the README): one entry per file checked.
 * @example JSON.stringify(toValidateJson([report]), null, 2)
 */
export function toValidateJson(reports: readonly DatasetReport[]) {
  return { version: jsonVersion, files: reports.map(toReportJson) };
}
