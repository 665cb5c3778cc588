import type OpenAI from 'openai';
import { callOpenAI } from './call-openai.js';
import { fineTuningCheckpointSchema } from './fine-tuning-checkpoint.js';
import { fineTuningEventSchema } from './fine-tuning-event.js';
import type { FineTuningJob } from './fine-tuning-job.js';
import { mergeMetricSeries } from './merge-metric-series.js';
import type { MetricPoint } from './metric-point.js';
import { parseResultCsv } from './parse-result-csv.js';
import { readMetricPoint } from './read-metric-point.js';
import { retrieveJob } from './retrieve-job.js';

export interface JobMetrics {
  readonly job: FineTuningJob;
  /** One series: metrics events, then checkpoints, then the result CSV (the most trusted). */
  readonly points: readonly MetricPoint[];
  readonly checkpoints: readonly { readonly step: number; readonly model: string | null }[];
  readonly sources: {
    readonly events: number;
    readonly checkpoints: number;
    readonly resultCsv: number;
  };
}

/**
 * Collects a job's training metrics from its metrics events, its checkpoints and its result CSV,
 * merged into one series by step.
 * @example const { points } = await fetchJobMetrics({ client, jobId });
 */
export async function fetchJobMetrics(options: {
  client: OpenAI;
  jobId: string;
  /** The job, when already fetched. */
  job?: FineTuningJob;
}): Promise<JobMetrics> {
  const { client, jobId } = options;
  const job = options.job ?? (await retrieveJob({ client, jobId }));
  const eventPoints = await callOpenAI(`list the events of job ${jobId}`, async () => {
    const points: MetricPoint[] = [];
    for await (const item of client.fineTuning.jobs.listEvents(jobId, { limit: 100 })) {
      const parsed = fineTuningEventSchema.safeParse(item);
      if (!parsed.success || parsed.data.type !== 'metrics') continue;
      const data = parsed.data.data;
      if (typeof data !== 'object' || data === null) continue;
      const point = readMetricPoint(data as Record<string, unknown>);
      if (point !== undefined) points.push(point);
    }
    return points;
  });
  const checkpoints = await callOpenAI(`list the checkpoints of job ${jobId}`, async () => {
    const found: { step: number; model: string | null; point: MetricPoint | undefined }[] = [];
    for await (const item of client.fineTuning.jobs.checkpoints.list(jobId, { limit: 100 })) {
      const parsed = fineTuningCheckpointSchema.safeParse(item);
      if (!parsed.success) continue;
      const checkpoint = parsed.data;
      found.push({
        step: checkpoint.step_number,
        model: checkpoint.fine_tuned_model_checkpoint ?? null,
        point: readMetricPoint(checkpoint.metrics ?? {}, checkpoint.step_number),
      });
    }
    return found.sort((left, right) => left.step - right.step);
  });
  const resultFileId = job.result_files[0];
  const csvPoints =
    resultFileId === undefined
      ? []
      : parseResultCsv(
          await callOpenAI(`download the result file ${resultFileId}`, async () => {
            const response = await client.files.content(resultFileId);
            return response.text();
          }),
        );
  const checkpointPoints = checkpoints.flatMap((checkpoint) =>
    checkpoint.point === undefined ? [] : [checkpoint.point],
  );
  return {
    job,
    points: mergeMetricSeries([eventPoints, checkpointPoints, csvPoints]),
    checkpoints: checkpoints.map(({ step, model }) => ({ step, model })),
    sources: {
      events: eventPoints.length,
      checkpoints: checkpointPoints.length,
      resultCsv: csvPoints.length,
    },
  };
}
