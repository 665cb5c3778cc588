import type { TrainDatasetResult } from '../fine-tuning/train-dataset.js';
import { jsonVersion } from './json-version.js';
import { toReportJson } from './to-report-json.js';

/**
 * `train --json`, version 1: what training did (`status`: started, existing, invalid,
 * over_budget or rate_limited) with the job, the uploads and the dataset reports.
 * @example JSON.stringify(toTrainJson(await trainDataset({ ... })), null, 2)
 */
export function toTrainJson(result: TrainDatasetResult) {
  const reports = {
    training: toReportJson(result.reports.training),
    ...(result.reports.validation === undefined
      ? {}
      : { validation: toReportJson(result.reports.validation) }),
  };
  switch (result.status) {
    case 'started':
    case 'existing':
      return {
        version: jsonVersion,
        status: result.status,
        job: result.job,
        requestKey: result.requestKey,
        estimatedCostUsd: result.estimatedCostUsd,
        maxCostUsd: result.maxCostUsd,
        trainingFile: result.trainingFile,
        validationFile: result.validationFile,
        supersededJobs: result.supersededJobs.map((job) => job.id),
        reports,
      };
    case 'invalid':
      return { version: jsonVersion, status: result.status, reports };
    case 'over_budget':
      return {
        version: jsonVersion,
        status: result.status,
        estimatedCostUsd: result.estimatedCostUsd,
        maxCostUsd: result.maxCostUsd,
        overByUsd: result.overByUsd,
        reports,
      };
    case 'rate_limited':
      return {
        version: jsonVersion,
        status: result.status,
        retryAfterSeconds: result.retryAfterSeconds,
        message: result.message,
        requestId: result.requestId,
        reports,
      };
  }
}
