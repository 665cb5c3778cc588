import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { compareJobsByAge } from './compare-jobs-by-age.js';
import { type FineTuningJob, fineTuningJobSchema } from './fine-tuning-job.js';
import { isTerminalJobStatus } from './job-status.js';
import { type JobSource, tunelineMetadataKeys } from './tuneline-metadata.js';

/** Tuneline metadata to filter jobs by; every given field must match. */
export interface TunelineJobFilter {
  readonly requestKey?: string;
  readonly datasetPath?: string;
  readonly datasetName?: string;
  readonly datasetSha256?: string;
  readonly source?: JobSource;
  readonly repository?: string;
  readonly pullRequest?: number;
  readonly commit?: string;
}

function metadataFilter(filter: TunelineJobFilter): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const [field, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    const key = tunelineMetadataKeys[field as keyof typeof tunelineMetadataKeys];
    if (key !== undefined) metadata[key] = String(value);
  }
  return metadata;
}

/**
 * Lists fine-tuning jobs whose Tuneline metadata matches the filter, newest first. The filter is
 * sent as `metadata[k]=v` and checked again here, for APIs that ignore it.
 * @example await listTunelineJobs({ client, filter: { datasetPath: 'data/train.jsonl', pullRequest: 42 } })
 */
export async function listTunelineJobs(options: {
  client: OpenAI;
  filter?: TunelineJobFilter;
  /** Only jobs that have not finished (unknown statuses count as not finished). */
  activeOnly?: boolean;
  /** Stop after this many matching jobs. */
  limit?: number;
}): Promise<FineTuningJob[]> {
  const metadata = metadataFilter(options.filter ?? {});
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const jobs = await callOpenAI('list fine-tuning jobs', async () => {
    const matches: FineTuningJob[] = [];
    const query = Object.keys(metadata).length > 0 ? { limit: 100, metadata } : { limit: 100 };
    for await (const item of options.client.fineTuning.jobs.list(query)) {
      const parsed = fineTuningJobSchema.safeParse(item);
      if (!parsed.success) continue;
      const job = parsed.data;
      if (!Object.entries(metadata).every(([key, value]) => job.metadata[key] === value)) continue;
      if (options.activeOnly === true && isTerminalJobStatus(job.status)) continue;
      matches.push(job);
      if (matches.length >= limit) break;
    }
    return matches;
  });
  // Stable: jobs of the same second keep the API's order, newest first.
  return jobs.sort((left, right) => compareJobsByAge(right, left));
}
