import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { type FineTuningJob, fineTuningJobSchema } from './fine-tuning-job.js';
import { parseApiResponse } from './parse-api-response.js';

/** Cancels a fine-tuning job and returns it as it is now. */
export async function cancelJob(options: {
  client: OpenAI;
  jobId: string;
}): Promise<FineTuningJob> {
  const job = await callOpenAI(`cancel job ${options.jobId}`, () =>
    options.client.fineTuning.jobs.cancel(options.jobId),
  );
  return parseApiResponse({ schema: fineTuningJobSchema, value: job, what: 'fine-tuning job' });
}
