import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { type FineTuningJob, fineTuningJobSchema } from './fine-tuning-job.js';
import { parseApiResponse } from './parse-api-response.js';

/** Fetches a fine-tuning job, parsed leniently. */
export async function retrieveJob(options: {
  client: OpenAI;
  jobId: string;
  signal?: AbortSignal | undefined;
}): Promise<FineTuningJob> {
  const job = await callOpenAI(`fetch job ${options.jobId}`, () =>
    options.client.fineTuning.jobs.retrieve(
      options.jobId,
      options.signal === undefined ? undefined : { signal: options.signal },
    ),
  );
  return parseApiResponse({ schema: fineTuningJobSchema, value: job, what: 'fine-tuning job' });
}
