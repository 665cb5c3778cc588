import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { type FineTuningJob, fineTuningJobSchema } from './fine-tuning-job.js';
import { parseApiResponse } from './parse-api-response.js';

/** Resumes a paused fine-tuning job. */
export async function resumeJob(options: {
  client: OpenAI;
  jobId: string;
}): Promise<FineTuningJob> {
  const job = await callOpenAI(`resume job ${options.jobId}`, () =>
    options.client.fineTuning.jobs.resume(options.jobId),
  );
  return parseApiResponse({ schema: fineTuningJobSchema, value: job, what: 'fine-tuning job' });
}
