export { cancelPullRequestJobs } from './cancel-pull-request-jobs.js';
