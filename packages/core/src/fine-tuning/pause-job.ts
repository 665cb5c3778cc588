import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { type FineTuningJob, fineTuningJobSchema } from './fine-tuning-job.js';
import { parseApiResponse } from './parse-api-response.js';

/** Pauses a running fine-tuning job (it keeps its progress); `resumeJob` continues it. */
export async function pauseJob(options: { client: OpenAI; jobId: string }): Promise<FineTuningJob> {
  const job = await callOpenAI(`pause job ${options.jobId}`, () =>
    options.client.fineTuning.jobs.pause(options.jobId),
  );
  return parseApiResponse({ schema: fineTuningJobSchema, value: job, what: 'fine-tuning job' });
}
