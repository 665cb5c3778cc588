import type OpenAI from 'openai';
import { compareJobsByAge } from './compare-jobs-by-age.js';
import type { FineTuningJob } from './fine-tuning-job.js';
import { isReusableJob } from './is-reusable-job.js';
import { listTunelineJobs } from './list-tuneline-jobs.js';

/**
 * The jobs of a request key that are active or succeeded, oldest first (in the order OpenAI
 * created them): the first is the one Tuneline keeps; failed and cancelled jobs do not count.
 */
export async function findReusableJobs(options: {
  client: OpenAI;
  requestKey: string;
}): Promise<FineTuningJob[]> {
  const newestFirst = await listTunelineJobs({
    client: options.client,
    filter: { requestKey: options.requestKey },
  });
  return newestFirst.filter(isReusableJob).reverse().sort(compareJobsByAge);
}
