import type { WebClient } from '@slack/web-api';
import { describeJob, isTerminalJobStatus } from '@tuneline/core';
import type OpenAI from 'openai';
import { renderJobEndNotification } from '../blocks/render-job-end-notification.js';
import type { StateStore } from '../store/state-store.js';

/** A job ends once; its announcement key outlives OpenAI's 72 h of webhook retries by far. */
export const jobEndClaimSeconds = 30 * 24 * 60 * 60;

/** `no-channel`: TUNELINE_NOTIFY_CHANNEL is not set, so there is nowhere to post. */
export type AnnounceOutcome = 'announced' | 'already-announced' | 'not-ended' | 'no-channel';

/** Posts one job's end to the channel; shared by the webhook route and the poller. */
export type AnnounceJobEnd = (jobId: string) => Promise<AnnounceOutcome>;

/**
 * Announces a job's end in `channel` at most once across replicas and restarts: claims
 * `job-end:<id>` in the store, retrieves the job through core, posts the rendered message, and
 * gives the claim back when anything fails so that a redelivery or the next poll announces it.
 * @example const announce = createJobEndAnnouncer({ openai, slack: app.client, store, channel: 'C123' });
 */
export function createJobEndAnnouncer(options: {
  openai: OpenAI;
  slack: WebClient;
  store: StateStore;
  channel: string;
}): AnnounceJobEnd {
  const { openai, slack, store, channel } = options;
  return async (jobId) => {
    const key = `job-end:${jobId}`;
    if (!(await store.claim(key, jobEndClaimSeconds))) return 'already-announced';
    try {
      const job = await describeJob({ client: openai, jobId });
      if (!isTerminalJobStatus(job.status)) {
        await store.release(key);
        return 'not-ended';
      }
      const { text, blocks } = renderJobEndNotification(job);
      await slack.chat.postMessage({ channel, text, blocks, unfurl_links: false });
      return 'announced';
    } catch (error) {
      await store.release(key);
      throw error;
    }
  };
}
