export { describeJob } from './describe-job.js';
export { describeRecentJobs } from './describe-recent-jobs.js';
export type { JobDescription, JobDetails, JobOrigin } from './job-description.js';
export type { JobProgress, JobProgressEntry, StepSighting } from './job-progress.js';
export { reduceJobProgress } from './reduce-job-progress.js';
