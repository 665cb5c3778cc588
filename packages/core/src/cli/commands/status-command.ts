import { renderSparkline } from '../../charts/render-sparkline.js';
import { callOpenAI } from '../../fine-tuning/call-openai.js';
import { checkJobId } from '../../fine-tuning/check-job-id.js';
import { fetchJobMetrics } from '../../fine-tuning/fetch-job-metrics.js';
import { fineTuningEventSchema } from '../../fine-tuning/fine-tuning-event.js';
import { type FineTuningJob, fineTuningJobSchema } from '../../fine-tuning/fine-tuning-job.js';
import { readJobMetadata } from '../../fine-tuning/read-job-metadata.js';
import { retrieveJob } from '../../fine-tuning/retrieve-job.js';
import { summarizeJobMetrics } from '../../fine-tuning/summarize-job-metrics.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { createCliClient } from '../create-cli-client.js';
import { formatTable } from '../format-table.js';
import { formatUsd } from '../format-validation-report.js';
import { formatTimestamp } from '../jobs/format-timestamp.js';
import { parseCommandLine, parseInteger } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const statusUsage = 'tuneline status [job-id] [--limit <n>] [--events <n>] [--json]';

function datasetOf(job: FineTuningJob): string {
  const metadata = readJobMetadata(job.metadata);
  if (metadata === null) return '-';
  return metadata.datasetName ?? metadata.datasetPath;
}

const formatNumber = (value: number | null, digits = 4) =>
  value === null ? '-' : value.toFixed(digits);

/**
 * `tuneline status`: the recent jobs as a table, or one job in detail (its events, metrics and
 * loss sparkline).
 */
export async function statusCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    {
      limit: { type: 'string' },
      events: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    statusUsage,
  );
  if (positionals.length > 1) throw usageError('Name at most one job.', statusUsage);
  const limit = parseInteger(values.limit, 'limit', statusUsage, { min: 1, max: 100 }) ?? 10;
  const eventCount = parseInteger(values.events, 'events', statusUsage, { min: 1, max: 100 }) ?? 10;
  const client = createCliClient(io);
  const [jobId] = positionals;
  if (jobId !== undefined) checkJobId(jobId);

  if (jobId === undefined) {
    const jobs = await callOpenAI('list fine-tuning jobs', async () => {
      const page = await client.fineTuning.jobs.list({ limit });
      return page.data.flatMap((item) => {
        const parsed = fineTuningJobSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      });
    });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ version: 1, jobs }, null, 2)}\n`);
      return exitCodes.ok;
    }
    if (jobs.length === 0) {
      io.stdout.write('No fine-tuning jobs yet. Start one with: npx tuneline train <dataset>\n');
      return exitCodes.ok;
    }
    io.stdout.write(
      formatTable(
        ['job', 'status', 'model', 'fine-tuned model', 'created', 'dataset'],
        jobs.map((job) => [
          job.id,
          job.status,
          job.model,
          job.fine_tuned_model ?? '-',
          formatTimestamp(job.created_at),
          datasetOf(job),
        ]),
      ),
    );
    return exitCodes.ok;
  }

  const job = await retrieveJob({ client, jobId });
  const events = await callOpenAI(`list the events of job ${jobId}`, async () => {
    const page = await client.fineTuning.jobs.listEvents(jobId, { limit: eventCount });
    return page.data
      .flatMap((item) => {
        const parsed = fineTuningEventSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      })
      .reverse();
  });
  const metrics = await fetchJobMetrics({ client, jobId, job });
  const summary = summarizeJobMetrics({ job, points: metrics.points });
  const losses = metrics.points.flatMap((point) =>
    point.trainLoss === undefined ? [] : [point.trainLoss],
  );
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ version: 1, job, events, summary, metrics: metrics.points }, null, 2)}\n`,
    );
    return exitCodes.ok;
  }
  const rows: [string, string][] = [
    ['status', job.status],
    ['model', job.model],
    ['fine-tuned model', job.fine_tuned_model ?? '-'],
    ['created', formatTimestamp(job.created_at)],
    ['finished', formatTimestamp(job.finished_at)],
    ['dataset', datasetOf(job)],
    ['steps', summary.steps === null ? '-' : String(summary.steps)],
    ['final train loss', formatNumber(summary.finalTrainLoss)],
    ['final train accuracy', formatNumber(summary.finalTrainAccuracy)],
    ['final valid loss', formatNumber(summary.finalFullValidLoss ?? summary.finalValidLoss)],
    ['trained tokens', summary.trainedTokens === null ? '-' : String(summary.trainedTokens)],
    ['cost', summary.actualCostUsd === null ? '-' : formatUsd(summary.actualCostUsd)],
  ];
  if (losses.length > 0) rows.push(['training loss', renderSparkline(losses, { maxPoints: 40 })]);
  if (job.error !== null) {
    rows.push([
      'error',
      `${job.error.code === null ? '' : `${job.error.code}: `}${job.error.message}`,
    ]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  io.stdout.write(`Job ${job.id}\n`);
  for (const [label, value] of rows) io.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  if (events.length > 0) {
    io.stdout.write(`\nLast ${events.length} events:\n`);
    for (const event of events) {
      io.stdout.write(`  ${formatTimestamp(event.created_at)}  ${event.message}\n`);
    }
  }
  return exitCodes.ok;
}
