import type OpenAI from 'openai';
import { callOpenAI } from '../fine-tuning/call-openai.js';
import { compareJobsByAge } from '../fine-tuning/compare-jobs-by-age.js';
import { fineTuningJobSchema } from '../fine-tuning/fine-tuning-job.js';
import { readJobMetadata } from '../fine-tuning/read-job-metadata.js';

/** A model this project fine-tuned successfully: what people may chat with. */
export interface FineTunedModel {
  /** The `ft:` id to call. */
  readonly model: string;
  /** The model it was trained from: the one to compare its answers with. */
  readonly baseModel: string;
  readonly jobId: string;
  /** Unix seconds. */
  readonly finishedAt: number | null;
  /** The dataset Tuneline trained it on; null for jobs Tuneline did not start. */
  readonly datasetPath: string | null;
}

/**
 * The project's succeeded fine-tuning jobs' models, newest first, one entry per model, looking at
 * no more than `maxJobs` of the newest jobs (100 unless told).
 * @example const models = await listFineTunedModels({ client }); // [{ model: 'ft:…', baseModel: 'gpt-4o-mini-2024-07-18', … }]
 */
export async function listFineTunedModels(options: {
  client: OpenAI;
  maxJobs?: number;
}): Promise<FineTunedModel[]> {
  const maxJobs = options.maxJobs ?? 100;
  const jobs = await callOpenAI('list fine-tuning jobs', async () => {
    const found = [];
    let seen = 0;
    for await (const item of options.client.fineTuning.jobs.list({
      limit: Math.min(maxJobs, 100),
    })) {
      seen += 1;
      const parsed = fineTuningJobSchema.safeParse(item);
      if (parsed.success && parsed.data.status === 'succeeded' && parsed.data.fine_tuned_model) {
        found.push(parsed.data);
      }
      if (seen >= maxJobs) break;
    }
    return found;
  });
  const models = new Map<string, FineTunedModel>();
  for (const job of jobs.sort((left, right) => compareJobsByAge(right, left))) {
    const model = job.fine_tuned_model;
    if (!model || models.has(model)) continue;
    models.set(model, {
      model,
      baseModel: job.model,
      jobId: job.id,
      finishedAt: job.finished_at ?? null,
      datasetPath: readJobMetadata(job.metadata ?? {})?.datasetPath ?? null,
    });
  }
  return [...models.values()];
}
