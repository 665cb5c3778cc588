import type { JobDescription, JobDetails } from '../jobs/job-description.js';
import { jsonVersion } from './json-version.js';

/**
 * `status --json`, version 1: `{ version, jobs }` for a list (each job as the API returned it),
 * `{ version, job, events, summary, metrics }` for one job in detail.
 * @example JSON.stringify(toStatusJson({ jobs: await describeRecentJobs({ client }) }))
 */
export function toStatusJson(
  input: { readonly jobs: readonly JobDescription[] } | { readonly job: JobDetails },
) {
  if ('jobs' in input) {
    return { version: jsonVersion, jobs: input.jobs.map((description) => description.job) };
  }
  const { job: details } = input;
  return {
    version: jsonVersion,
    job: details.job,
    events: details.events,
    summary: details.summary,
    metrics: details.metrics,
  };
}
