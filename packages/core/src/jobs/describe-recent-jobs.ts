import type OpenAI from 'openai';
import { callOpenAI } from '../fine-tuning/call-openai.js';
import { fineTuningEventSchema } from '../fine-tuning/fine-tuning-event.js';
import { type FineTuningJob, fineTuningJobSchema } from '../fine-tuning/fine-tuning-job.js';
import { isTerminalJobStatus } from '../fine-tuning/job-status.js';
import { latestStepOf, toJobDescription } from './describe-job-basics.js';
import type { JobDescription } from './job-description.js';

/** Events looked at for a running job's step: metrics come every step, so a few suffice. */
const progressEventLimit = 20;

async function stepOf(client: OpenAI, job: FineTuningJob) {
  if (isTerminalJobStatus(job.status)) return { step: null, totalSteps: null };
  const events = await callOpenAI(`list the events of job ${job.id}`, async () => {
    const page = await client.fineTuning.jobs.listEvents(job.id, { limit: progressEventLimit });
    return page.data.flatMap((item) => {
      const parsed = fineTuningEventSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  });
  return latestStepOf(events);
}

/**
 * The project's most recent fine-tuning jobs, Tuneline's and any other, newest first: status,
 * models, cost and, for Tuneline's, the dataset and pull request; running jobs with their step.
 * @example const jobs = await describeRecentJobs({ client, limit: 5 });
 */
export async function describeRecentJobs(options: {
  client: OpenAI;
  /** How many jobs; default 10, at most 100. */
  limit?: number;
  /** Look up the step of jobs still running (one more request each); default true. */
  withProgress?: boolean;
  /** Milliseconds since the epoch; default `Date.now()`. */
  now?: number;
}): Promise<JobDescription[]> {
  const { client } = options;
  const now = options.now ?? Date.now();
  const limit = Math.min(100, Math.max(1, Math.trunc(options.limit ?? 10)));
  const jobs = await callOpenAI('list fine-tuning jobs', async () => {
    const page = await client.fineTuning.jobs.list({ limit });
    return page.data.flatMap((item) => {
      const parsed = fineTuningJobSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  });
  return Promise.all(
    jobs.map(async (job) => {
      const progress = options.withProgress === false ? {} : await stepOf(client, job);
      return toJobDescription({ job, now, ...progress });
    }),
  );
}
