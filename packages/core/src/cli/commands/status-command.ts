import { renderSparkline } from '../../charts/render-sparkline.js';
import { formatUsd } from '../../format/format-usd.js';
import { describeJob } from '../../jobs/describe-job.js';
import { describeRecentJobs } from '../../jobs/describe-recent-jobs.js';
import type { JobDescription } from '../../jobs/job-description.js';
import { toStatusJson } from '../../json/to-status-json.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { createCliClient } from '../create-cli-client.js';
import { formatTable } from '../format-table.js';
import { formatTimestamp } from '../jobs/format-timestamp.js';
import { parseCommandLine, parseInteger } from '../parse-command-line.js';
import { usageError } from '../usage-error.js';

export const statusUsage = 'tuneline status [job-id] [--limit <n>] [--events <n>] [--json]';

function datasetOf(job: JobDescription): string {
  if (job.tuneline === null) return '-';
  return job.tuneline.datasetName ?? job.tuneline.datasetPath;
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

  if (jobId === undefined) {
    // The table has no step column: running jobs need not be looked into.
    const jobs = await describeRecentJobs({ client, limit, withProgress: false });
    if (values.json) {
      io.stdout.write(`${JSON.stringify(toStatusJson({ jobs }), null, 2)}\n`);
      return exitCodes.ok;
    }
    if (jobs.length === 0) {
      io.stdout.write('No fine-tuning jobs yet. Start one with: tuneline train <dataset>\n');
      return exitCodes.ok;
    }
    io.stdout.write(
      formatTable(
        ['job', 'status', 'model', 'fine-tuned model', 'created', 'dataset'],
        jobs.map((job) => [
          job.id,
          job.status,
          job.baseModel,
          job.fineTunedModel ?? '-',
          formatTimestamp(job.createdAt),
          datasetOf(job),
        ]),
      ),
    );
    return exitCodes.ok;
  }

  const job = await describeJob({ client, jobId, eventLimit: eventCount });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(toStatusJson({ job }), null, 2)}\n`);
    return exitCodes.ok;
  }
  const { summary } = job;
  const rows: [string, string][] = [
    ['status', job.status],
    ['model', job.baseModel],
    ['fine-tuned model', job.fineTunedModel ?? '-'],
    ['created', formatTimestamp(job.createdAt)],
    ['finished', formatTimestamp(job.finishedAt)],
    ['dataset', datasetOf(job)],
    ['steps', summary.steps === null ? '-' : String(summary.steps)],
    ['final train loss', formatNumber(summary.finalTrainLoss)],
    ['final train accuracy', formatNumber(summary.finalTrainAccuracy)],
    ['final valid loss', formatNumber(summary.finalFullValidLoss ?? summary.finalValidLoss)],
    ['trained tokens', job.trainedTokens === null ? '-' : String(job.trainedTokens)],
    ['cost', job.actualCostUsd === null ? '-' : formatUsd(job.actualCostUsd)],
  ];
  if (job.losses.length > 0) {
    rows.push(['training loss', renderSparkline(job.losses, { maxPoints: 40 })]);
  }
  if (job.error !== null) {
    rows.push([
      'error',
      `${job.error.code === null ? '' : `${job.error.code}: `}${job.error.message}`,
    ]);
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  io.stdout.write(`Job ${job.id}\n`);
  for (const [label, value] of rows) io.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  if (job.lastEvents.length > 0) {
    io.stdout.write(`\nLast ${job.lastEvents.length} events:\n`);
    for (const event of job.lastEvents) {
      io.stdout.write(`  ${formatTimestamp(event.createdAt)}  ${event.message}\n`);
    }
  }
  return exitCodes.ok;
}
