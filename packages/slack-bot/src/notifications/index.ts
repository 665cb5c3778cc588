export {
  type AnnounceJobEnd,
  type AnnounceOutcome,
  createJobEndAnnouncer,
  jobEndClaimSeconds,
} from './announce-job-end.js';
export { createNotifications, type Notifications } from './create-notifications.js';
export {
  createOpenAIWebhookRoute,
  openAIWebhookPath,
  webhookClaimSeconds,
} from './create-openai-webhook-route.js';
export { type JobEndPoller, startJobEndPoller } from './start-job-end-poller.js';
